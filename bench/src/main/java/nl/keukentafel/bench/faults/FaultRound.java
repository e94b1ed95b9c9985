package nl.keukentafel.bench.faults;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.keukentafel.bench.BenchDatabase;
import nl.keukentafel.bench.NoteArrivals;
import nl.keukentafel.bench.NoteLedger;
import nl.keukentafel.bench.ScreenClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One fault under live load: fresh boards with their tablets on both nodes, notes from random
 * tablets of every board, the fault, and meanwhile a probe that compares every screen with the
 * database twice a second; at the end the nothing-lost check over every note and every screen.
 */
final class FaultRound {

    private static final Logger log = LoggerFactory.getLogger(FaultRound.class);
    /** How often the probe reads the database. */
    static final Duration PROBE_PERIOD = Duration.ofMillis(500);
    /**
     * How long a screen may lag the database, or a note wait in its outbox, before the probe counts
     * it as not (yet) recovered: far above the normal note-to-screen time (p99 well under 100 ms at
     * this load), far below what a fault causes.
     */
    static final Duration GRACE = Duration.ofSeconds(1);
    /** Notes placed this long before a fault count as written "during" it (their updates may be lost). */
    static final Duration LEAD = Duration.ofSeconds(2);
    /** The screens count as recovered once the probe has passed this long without a failure. */
    private static final Duration STABLE = Duration.ofSeconds(5);

    private final FaultSuite suite;
    private final Fault fault;
    private final FaultOptions options;
    private final int number;
    private final String prefix;
    private final NoteLedger ledger = new NoteLedger();
    private final List<Tablet> tablets = new ArrayList<>();
    private final Map<Integer, List<Tablet>> byBoard = new HashMap<>();
    private final Map<String, Tablet.Note> notes = new ConcurrentHashMap<>();
    private final Set<Tablet.Note> unsettled = ConcurrentHashMap.newKeySet();
    private final Map<Integer, Long> closedAt = new ConcurrentHashMap<>();
    private final List<Probe> probes = Collections.synchronizedList(new ArrayList<>());
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicInteger counter = new AtomicInteger();
    private final AtomicInteger skippedClosed = new AtomicInteger();
    private List<BenchDatabase.Board> boards = List.of();
    private final Map<Long, Long> seenSeq = new HashMap<>();
    private final Map<Long, List<String>> dbNotes = new HashMap<>();

    /** One reading of the database and, {@link #GRACE} later, of every screen. */
    record Probe(long nanos, boolean failing, int screensBehind, int notesWaiting, int closedNotShown, String why) {}

    FaultRound(FaultSuite suite, Fault fault, int number) {
        this.suite = suite;
        this.fault = fault;
        this.options = suite.options();
        this.number = number;
        this.prefix = "fault" + number + "-" + Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36) + " ";
    }

    FaultSuite suite() {
        return suite;
    }

    FaultOptions options() {
        return options;
    }

    List<BenchDatabase.Board> boards() {
        return boards;
    }

    /** The facilitator closed this board (the confirmation was sent at {@code nanos}). */
    void closed(int board, long nanos) {
        closedAt.put(board, nanos);
    }

    FaultResult run() throws Exception {
        Instant startedAt = Instant.now();
        long roundStart = System.nanoTime();
        log.info("=== Round {}: {} ===", number, fault.name());
        Map<String, Long> logMarks = suite.appLogMarks();
        boards = suite.database()
                .createBoards(options.boards(), options.participants(), "faults " + number + " " + fault.name());
        boards.forEach(b -> seenSeq.put(b.conversationId(), 0L));
        createTablets();
        long connectStart = System.nanoTime();
        int connectErrors =
                ScreenClient.connectAll(tablets, tablet -> tablet.screen, options.connectParallelism(), problems);
        log.info(
                "{} tablets connected in {} s ({} failed)",
                tablets.size() - connectErrors,
                seconds(System.nanoTime() - connectStart),
                connectErrors);

        ScheduledExecutorService timers = Executors.newScheduledThreadPool(
                2, Thread.ofPlatform().name("fault-timer-", 0).daemon().factory());
        writing.set(true);
        for (BenchDatabase.Board board : boards) {
            scheduleNotes(timers, board.index());
        }
        timers.scheduleAtFixedRate(() -> tablets.forEach(t -> t.screen.heartbeat()), 60, 60, TimeUnit.SECONDS);
        timers.scheduleAtFixedRate(() -> tablets.forEach(t -> t.screen.tick()), 500, 500, TimeUnit.MILLISECONDS);
        Thread prober = Thread.ofPlatform().name("fault-probe").daemon().start(this::probeLoop);

        Thread.sleep(options.warmupSeconds() * 1000L);
        Fault.Injection injection;
        try {
            injection = fault.inject(this);
        } catch (Exception e) {
            log.error("Could not produce fault {}", fault.name(), e);
            problems.add("The fault could not be produced: " + e);
            long now = System.nanoTime();
            injection = new Fault.Injection(now, now, Map.of("error", e.toString()));
        }
        log.info(
                "Fault {} repaired after {} s; waiting for every screen",
                fault.name(),
                seconds(injection.endNanos() - injection.startNanos()));
        boolean recovered = awaitStable(injection.endNanos());
        Thread.sleep(options.afterSeconds() * 1000L);

        writing.set(false);
        long drainStart = System.nanoTime();
        drain(Duration.ofSeconds(60));
        long drained = System.nanoTime();
        // A last stretch of probes over the settled boards, then the probe stops.
        Thread.sleep(GRACE.toMillis() + 2 * PROBE_PERIOD.toMillis());
        prober.interrupt();
        prober.join();
        timers.shutdownNow();

        Check check = check();
        tablets.forEach(t -> t.screen.close());
        suite.database().closeBoards(boards);
        FaultResult result = FaultResult.of(
                fault,
                options,
                number,
                startedAt,
                roundStart,
                injection,
                recovered,
                List.copyOf(probes),
                check,
                notesSummary(),
                residents(injection),
                ledger,
                connectErrors,
                seconds(drained - drainStart),
                longestDelay(injection.startNanos()),
                suite.appLogProblems(logMarks),
                List.copyOf(problems));
        log.info("Round {} ({}): {}", number, fault.name(), result.headline());
        return result;
    }

    private void createTablets() {
        List<ScreenClient.Route> nodes = suite.nodeRoutes();
        List<ScreenClient.Route> proxies = suite.proxyRoutes();
        for (BenchDatabase.Board board : boards) {
            List<Tablet> boardTablets = new ArrayList<>();
            for (int seat = 0; seat < options.participants(); seat++) {
                int home = seat % nodes.size();
                boolean proxied = fault.proxied() && seat < options.proxiedPerBoard();
                Tablet tablet = new Tablet(
                        proxied ? proxies.get(home) : nodes.get(home),
                        proxied ? List.of() : List.of(nodes.get((home + 1) % nodes.size())),
                        board.code(),
                        board.seats().get(seat).secret(),
                        prefix,
                        ledger,
                        board.index(),
                        seat,
                        proxied,
                        false,
                        address(board.index(), seat, false),
                        this::settled);
                boardTablets.add(tablet);
                if (fault.twins() && seat < options.twinsPerBoard()) {
                    int other = (home + 1) % nodes.size();
                    Tablet twin = new Tablet(
                            nodes.get(other),
                            List.of(nodes.get(home)),
                            board.code(),
                            board.seats().get(seat).secret(),
                            prefix,
                            ledger,
                            board.index(),
                            seat,
                            false,
                            true,
                            address(board.index(), seat, true),
                            this::settled);
                    tablet.twinnedWith(twin);
                    boardTablets.add(twin);
                }
            }
            byBoard.put(board.index(), boardTablets);
            tablets.addAll(boardTablets);
        }
    }

    /** Each tablet its own address, sent as X-Forwarded-For (as a load balancer would). */
    private String address(int board, int seat, boolean twin) {
        return "10." + (number % 250) + "." + board + "." + (seat * 2 + (twin ? 2 : 1));
    }

    /** A board's notes: random gaps averaging 1/rate (a Poisson process), from a random tablet. */
    private void scheduleNotes(ScheduledExecutorService timers, int board) {
        long mean = (long) (1_000_000_000L / options.notesPerSecondPerBoard());
        NoteArrivals.poisson(timers, mean, writing::get, () -> placeRandom(board));
    }

    /** Notes in quick succession on one board, from random tablets (for the close-board fault). */
    Thread burst(int board, Duration length, Duration every) {
        return Thread.ofVirtual().name("burst-b" + board).start(() -> {
            long end = System.nanoTime() + length.toNanos();
            try {
                while (System.nanoTime() < end) {
                    placeRandom(board);
                    Thread.sleep(every.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void placeRandom(int board) {
        List<Tablet> writers = byBoard.get(board).stream()
                .filter(t -> !t.twin && (!fault.twins() || t.seat < options.twinsPerBoard()))
                .toList();
        Tablet author = writers.get(ThreadLocalRandom.current().nextInt(writers.size()));
        if (author.closedShownNanos() != 0) {
            // The form is hidden once the tablet shows that the conversation closed.
            skippedClosed.incrementAndGet();
            return;
        }
        String text = prefix + "b" + board + " p" + author.seat + " n" + counter.getAndIncrement() + " "
                + UUID.randomUUID().toString().substring(0, 8);
        long now = System.nanoTime();
        Tablet.Note note = new Tablet.Note(UUID.randomUUID().toString(), text, board, author.seat, now);
        notes.put(text, note);
        unsettled.add(note);
        ledger.sent(new NoteLedger.Note(text, board, author.seat, author.screen.node, now, true));
        author.place(note);
    }

    private void settled(Tablet.Note note) {
        unsettled.remove(note);
    }

    /** Waits until the probe has passed for {@link #STABLE} after the fault ended, or the timeout. */
    private boolean awaitStable(long faultEnd) throws InterruptedException {
        long deadline = faultEnd + options.recoveryTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            Thread.sleep(PROBE_PERIOD.toMillis());
            Probe last = lastFailing();
            long since = last == null ? faultEnd : Math.max(faultEnd, last.nanos());
            boolean evaluatedPast = latestProbe() > since + STABLE.toNanos();
            if (evaluatedPast) {
                return true;
            }
        }
        log.warn(
                "Not every screen showed the database within {} s after the fault",
                options.recoveryTimeout().toSeconds());
        return false;
    }

    private @Nullable Probe lastFailing() {
        synchronized (probes) {
            for (int i = probes.size() - 1; i >= 0; i--) {
                if (probes.get(i).failing()) {
                    return probes.get(i);
                }
            }
        }
        return null;
    }

    private long latestProbe() {
        synchronized (probes) {
            return probes.isEmpty() ? 0 : probes.getLast().nanos();
        }
    }

    /** Until every outbox is empty and no screen got a note for 2 s, or the timeout. */
    private void drain(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            boolean empty = tablets.stream().allMatch(t -> t.waiting() == 0);
            boolean quiet = System.nanoTime() - ledger.lastArrivalNanos() > TimeUnit.SECONDS.toNanos(2);
            if (empty && quiet) {
                return;
            }
            Thread.sleep(200);
        }
        log.warn("Outboxes not empty {} s after the load stopped", timeout.toSeconds());
    }

    /**
     * Twice a second: reads the boards' notes from the database, and {@link #GRACE} later checks that
     * every screen of each board shows all of them, that no note placed before the reading still
     * waits in an outbox, and that every screen of a closed board says it is closed.
     */
    private void probeLoop() {
        List<Long> pendingTimes = new ArrayList<>();
        List<@Nullable Map<Integer, List<String>>> pendingSnapshots = new ArrayList<>();
        Connection connection = connectQuietly();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long now = System.nanoTime();
                Map<Integer, List<String>> snapshot = null;
                try {
                    if (connection == null || connection.isClosed()) {
                        connection = suite.database().connect();
                    }
                    snapshot = readBoards(connection);
                } catch (SQLException e) {
                    closeQuietly(connection);
                    connection = null;
                }
                pendingTimes.add(now);
                pendingSnapshots.add(snapshot);
                while (!pendingTimes.isEmpty() && System.nanoTime() - pendingTimes.getFirst() >= GRACE.toNanos()) {
                    probes.add(evaluate(pendingTimes.removeFirst(), pendingSnapshots.removeFirst()));
                }
                Thread.sleep(PROBE_PERIOD.toMillis());
            }
        } catch (InterruptedException e) {
            // The round is over.
        } finally {
            closeQuietly(connection);
        }
    }

    private @Nullable Connection connectQuietly() {
        try {
            return suite.database().connect();
        } catch (SQLException e) {
            return null;
        }
    }

    private static void closeQuietly(@Nullable Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // Gone already.
            }
        }
    }

    /** The active notes of every board in board order, read since the last reading only (by sequence). */
    private Map<Integer, List<String>> readBoards(Connection c) throws SQLException {
        Long[] ids = boards.stream().map(BenchDatabase.Board::conversationId).toArray(Long[]::new);
        Long[] after = boards.stream().map(b -> seenSeq.get(b.conversationId())).toArray(Long[]::new);
        try (PreparedStatement query = c.prepareStatement("""
                select n.conversation_id, n.text, n.created_seq
                from note n join unnest(?::bigint[], ?::bigint[]) as b(id, after)
                  on n.conversation_id = b.id and n.created_seq > b.after
                where n.status = 'ACTIVE'
                order by n.conversation_id, n.created_seq
                """)) {
            Array idArray = c.createArrayOf("bigint", ids);
            Array afterArray = c.createArrayOf("bigint", after);
            query.setArray(1, idArray);
            query.setArray(2, afterArray);
            query.setQueryTimeout(5);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    long conversation = rs.getLong(1);
                    dbNotes.computeIfAbsent(conversation, k -> new ArrayList<>())
                            .add(rs.getString(2));
                    seenSeq.put(conversation, Math.max(seenSeq.get(conversation), rs.getLong(3)));
                }
            }
        }
        Map<Integer, List<String>> snapshot = new HashMap<>();
        for (BenchDatabase.Board board : boards) {
            snapshot.put(board.index(), List.copyOf(dbNotes.getOrDefault(board.conversationId(), List.of())));
        }
        return snapshot;
    }

    private Probe evaluate(long nanos, @Nullable Map<Integer, List<String>> snapshot) {
        if (snapshot == null) {
            return new Probe(nanos, true, 0, 0, 0, "database unreachable");
        }
        int behind = 0;
        for (BenchDatabase.Board board : boards) {
            List<String> stored = snapshot.get(board.index());
            for (Tablet tablet : byBoard.get(board.index())) {
                if (!tablet.screen.shows(stored)) {
                    behind++;
                }
            }
        }
        int waiting = 0;
        for (Tablet.Note note : unsettled) {
            if (note.placedNanos < nanos) {
                waiting++;
            }
        }
        int closedNotShown = 0;
        for (Map.Entry<Integer, Long> closed : closedAt.entrySet()) {
            if (closed.getValue() <= nanos) {
                for (Tablet tablet : byBoard.get(closed.getKey())) {
                    if (tablet.closedShownNanos() == 0) {
                        closedNotShown++;
                    }
                }
            }
        }
        boolean failing = behind > 0 || waiting > 0 || closedNotShown > 0;
        String why = failing
                ? String.format(
                        Locale.ROOT,
                        "%d screens behind the database, %d notes waiting in an outbox, %d screens not showing the close",
                        behind,
                        waiting,
                        closedNotShown)
                : "";
        return new Probe(nanos, failing, behind, waiting, closedNotShown, why);
    }

    /** What the nothing-lost check found, in counts of distinct notes unless named otherwise. */
    record Check(
            int notesStored,
            int lostConfirmedNotStored,
            int lostNotOnEveryScreen,
            int missingScreenNotes,
            int lostStuckInOutbox,
            int refusedButStored,
            int duplicatedInDatabase,
            int duplicatedOnScreens,
            int misordered,
            int notInDatabaseShown,
            long unknownArrivals,
            int screensDifferingAtEnd,
            List<String> examples) {

        int lost() {
            return lostConfirmedNotStored + lostNotOnEveryScreen + lostStuckInOutbox;
        }

        int duplicated() {
            return duplicatedInDatabase + duplicatedOnScreens;
        }
    }

    /**
     * The nothing-lost check, as the live-board benchmark's, for screens that may have loaded the page
     * again: every note its author saw saved is in the database once; no note waits in an outbox;
     * every screen's last view shows exactly the board's notes, in board order; within every view
     * (page or resynchronization) notes appeared in board order, each on one card only; no screen
     * showed a note the database does not have.
     */
    private Check check() throws SQLException {
        Map<String, Integer> rows = new HashMap<>();
        Map<String, Long> seqOf = new HashMap<>();
        Map<Integer, List<String>> stored = new HashMap<>();
        Map<Long, Integer> boardOf = new HashMap<>();
        boards.forEach(b -> boardOf.put(b.conversationId(), b.index()));
        try (Connection c = suite.database().connect();
                PreparedStatement query = c.prepareStatement("""
                        select conversation_id, text, created_seq, status from note
                        where conversation_id = any(?) order by conversation_id, created_seq
                        """)) {
            query.setArray(
                    1,
                    c.createArrayOf(
                            "bigint",
                            boards.stream()
                                    .map(BenchDatabase.Board::conversationId)
                                    .toArray()));
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String text = rs.getString(2);
                    rows.merge(text, 1, Integer::sum);
                    seqOf.put(text, rs.getLong(3));
                    if ("ACTIVE".equals(rs.getString(4))) {
                        stored.computeIfAbsent(boardOf.get(rs.getLong(1)), k -> new ArrayList<>())
                                .add(text);
                    }
                }
            }
        }
        List<String> examples = new ArrayList<>();
        Set<String> confirmedNotStored = new HashSet<>();
        Set<String> stuck = new HashSet<>();
        Set<String> refusedButStored = new HashSet<>();
        for (Tablet.Note note : notes.values()) {
            int count = rows.getOrDefault(note.text, 0);
            if (note.saved() && count == 0) {
                confirmedNotStored.add(note.text);
                example(examples, "saved but not in the database: '" + note.text + "'");
            }
            if (!note.settled()) {
                stuck.add(note.text);
                example(
                        examples,
                        "still waiting in the outbox of b" + note.board + "/p" + note.seat + ": '" + note.text
                                + "' (sent " + note.sends.get() + " times, " + note.serverErrors.get()
                                + " server errors)");
            }
            if (note.refused() && count > 0) {
                refusedButStored.add(note.text);
                example(examples, "refused ('" + note.answer + "') but on the board: '" + note.text + "'");
            }
        }
        int duplicatedInDatabase = 0;
        for (Map.Entry<String, Integer> row : rows.entrySet()) {
            if (row.getValue() > 1) {
                duplicatedInDatabase++;
                example(examples, "in the database " + row.getValue() + " times: '" + row.getKey() + "'");
            }
        }
        Set<String> notOnEveryScreen = new HashSet<>();
        Set<String> duplicatedOnScreens = new HashSet<>();
        Set<String> misordered = new HashSet<>();
        Set<String> phantom = new HashSet<>();
        int missingScreenNotes = 0;
        int differing = 0;
        for (BenchDatabase.Board board : boards) {
            List<String> boardNotes = stored.getOrDefault(board.index(), List.of());
            for (Tablet tablet : byBoard.get(board.index())) {
                Map<Integer, List<ScreenClient.Seen>> views = new HashMap<>();
                for (ScreenClient.Seen seen : tablet.screen.seen()) {
                    views.computeIfAbsent(seen.view(), k -> new ArrayList<>()).add(seen);
                }
                for (List<ScreenClient.Seen> view : views.values()) {
                    view.sort(ScreenClient.Seen.SERVER_ORDER);
                    Map<String, Set<Integer>> cards = new HashMap<>();
                    long highest = -1;
                    Set<String> once = new HashSet<>();
                    for (ScreenClient.Seen seen : view) {
                        if (seen.cardNode() >= 0) {
                            cards.computeIfAbsent(seen.text(), k -> new HashSet<>())
                                    .add(seen.cardNode());
                        }
                        if (!once.add(seen.text())) {
                            continue;
                        }
                        Long seq = seqOf.get(seen.text());
                        if (seq == null) {
                            if (phantom.add(seen.text())) {
                                example(
                                        examples,
                                        tablet + " showed a note the database does not have: '" + seen.text() + "'");
                            }
                            continue;
                        }
                        if (seq < highest && misordered.add(seen.text())) {
                            example(
                                    examples,
                                    tablet + " showed '" + seen.text() + "' after a later note (view " + seen.view()
                                            + ")");
                        }
                        highest = Math.max(highest, seq);
                    }
                    cards.forEach((text, nodes) -> {
                        if (nodes.size() > 1 && duplicatedOnScreens.add(text)) {
                            example(examples, tablet + " showed '" + text + "' on " + nodes.size() + " cards");
                        }
                    });
                }
                List<String> last = lastView(tablet.screen);
                if (!last.equals(boardNotes)) {
                    differing++;
                    List<String> missing = new ArrayList<>(boardNotes);
                    missing.removeAll(new HashSet<>(last));
                    missingScreenNotes += missing.size();
                    notOnEveryScreen.addAll(missing);
                    example(
                            examples,
                            tablet + " differs from the database at the end: " + missing.size()
                                    + " missing"
                                    + (missing.isEmpty()
                                            ? " (order or extra notes)"
                                            : ", first '" + missing.getFirst() + "'"));
                }
            }
        }
        return new Check(
                rows.size(),
                confirmedNotStored.size(),
                notOnEveryScreen.size(),
                missingScreenNotes,
                stuck.size(),
                refusedButStored.size(),
                duplicatedInDatabase,
                duplicatedOnScreens.size(),
                misordered.size(),
                phantom.size(),
                ledger.unknownArrivals(),
                differing,
                List.copyOf(examples));
    }

    /**
     * The longest time from placing a note (from {@link #LEAD} before the fault on) until the last
     * other screen of its board showed it: what the fault cost the slowest resident.
     */
    private double longestDelay(long faultStart) {
        long longest = 0;
        for (Tablet.Note note : notes.values()) {
            if (note.placedNanos < faultStart - LEAD.toNanos()) {
                continue;
            }
            long[] range = ledger.firstAndLast(note.text);
            if (range != null) {
                longest = Math.max(longest, range[1]);
            }
        }
        return seconds(longest);
    }

    private static void example(List<String> examples, String text) {
        if (examples.size() < 20) {
            examples.add(text);
        }
    }

    /** The notes a screen shows now: its current view, in the order they appeared. */
    private static List<String> lastView(ScreenClient screen) {
        int current = screen.view();
        return ScreenClient.Seen.shownInOrder(
                screen.seen().stream().filter(s -> s.view() == current).toList());
    }

    /** Counts of what became of the notes. */
    private Map<String, Object> notesSummary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        int saved = 0;
        int refused = 0;
        int waitedOverGrace = 0;
        long longestWait = 0;
        int serverErrors = 0;
        int resent = 0;
        Map<String, Integer> refusals = new LinkedHashMap<>();
        Map<String, Integer> twinAnswers = new LinkedHashMap<>();
        for (Tablet.Note note : notes.values()) {
            if (note.saved()) {
                saved++;
                long waited = note.settledNanos - note.placedNanos;
                longestWait = Math.max(longestWait, waited);
                if (waited > GRACE.toNanos()) {
                    waitedOverGrace++;
                }
            } else if (note.refused()) {
                refused++;
                refusals.merge(String.valueOf(note.answer), 1, Integer::sum);
            }
            serverErrors += (int) note.serverErrors.get();
            if (note.sends.get() > 1) {
                resent++;
            }
            if (note.twinAnswer != null) {
                String twin = note.twinAnswer.startsWith("error:") ? "refused: " + note.twinAnswer : note.twinAnswer;
                twinAnswers.merge(twin, 1, Integer::sum);
            }
        }
        summary.put("placed", notes.size());
        summary.put("saved", saved);
        summary.put("refused", refused);
        summary.put("refusals", refusals);
        summary.put("stillWaiting", unsettled.size());
        summary.put("waitedOver1s", waitedOverGrace);
        summary.put("longestWaitS", seconds(longestWait));
        summary.put("serverErrorsRetried", serverErrors);
        summary.put("sentMoreThanOnceByTheirTablet", resent);
        if (!twinAnswers.isEmpty()) {
            summary.put("secondSendAnswers", twinAnswers);
        }
        summary.put("notPlacedBecauseTabletShowedClosed", skippedClosed.get());
        return summary;
    }

    /** What the residents saw, over every tablet of the round. */
    private Map<String, Object> residents(Fault.Injection injection) {
        Map<String, Object> seen = new LinkedHashMap<>();
        int lostAny = 0;
        int reloaded = 0;
        int resynced = 0;
        int moved = 0;
        int errorTablets = 0;
        int errorNotices = 0;
        List<Long> lostTimes = new ArrayList<>();
        Map<String, Integer> causes = new LinkedHashMap<>();
        for (Tablet tablet : tablets) {
            Tablet.Seen s = tablet.seen();
            if (s.losses() > 0) {
                lostAny++;
                lostTimes.add(s.lostNanos());
            }
            if (s.reloads() > 0) {
                reloaded++;
            }
            if (s.resyncs() > 0) {
                resynced++;
            }
            if (s.errorNotices() > 0) {
                errorTablets++;
                errorNotices += s.errorNotices();
            }
            if (tablet.screen.node
                    != (tablet.seat + (tablet.twin ? 1 : 0))
                            % suite.nodeRoutes().size()) {
                moved++;
            }
            for (String cause : s.causes()) {
                causes.merge(cause.replaceAll("\\d+", "#").replaceAll("screen b#/p#@node#", "screen"), 1, Integer::sum);
            }
        }
        lostTimes.sort(Long::compare);
        seen.put("tablets", tablets.size());
        seen.put("tabletsThatLostTheConnection", lostAny);
        seen.put("reconnectingMedianS", lostTimes.isEmpty() ? 0.0 : seconds(lostTimes.get(lostTimes.size() / 2)));
        seen.put("reconnectingMaxS", lostTimes.isEmpty() ? 0.0 : seconds(lostTimes.getLast()));
        seen.put("tabletsThatLoadedThePageAgain", reloaded);
        seen.put("tabletsResynchronized", resynced);
        seen.put("tabletsNowOnTheOtherNode", moved);
        seen.put("tabletsShowingErrorNotice", errorTablets);
        seen.put("errorNotices", errorNotices);
        seen.put(
                "causes",
                causes.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(8)
                        .map(e -> e.getValue() + "x " + e.getKey())
                        .toList());
        if (!closedAt.isEmpty()) {
            int total = 0;
            int shown = 0;
            long latest = 0;
            for (Map.Entry<Integer, Long> closed : closedAt.entrySet()) {
                for (Tablet tablet : byBoard.get(closed.getKey())) {
                    total++;
                    if (tablet.closedShownNanos() != 0) {
                        shown++;
                        latest = Math.max(latest, tablet.closedShownNanos() - closed.getValue());
                    }
                }
            }
            seen.put("closedBoardScreens", total);
            seen.put("closedBoardScreensShowingClosed", shown);
            seen.put("lastClosedMessageAfterS", seconds(latest));
        }
        return seen;
    }

    static double seconds(long nanos) {
        return Math.round(nanos / 1e7) / 100.0;
    }

    static long millis(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(nanos);
    }
}
