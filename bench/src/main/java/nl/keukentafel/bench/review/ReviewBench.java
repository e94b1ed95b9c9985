package nl.keukentafel.bench.review;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The review-area benchmark (bench/review.sh, bench/README.md):
 *
 * <pre>
 * generate [--data DIR] [--port N] [--conversations 2000] [--notes 200000] [--seed 42]
 *     a fresh database: migrations, conversations, participants and notes by SQL; then the app's
 *     own context builds the released notes through the release gate; then tags and insights.
 * measure [--data DIR] [--port N] [--results DIR] [--warmup 3] [--repeats 15] [--setup-sql F] [--teardown-sql F]
 *     search + count + facet counts for 20 selections, and the Overzicht, in-process through the
 *     app's services; EXPLAIN (ANALYZE, BUFFERS) of the slowest selections' SQL.
 * serve [--data DIR] [--port N] [--minutes 60]
 *     only the database, for psql; stops when the minutes are up or DIR/../serve.stop exists.
 * </pre>
 */
public final class ReviewBench {

    private static final Logger log = LoggerFactory.getLogger(ReviewBench.class);
    static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ReviewBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: ReviewBench generate|measure [options]");
            System.exit(2);
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Options are --name value pairs: " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        Path data = Path.of(options.getOrDefault("data", "bench/work/review/pgdata")).toAbsolutePath();
        int port = Integer.parseInt(options.getOrDefault("port", "15433"));
        switch (args[0]) {
            case "generate" -> generate(data, port, options);
            case "measure" -> measure(data, port, options);
            case "serve" -> {
                // The generated database for psql (experiments, EXPLAIN by hand) until the minutes are up.
                // Stops when the minutes are up or the file serve.stop appears beside the data directory
                // (a signal to this JVM would leave PostgreSQL running).
                Path stop = data.getParent().resolve("serve.stop");
                Files.deleteIfExists(stop);
                try (ReviewDatabase db = ReviewDatabase.start(data, port, false, false)) {
                    log.info("psql -h localhost -p {} -U postgres; stop with: touch {}", port, stop);
                    long end = System.nanoTime()
                            + Duration.ofMinutes(Long.parseLong(options.getOrDefault("minutes", "60"))).toNanos();
                    while (System.nanoTime() < end && !Files.exists(stop)) {
                        Thread.sleep(500);
                    }
                }
                Files.deleteIfExists(stop);
            }
            default -> throw new IllegalArgumentException("Unknown mode " + args[0]);
        }
        // The app's context leaves non-daemon threads behind.
        System.exit(0);
    }

    private static void generate(Path data, int port, Map<String, String> options) throws Exception {
        int conversations = Integer.parseInt(options.getOrDefault("conversations", "2000"));
        int notes = Integer.parseInt(options.getOrDefault("notes", "200000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Object> report = new LinkedHashMap<>();
        try (ReviewDatabase db = ReviewDatabase.start(data, port, true, true)) {
            long t0 = System.nanoTime();
            db.migrate();
            ReviewGenerator.Sizes sizes;
            try (Connection c = db.connect()) {
                sizes = new ReviewGenerator(random).generate(c, conversations, notes);
            }
            report.put("board", sizes);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
            // The app builds released_note itself: ReviewIndex.rebuildStale() at start-up.
            long t1 = System.nanoTime();
            SqlRecorder recorder = new SqlRecorder();
            try (ConfigurableApplicationContext app = ReviewApp.start(db, recorder)) {
                ReviewApp.awaitReleased(db, conversations, Duration.ofMinutes(40));
            }
            long releaseMillis = (System.nanoTime() - t1) / 1_000_000;
            report.put("releaseGateMillis", releaseMillis);
            log.info("The app built the released notes in {} s", releaseMillis / 1000);
            try (Connection c = db.connect()) {
                report.put("team", new ReviewTagger(random).tag(c, 0.25, 300));
            }
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
            report.put("totalMillis", (System.nanoTime() - t0) / 1_000_000);
            report.put("seed", seed);
        }
        Path out = data.getParent().resolve("generation.json");
        JSON.writeValue(out.toFile(), report);
        log.info("Generation done: {}", Files.readString(out));
    }

    private static void measure(Path data, int port, Map<String, String> options) throws Exception {
        Path results = Path.of(options.getOrDefault("results", "bench/results"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "3"));
        int repeats = Integer.parseInt(options.getOrDefault("repeats", "15"));
        Files.createDirectories(results);
        Path generation = data.getParent().resolve("generation.json");
        try (ReviewDatabase db = ReviewDatabase.start(data, port, false, false)) {
            // Experiments (e.g. a proposed index): SQL run before the measurement and after it.
            runSql(db, options.get("setup-sql"));
            try {
                SqlRecorder recorder = new SqlRecorder();
                try (ConfigurableApplicationContext app = ReviewApp.start(db, recorder)) {
                    ReviewApp.awaitStartUpWork(Duration.ofMinutes(15));
                    new ReviewMeasurement(app, db, recorder, warmup, repeats, results,
                                    Files.exists(generation) ? JSON.readTree(generation.toFile()) : null)
                            .run();
                }
            } finally {
                runSql(db, options.get("teardown-sql"));
            }
        }
    }

    private static void runSql(ReviewDatabase db, String file) throws Exception {
        if (file == null) {
            return;
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : Files.readString(Path.of(file)).split(";")) {
                if (!sql.isBlank()) {
                    log.info("Experiment SQL: {}", sql.strip());
                    s.execute(sql);
                }
            }
        }
    }
}
