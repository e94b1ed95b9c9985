package nl.keukentafel.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One repeat of one sweep point: fresh boards, fresh screens connected to the app nodes, a warm-up,
 * a measured window, then the nothing-lost check against the database.
 */
final class RepeatRun {

    private static final Logger log = LoggerFactory.getLogger(RepeatRun.class);

    /** What one repeat measured. Heap and CPU figures cover all app nodes together. */
    record Result(
            int nodes,
            int boards,
            int participantsPerBoard,
            int repeat,
            long notesMeasured,
            long notesConfirmedMeasured,
            double notesPerSecond,
            int latencySamples,
            long expectedSamples,
            double p50,
            double p95,
            double p99,
            double max,
            double crossNodeP50,
            double crossNodeP95,
            double crossNodeP99,
            double savedAnswerP50,
            double savedAnswerP99,
            double heapPerParticipantKb,
            double heapPerVisibleNoteBytes,
            double heapBaselineMb,
            double heapConnectedMb,
            double appCpuPercentOfOneCore,
            double appCpuPercentOfMachine,
            double generatorCpuPercentOfOneCore,
            double machineBusyPercent,
            int connectErrors,
            int submitErrors,
            boolean nothingLost,
            List<String> problems) {}

    private final BenchOptions options;
    private final BenchDatabase db;
    private final List<AppNode> nodes;
    private final List<HttpClient> clients;
    private final int boardCount;
    private final int repeat;

    RepeatRun(
            BenchOptions options,
            BenchDatabase db,
            List<AppNode> nodes,
            List<HttpClient> clients,
            int boardCount,
            int repeat) {
        this.options = options;
        this.db = db;
        this.nodes = nodes;
        this.clients = clients;
        this.boardCount = boardCount;
        this.repeat = repeat;
    }

    Result run() throws IOException, InterruptedException, SQLException {
        String tag = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36) + repeat;
        String prefix = "bench-" + tag + " ";
        int participants = options.participants();
        List<BenchDatabase.Board> boards =
                db.createBoards(boardCount, participants, nodes.size() + "n-" + boardCount + "b-r" + repeat);
        long baseline = heapAfterGc();

        NoteLedger ledger = new NoteLedger();
        List<ScreenClient> screens = new ArrayList<>();
        for (BenchDatabase.Board board : boards) {
            for (int seat = 0; seat < participants; seat++) {
                int node = seat % nodes.size();
                // Each screen its own client address (X-Forwarded-For, as behind a load balancer), so the
                // app's per-address limits see one tablet per address, not the whole bench as one client.
                screens.add(new ScreenClient(
                        List.of(new ScreenClient.Route(nodes.get(node).baseUrl(), clients.get(node), node)),
                        board.code(),
                        board.seats().get(seat).secret(),
                        prefix,
                        ledger,
                        board.index(),
                        seat,
                        null,
                        "10." + repeat % 250 + "." + board.index() % 250 + "." + (seat % 250 + 1)));
            }
        }
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        int connectErrors = ScreenClient.connectAll(screens, screen -> screen, options.connectParallelism(), problems);
        long connected = heapAfterGc();
        log.info(
                "{} node(s), {} boards x {} participants: {} screens connected ({} failed); heap {} -> {} MB",
                nodes.size(),
                boardCount,
                participants,
                screens.size() - connectErrors,
                connectErrors,
                baseline / 1_048_576,
                connected / 1_048_576);

        ScheduledExecutorService timers = Executors.newScheduledThreadPool(
                2, Thread.ofPlatform().name("bench-timer-", 0).daemon().factory());
        ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
        AtomicInteger phase = new AtomicInteger(0); // 0 warm-up, 1 measured, 2 stopped
        AtomicInteger submitErrors = new AtomicInteger();
        AtomicLong confirmedMeasured = new AtomicLong();
        List<CompletableFuture<String>> answers = Collections.synchronizedList(new ArrayList<>());
        long periodNanos = (long) (1_000_000_000L / options.notesPerSecondPerBoard());
        Map<Integer, List<ScreenClient>> byBoard = new HashMap<>();
        screens.forEach(
                s -> byBoard.computeIfAbsent(s.board, b -> new ArrayList<>()).add(s));
        for (BenchDatabase.Board board : boards) {
            List<ScreenClient> boardScreens = byBoard.get(board.index());
            AtomicInteger counter = new AtomicInteger();
            Runnable post = () -> {
                ScreenClient author =
                        boardScreens.get(ThreadLocalRandom.current().nextInt(boardScreens.size()));
                boolean measured = phase.get() == 1;
                String text = prefix + "b" + board.index() + " p" + author.seat + " n" + counter.getAndIncrement() + " "
                        + UUID.randomUUID().toString().substring(0, 8);
                senders.execute(
                        () -> send(ledger, author, text, measured, answers, submitErrors, confirmedMeasured, problems));
            };
            schedule(timers, options.arrivals(), periodNanos, phase, post);
        }
        ScheduledFuture<?> heartbeats =
                timers.scheduleAtFixedRate(() -> screens.forEach(ScreenClient::heartbeat), 60, 60, TimeUnit.SECONDS);

        park(TimeUnit.SECONDS.toNanos(options.warmupSeconds()));
        long[] machineStart = AppNode.ProcStat.machineTicks();
        long[] appStart = appCpu();
        long generatorStart = generatorCpuNanos();
        long windowStart = System.nanoTime();
        phase.set(1);
        park(TimeUnit.SECONDS.toNanos(options.measureSeconds()));
        phase.set(2);
        long windowNanos = System.nanoTime() - windowStart;
        long[] appEnd = appCpu();
        long generatorEnd = generatorCpuNanos();
        long[] machineEnd = AppNode.ProcStat.machineTicks();

        // Let every answer and every screen update arrive.
        long drainDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        List<CompletableFuture<String>> pending;
        synchronized (answers) {
            pending = List.copyOf(answers);
        }
        for (CompletableFuture<String> answer : pending) {
            long left = Math.max(1, drainDeadline - System.nanoTime());
            try {
                answer.get(left, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // Counted below as an unanswered submission.
            }
        }
        long quiet = TimeUnit.SECONDS.toNanos(2);
        long expected = ledger.measuredNotes() * (participants - 1L);
        while (System.nanoTime() < drainDeadline
                && (ledger.all().size() < expected || System.nanoTime() - ledger.lastArrivalNanos() < quiet)) {
            park(TimeUnit.MILLISECONDS.toNanos(200));
        }
        heartbeats.cancel(false);
        timers.shutdownNow();
        senders.shutdown();
        long unanswered = pending.stream().filter(f -> !f.isDone()).count();
        if (unanswered > 0) {
            problems.add(unanswered + " submissions got no answer from the server");
        }

        long withNotes = heapAfterGc();
        screens.forEach(ScreenClient::close);

        boolean nothingLost = check(boards, byBoard, ledger, problems);
        db.closeBoards(boards);

        int connectedScreens = screens.size() - connectErrors;
        long totalNotes = ledger.notes().size();
        double appCpuNanos = 0;
        for (int i = 0; i < nodes.size(); i++) {
            appCpuNanos += appEnd[i] - appStart[i];
        }
        int cores = Runtime.getRuntime().availableProcessors();
        double busy = machineEnd[0] - machineStart[0];
        double total = machineEnd[1] - machineStart[1];
        Result result = new Result(
                nodes.size(),
                boardCount,
                participants,
                repeat,
                ledger.measuredNotes(),
                confirmedMeasured.get(),
                confirmedMeasured.get() / (windowNanos / 1e9),
                ledger.all().size(),
                expected,
                ledger.all().percentileMillis(50),
                ledger.all().percentileMillis(95),
                ledger.all().percentileMillis(99),
                ledger.all().percentileMillis(100),
                ledger.crossNode().percentileMillis(50),
                ledger.crossNode().percentileMillis(95),
                ledger.crossNode().percentileMillis(99),
                ledger.saved().percentileMillis(50),
                ledger.saved().percentileMillis(99),
                connectedScreens == 0 ? Double.NaN : (connected - baseline) / 1024.0 / connectedScreens,
                totalNotes == 0 ? Double.NaN : (double) (withNotes - connected) / (totalNotes * participants),
                baseline / 1_048_576.0,
                connected / 1_048_576.0,
                100.0 * appCpuNanos / windowNanos,
                100.0 * appCpuNanos / windowNanos / cores,
                100.0 * (generatorEnd - generatorStart) / windowNanos,
                total == 0 ? Double.NaN : 100.0 * busy / total,
                connectErrors,
                submitErrors.get(),
                nothingLost && connectErrors == 0 && submitErrors.get() == 0,
                List.copyOf(problems));
        log.info("Repeat done: {}", result);
        log.info(
                "Where the time goes: first other screen p50 {} / p95 {} ms; fan-out (first to last screen of a note) p50 {} / p95 {} ms; push handshakes retried so far: {}",
                String.format("%.1f", ledger.firstScreen().percentileMillis(50)),
                String.format("%.1f", ledger.firstScreen().percentileMillis(95)),
                String.format("%.1f", ledger.fanOut().percentileMillis(50)),
                String.format("%.1f", ledger.fanOut().percentileMillis(95)),
                ScreenClient.pushRetries());
        Path timeline =
                options.results().resolve("timeline-" + nodes.size() + "n-" + boardCount + "b-r" + repeat + ".csv");
        ledger.writeTimeline(timeline);
        log.info("Per-note timeline: {}", timeline);
        return result;
    }

    /**
     * Runs {@code post} for one board until the run stops (phase 2; the timers are shut down after
     * the drain): at exponentially distributed gaps with mean {@code periodNanos} (Poisson
     * arrivals), or at a fixed period from a random offset.
     */
    private static void schedule(
            ScheduledExecutorService timers,
            BenchOptions.Arrivals arrivals,
            long periodNanos,
            AtomicInteger phase,
            Runnable post) {
        if (arrivals == BenchOptions.Arrivals.FIXED) {
            timers.scheduleAtFixedRate(
                    () -> {
                        if (phase.get() < 2) {
                            post.run();
                        }
                    },
                    ThreadLocalRandom.current().nextLong(periodNanos),
                    periodNanos,
                    TimeUnit.NANOSECONDS);
            return;
        }
        NoteArrivals.poisson(timers, periodNanos, () -> phase.get() < 2, post);
    }

    private void send(
            NoteLedger ledger,
            ScreenClient author,
            String text,
            boolean measured,
            List<CompletableFuture<String>> answers,
            AtomicInteger submitErrors,
            AtomicLong confirmedMeasured,
            List<String> problems) {
        try {
            long sent = System.nanoTime();
            ledger.sent(new NoteLedger.Note(text, author.board, author.seat, author.node, sent, measured));
            CompletableFuture<String> answer = author.submitNote(text);
            answers.add(answer);
            answer.thenAccept(result -> {
                if (measured) {
                    ledger.savedAfter(text, System.nanoTime() - sent);
                }
                if (!"saved".equals(result)) {
                    submitErrors.incrementAndGet();
                    problems.add("Note '" + text + "' was answered '" + result + "'");
                } else if (measured) {
                    confirmedMeasured.incrementAndGet();
                }
            });
        } catch (IOException | RuntimeException e) {
            submitErrors.incrementAndGet();
            problems.add("Sending note '" + text + "' failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The nothing-lost check: every confirmed note is in the database exactly once, every screen saw
     * exactly the board's notes in the database's order (all screens connect before the first note),
     * and no screen showed a note that is not in the database.
     */
    private boolean check(
            List<BenchDatabase.Board> boards,
            Map<Integer, List<ScreenClient>> byBoard,
            NoteLedger ledger,
            List<String> problems)
            throws SQLException {
        boolean ok = true;
        for (BenchDatabase.Board board : boards) {
            List<String> stored = db.activeNotes(board.conversationId());
            Map<String, Integer> counts = new HashMap<>();
            stored.forEach(t -> counts.merge(t, 1, Integer::sum));
            List<ScreenClient> boardScreens = byBoard.get(board.index());
            for (ScreenClient screen : boardScreens) {
                for (String text : screen.confirmed()) {
                    int count = counts.getOrDefault(text, 0);
                    if (count != 1) {
                        ok = false;
                        problems.add("Confirmed note '" + text + "' is " + count + " times in the database");
                    }
                }
            }
            counts.forEach((text, count) -> {
                if (count > 1) {
                    problems.add("Note '" + text + "' is " + count + " times in the database");
                }
            });
            if (counts.values().stream().anyMatch(c -> c > 1)) {
                ok = false;
            }
            for (ScreenClient screen : boardScreens) {
                List<String> shown = ScreenClient.Seen.shownInOrder(screen.seen());
                if (!shown.equals(stored)) {
                    ok = false;
                    List<String> missing = new ArrayList<>(stored);
                    missing.removeAll(shown);
                    List<String> extra = new ArrayList<>(shown);
                    extra.removeAll(stored);
                    problems.add(screen + " differs from the database: " + missing.size() + " missing, " + extra.size()
                            + " not in the database"
                            + (missing.isEmpty() && extra.isEmpty() ? " (order differs)" : "")
                            + (missing.isEmpty() ? "" : "; first missing '" + missing.getFirst() + "'")
                            + (extra.isEmpty() ? "" : "; first extra '" + extra.getFirst() + "'"));
                }
            }
        }
        if (ledger.unknownArrivals() > 0) {
            ok = false;
            problems.add(ledger.unknownArrivals() + " note texts arrived that the generator never sent");
        }
        if (problems.size() > 50) {
            List<String> first = new ArrayList<>(problems.subList(0, 50));
            int more = problems.size() - 50;
            problems.clear();
            problems.addAll(first);
            problems.add("... and " + more + " more");
        }
        return ok;
    }

    private long heapAfterGc() throws IOException, InterruptedException {
        long sum = 0;
        for (AppNode node : nodes) {
            sum += node.usedHeapAfterFullGc();
        }
        return sum;
    }

    private long[] appCpu() throws IOException {
        long[] cpu = new long[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            cpu[i] = nodes.get(i).cpuNanos();
        }
        return cpu;
    }

    private static long generatorCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(d -> d.toNanos())
                .orElse(0L);
    }

    private static void park(long nanos) {
        long deadline = System.nanoTime() + nanos;
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
