package nl.keukentafel.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live-board benchmark (issue 4): starts the production jar against PostgreSQL, drives it with
 * protocol-level Vaadin clients (one HTTP session, UI and push connection per participant), sweeps
 * the number of boards, and writes figures and a chart to bench/results. Run it with bench/run.sh.
 * Exits non-zero when a note is lost or duplicated.
 */
public final class LiveBoardBenchmark {

    private static final Logger log = LoggerFactory.getLogger(LiveBoardBenchmark.class);

    private LiveBoardBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            log.error(e.getMessage());
            System.exit(2);
            return;
        }
        int exit = run(options);
        System.exit(exit);
    }

    private static int run(BenchOptions options) throws Exception {
        Files.createDirectories(options.results());
        String adminPassword = AppNode.randomAdminPassword();
        List<RepeatRun.Result> results = new ArrayList<>();
        boolean lost = false;
        String stopReason = "";
        try (BenchDatabase db = options.dbUrl() == null
                        ? BenchDatabase.embedded()
                        : BenchDatabase.external(options.dbUrl(), options.dbUser(), options.dbPassword());
                ExecutorService httpExecutor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<SweepPlan> plans = new ArrayList<>();
            plans.add(new SweepPlan(1, options.boards()));
            if (!options.twoNodeBoards().isEmpty()) {
                plans.add(new SweepPlan(2, options.twoNodeBoards()));
            }
            for (SweepPlan plan : plans) {
                List<AppNode> nodes = startNodes(plan.nodes(), options, db, adminPassword);
                List<HttpClient> clients = new ArrayList<>();
                for (int i = 0; i < nodes.size(); i++) {
                    clients.add(ScreenClient.httpClient(httpExecutor));
                }
                try {
                    for (AppNode node : nodes) {
                        node.awaitReady(clients.getFirst(), Duration.ofMinutes(3));
                    }
                    sweep:
                    for (int boards : plan.boards()) {
                        for (int repeat = 1; repeat <= options.repeats(); repeat++) {
                            log.info(
                                    "=== {} node(s), {} boards x {} participants, repeat {}/{} ===",
                                    plan.nodes(),
                                    boards,
                                    options.participants(),
                                    repeat,
                                    options.repeats());
                            RepeatRun.Result result = new RepeatRun(options, db, nodes, clients, boards, repeat).run();
                            results.add(result);
                            ResultsWriter.write(options, results, stopReason);
                            if (!result.nothingLost()) {
                                lost = true;
                                result.problems().forEach(p -> log.error("NOTHING-LOST CHECK: {}", p));
                                stopReason = "nothing-lost check failed at " + plan.nodes() + " node(s), " + boards
                                        + " boards";
                                break sweep;
                            }
                            if (result.p99() > options.breakP99Millis()) {
                                stopReason = "p99 " + Math.round(result.p99()) + " ms > " + options.breakP99Millis()
                                        + " ms at " + plan.nodes() + " node(s), " + boards + " boards";
                                log.warn("Latency broke: {}; stopping this sweep", stopReason);
                                break sweep;
                            }
                        }
                    }
                } finally {
                    nodes.forEach(AppNode::close);
                    clients.forEach(HttpClient::close);
                }
                if (lost) {
                    break;
                }
            }
        } catch (IOException | SQLException e) {
            log.error("The benchmark could not run", e);
            ResultsWriter.write(options, results, "aborted: " + e);
            return 3;
        }
        ResultsWriter.write(options, results, stopReason);
        if (lost) {
            log.error("FAILED: the nothing-lost check found lost, duplicated or misordered notes (see above)");
            return 1;
        }
        log.info("Done: nothing lost; results in {}", options.results().toAbsolutePath());
        return 0;
    }

    /**
     * The G1 settings the README and the Dockerfile run the app with (ADR 0008): young collections
     * sized for pauses of ~15 ms, and state that survives one collection moved to the old
     * generation at once instead of being copied between survivor spaces up to 15 times.
     */
    public static final List<String> PRODUCTION_GC = List.of("-XX:MaxGCPauseMillis=15", "-XX:MaxTenuringThreshold=0");

    /**
     * Every screen sends its own X-Forwarded-For (as behind a load balancer); the node believes it
     * only from a proxy it is told to trust, here the loopback address the load generator comes from.
     */
    public static final Map<String, String> TRUST_LOOPBACK_PROXY =
            Map.of("KEUKENTAFEL_TRUSTED_PROXIES", "127.0.0.1/32");

    private record SweepPlan(int nodes, List<Integer> boards) {}

    private static List<AppNode> startNodes(int count, BenchOptions options, BenchDatabase db, String adminPassword)
            throws IOException, InterruptedException {
        List<AppNode> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> jvmArgs = new ArrayList<>();
            if (options.appGcTuned()) {
                jvmArgs.addAll(PRODUCTION_GC);
            }
            if (options.jfr()) {
                Path jfr = options.results()
                        .resolve("app-" + count + "n-node" + (i + 1) + ".jfr")
                        .toAbsolutePath();
                jvmArgs.add("-XX:StartFlightRecording=filename=" + jfr + ",settings=profile,dumponexit=true");
            }
            Path logFile = options.results().resolve("app-" + count + "n-node" + (i + 1) + ".log");
            AppNode node = AppNode.start(
                    i + 1,
                    options.jar(),
                    options.basePort() + i,
                    db,
                    adminPassword,
                    options.appXmx(),
                    jvmArgs,
                    List.of(),
                    TRUST_LOOPBACK_PROXY,
                    logFile);
            nodes.add(node);
            if (i == 0 && count > 1) {
                // The first node migrates the schema and creates the admin; the next one starts after it.
                try (HttpClient http = HttpClient.newHttpClient()) {
                    node.awaitReady(http, Duration.ofMinutes(3));
                }
            }
        }
        return nodes;
    }
}
