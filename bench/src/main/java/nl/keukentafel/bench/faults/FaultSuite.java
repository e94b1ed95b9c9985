package nl.keukentafel.bench.faults;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.keukentafel.bench.AppNode;
import nl.keukentafel.bench.BenchDatabase;
import nl.keukentafel.bench.LiveBoardBenchmark;
import nl.keukentafel.bench.ScreenClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fault suite (issue 14): two app nodes (the production jar) on one embedded PostgreSQL, a live
 * load of boards with protocol-level tablets, and one fault after the other, each in a round of its
 * own with fresh boards; for each, the nothing-lost check, the recovery time and what residents saw.
 * Results go to bench/results/faults (faults.json, faults.md). Run it with bench/faults.sh. Exits 1
 * when a note was lost, duplicated or misordered, or a screen did not recover.
 */
public final class FaultSuite {

    private static final Logger log = LoggerFactory.getLogger(FaultSuite.class);
    private static final int NODES = 2;

    private final FaultOptions options;
    private final String adminPassword = AppNode.randomAdminPassword();
    private final AppNode[] nodes = new AppNode[NODES];
    private final List<Path> appLogs = new ArrayList<>();
    private final List<HttpClient> nodeClients = new ArrayList<>();
    private final List<HttpClient> proxyClients = new ArrayList<>();
    private final List<TcpProxy> proxies = new ArrayList<>();
    private @Nullable BenchDatabase db;
    private @Nullable PostgresControl postgres;

    private FaultSuite(FaultOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        FaultOptions options;
        try {
            options = FaultOptions.parse(args);
        } catch (IllegalArgumentException e) {
            log.error(e.getMessage());
            System.exit(2);
            return;
        }
        int exit;
        try {
            exit = new FaultSuite(options).run();
        } catch (Exception e) {
            log.error("The fault suite could not run", e);
            exit = 3;
        }
        System.exit(exit);
    }

    private int run() throws Exception {
        long began = System.nanoTime();
        Files.createDirectories(options.results());
        List<FaultResult> results = new ArrayList<>();
        try (BenchDatabase database = BenchDatabase.embedded();
                ExecutorService httpExecutor = Executors.newVirtualThreadPerTaskExecutor()) {
            db = database;
            postgres = new PostgresControl(database, options.results().resolve("postgres.log"));
            for (int i = 0; i < NODES; i++) {
                nodeClients.add(ScreenClient.httpClient(httpExecutor));
                proxyClients.add(ScreenClient.httpClient(httpExecutor));
            }
            try {
                for (int i = 0; i < NODES; i++) {
                    // The first node migrates the schema and creates the admin; the next starts after it.
                    startNode(i, "start");
                }
                grantFacilitator();
                for (int i = 0; i < NODES; i++) {
                    proxies.add(new TcpProxy("node" + (i + 1), options.basePort() + i));
                }
                int number = 0;
                for (Fault fault : options.faults()) {
                    number++;
                    results.add(new FaultRound(this, fault, number).run());
                    FaultReport.write(options, results, System.nanoTime() - began, false);
                }
            } finally {
                proxies.forEach(TcpProxy::close);
                for (AppNode node : nodes) {
                    if (node != null) {
                        node.close();
                    }
                }
                nodeClients.forEach(HttpClient::close);
                proxyClients.forEach(HttpClient::close);
            }
        }
        long took = System.nanoTime() - began;
        FaultReport.write(options, results, took, true);
        boolean passed = results.stream().allMatch(FaultResult::passed);
        log.info(
                "Fault suite done in {} min: {}; results in {}",
                Math.round(took / 6e9) / 10.0,
                passed ? "nothing lost, duplicated or misordered, every screen recovered" : "FAILED",
                options.results().toAbsolutePath());
        return passed ? 0 : 1;
    }

    FaultOptions options() {
        return options;
    }

    BenchDatabase database() {
        if (db == null) {
            throw new IllegalStateException("No database yet");
        }
        return db;
    }

    PostgresControl postgres() {
        if (postgres == null) {
            throw new IllegalStateException("No database yet");
        }
        return postgres;
    }

    List<TcpProxy> proxies() {
        return proxies;
    }

    /** Each node's address, with the HTTP client the tablets use for it (same port after a restart). */
    List<ScreenClient.Route> nodeRoutes() {
        List<ScreenClient.Route> routes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            routes.add(new ScreenClient.Route("http://127.0.0.1:" + (options.basePort() + i), nodeClients.get(i), i));
        }
        return routes;
    }

    /** The cuttable way to each node. */
    List<ScreenClient.Route> proxyRoutes() {
        List<ScreenClient.Route> routes = new ArrayList<>();
        for (int i = 0; i < NODES; i++) {
            routes.add(new ScreenClient.Route(proxies.get(i).baseUrl(), proxyClients.get(i), i));
        }
        return routes;
    }

    /**
     * Starts app node {@code index} (again): the production jar with the production GC settings. Every
     * tablet sends its own X-Forwarded-For, as behind a load balancer, so the per-address limits see
     * one tablet per address; the per-address note limit is raised as well, in case a node does not
     * trust the loopback proxy and counts the whole bench as one client.
     */
    void startNode(int index, String label) throws IOException, InterruptedException {
        Path logFile = options.results()
                .resolve("app-node" + (index + 1) + (label.equals("start") ? "" : "-" + label) + ".log");
        AppNode node = AppNode.start(
                index + 1,
                options.jar(),
                options.basePort() + index,
                database(),
                adminPassword,
                options.appXmx(),
                LiveBoardBenchmark.PRODUCTION_GC,
                List.of("--keukentafel.limits.notes-per-client=100000"),
                LiveBoardBenchmark.TRUST_LOOPBACK_PROXY,
                logFile);
        nodes[index] = node;
        appLogs.add(logFile);
        node.awaitReady(nodeClients.get(index), Duration.ofMinutes(3));
    }

    /** kill -9 of app node {@code index}. */
    void killNode(int index) throws InterruptedException {
        AppNode node = nodes[index];
        if (node == null) {
            throw new IllegalStateException("Node " + (index + 1) + " is not running");
        }
        node.kill();
    }

    /** A facilitator logged in on node {@code index}. */
    FacilitatorScreen facilitator(int index) throws IOException, InterruptedException {
        FacilitatorScreen screen =
                new FacilitatorScreen(nodeClients.get(index), "http://127.0.0.1:" + (options.basePort() + index));
        screen.logIn(AppNode.ADMIN_USERNAME, adminPassword);
        return screen;
    }

    /** The bench boards are the bench admin's; closing them through the board screen takes the facilitator role. */
    private void grantFacilitator() throws SQLException {
        try (Connection c = database().connect();
                Statement statement = c.createStatement()) {
            statement.executeUpdate("update staff_account set roles = array['ADMIN', 'FACILITATOR'] where username = '"
                    + AppNode.ADMIN_USERNAME + "'");
        }
    }

    /** Where each app log ends now, to read what a round adds. */
    Map<String, Long> appLogMarks() {
        Map<String, Long> marks = new HashMap<>();
        for (Path logFile : appLogs) {
            try {
                marks.put(logFile.toString(), Files.size(logFile));
            } catch (IOException e) {
                marks.put(logFile.toString(), 0L);
            }
        }
        return marks;
    }

    /** The warnings and errors the app logged since the marks, counted by message (first 12). */
    List<String> appLogProblems(Map<String, Long> marks) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Path logFile : appLogs) {
            long from = marks.getOrDefault(logFile.toString(), 0L);
            String added;
            try (RandomAccessFile file = new RandomAccessFile(logFile.toFile(), "r")) {
                long length = file.length();
                byte[] bytes = new byte[(int) Math.min(Math.max(0, length - from), 50_000_000)];
                file.seek(from);
                file.readFully(bytes);
                added = new String(bytes, StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue;
            }
            String node = logFile.getFileName().toString().replace(".log", "");
            for (String line : added.split("\n")) {
                if (line.contains(" WARN ") || line.contains(" ERROR ")) {
                    String message = line.replaceFirst("^\\S+\\s+", "")
                            .replaceAll("\\d+", "#")
                            .replaceAll("\\[[^]]*]", "[…]");
                    if (message.length() > 240) {
                        message = message.substring(0, 240) + "…";
                    }
                    counts.merge(node + ": " + message, 1, Integer::sum);
                }
            }
        }
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(12)
                .map(e -> e.getValue() + "x " + e.getKey())
                .toList();
    }
}
