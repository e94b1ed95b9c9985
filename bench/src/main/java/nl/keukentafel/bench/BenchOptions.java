package nl.keukentafel.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Command-line options of {@link LiveBoardBenchmark}; see bench/README.md. */
record BenchOptions(
        List<Integer> boards,
        List<Integer> twoNodeBoards,
        int participants,
        double notesPerSecondPerBoard,
        Arrivals arrivals,
        int warmupSeconds,
        int measureSeconds,
        int repeats,
        String appXmx,
        boolean appGcTuned,
        Path jar,
        Path results,
        int basePort,
        double breakP99Millis,
        boolean jfr,
        int connectParallelism,
        @Nullable String dbUrl,
        String dbUser,
        String dbPassword) {

    static final String USAGE = """
            bench/run.sh [options]
              --boards 1,10,30,50,70   boards per sweep point on one node (sweep stops when latency breaks)
              --two-node-boards 10     boards per sweep point with two app nodes ("none" to skip)
              --participants 30        participants (screens) per board
              --rate 1                 notes per second per board (from a random participant of the board)
              --arrivals poisson       poisson: random gaps averaging 1/rate, as independent people post;
                                       fixed: every board exactly every 1/rate seconds, at a random offset
              --warmup 20              warm-up seconds per repeat (notes sent, not measured)
              --measure 30             measured seconds per repeat
              --repeats 3              repeats per sweep point (fresh boards and clients each time)
              --app-xmx 1g             heap of each app process
              --app-gc tuned           tuned: the G1 settings we run in production (README, Dockerfile);
                                       default: the JVM's own G1 defaults, for comparison
              --jar PATH               production jar (default target/keukentafel-0.1.0-SNAPSHOT.jar)
              --results DIR            output directory (default bench/results)
              --port 18080             port of app node 1 (node 2 uses port + 1)
              --break-p99-ms 1000      stop the sweep when p99 exceeds this
              --jfr                    record a JFR file per app process into the results directory
              --connect-parallelism 8  screens connecting at the same time
              --db-url URL --db-user U --db-password P   external PostgreSQL instead of the embedded one
            """;

    static BenchOptions parse(String[] args) {
        List<Integer> boards = List.of(1, 10, 30, 50, 70);
        List<Integer> twoNodeBoards = List.of(10);
        int participants = 30;
        double rate = 1;
        Arrivals arrivals = Arrivals.POISSON;
        int warmup = 20;
        int measure = 30;
        int repeats = 3;
        String xmx = "1g";
        boolean gcTuned = true;
        Path jar = Path.of("target/keukentafel-0.1.0-SNAPSHOT.jar");
        Path results = Path.of("bench/results");
        int port = 18080;
        double breakP99 = 1000;
        boolean jfr = false;
        int parallelism = 8;
        String dbUrl = null;
        String dbUser = "postgres";
        String dbPassword = "postgres";
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--jfr")) {
                jfr = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + name + "\n" + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--boards" -> boards = ints(value);
                case "--two-node-boards" -> twoNodeBoards = value.equals("none") ? List.of() : ints(value);
                case "--participants" -> participants = Integer.parseInt(value);
                case "--rate" -> rate = Double.parseDouble(value);
                case "--arrivals" -> arrivals = Arrivals.valueOf(value.toUpperCase(Locale.ROOT));
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--measure" -> measure = Integer.parseInt(value);
                case "--repeats" -> repeats = Integer.parseInt(value);
                case "--app-xmx" -> xmx = value;
                case "--app-gc" ->
                    gcTuned = switch (value) {
                        case "tuned" -> true;
                        case "default" -> false;
                        default -> throw new IllegalArgumentException("--app-gc is tuned or default\n" + USAGE);
                    };
                case "--jar" -> jar = Path.of(value);
                case "--results" -> results = Path.of(value);
                case "--port" -> port = Integer.parseInt(value);
                case "--break-p99-ms" -> breakP99 = Double.parseDouble(value);
                case "--connect-parallelism" -> parallelism = Integer.parseInt(value);
                case "--db-url" -> dbUrl = value;
                case "--db-user" -> dbUser = value;
                case "--db-password" -> dbPassword = value;
                default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + USAGE);
            }
        }
        if (participants < 2 || repeats < 1 || measure < 1 || warmup < 0 || rate <= 0) {
            throw new IllegalArgumentException(
                    "Need participants >= 2, repeats >= 1, measure >= 1, rate > 0\n" + USAGE);
        }
        return new BenchOptions(
                boards,
                twoNodeBoards,
                participants,
                rate,
                arrivals,
                warmup,
                measure,
                repeats,
                xmx,
                gcTuned,
                jar,
                results,
                port,
                breakP99,
                jfr,
                parallelism,
                dbUrl,
                dbUser,
                dbPassword);
    }

    /** How each board's notes are spread in time. */
    enum Arrivals {
        /**
         * Gaps drawn from an exponential distribution with mean 1/rate: a Poisson process per board,
         * as when independent people post. Notes of different boards meet by chance, now and then.
         */
        POISSON,
        /**
         * Every 1/rate seconds exactly, from an offset drawn once per board: boards whose offsets
         * happen to be close post together every second of the run, so the draw sets the result.
         */
        FIXED
    }

    private static List<Integer> ints(String value) {
        List<Integer> list = new ArrayList<>();
        Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(Integer::valueOf)
                .forEach(list::add);
        return List.copyOf(list);
    }
}
