package nl.keukentafel.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import nl.keukentafel.conversation.Phase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The facilitation scenario (issue 16): the live-board benchmark's boards and protocol-level tablets,
 * plus one protocol-level facilitator's board per board, going through a whole conversation's
 * facilitation a round at a time (see {@link BoardScript}): phase changes, 30 notes written in
 * silence and revealed at once, the spotlight, groups, 30 participants placing a dot within 10 s,
 * agreements, with notes written in between. Measures when each action reached each screen, and
 * ends with a nothing-lost check that covers notes, dots, groups, agreements, the phase and the
 * spotlight. Run it with bench/facilitation.sh; see bench/README.md, "Facilitation".
 */
public final class FacilitationBench {

    private static final Logger log = LoggerFactory.getLogger(FacilitationBench.class);

    static final String USAGE = """
            bench/facilitation.sh [options]
              --boards 50              boards (the 1,500-participant point: 50 x 30)
              --participants 30        tablets per board (each board also has its facilitator's board)
              --rounds 2               conversations per board, one after the other on the same screens
              --warmup-rounds 1        of which the first ones are not measured (the app compiles its code)
              --start-spread 20        seconds over which the boards' conversations start (at random)
              --rate 1                 notes per second per board while writing (Poisson)
              --votes-revealed true    the table sees the counts of dots (false: only the facilitator)
              --app-xmx 1g             heap of the app process
              --port 18280             port of the app node
              --connect-parallelism 8  screens connecting at the same time
              --jar PATH               production jar (default target/keukentafel-0.1.0-SNAPSHOT.jar)
              --results DIR            output directory (default bench/results/facilitation)
            """;

    record Options(
            int boards,
            int participants,
            int rounds,
            int warmupRounds,
            int startSpreadSeconds,
            double rate,
            boolean votesRevealed,
            String appXmx,
            int port,
            int connectParallelism,
            Path jar,
            Path results) {

        static Options parse(String[] args) {
            int boards = 50;
            int participants = 30;
            int rounds = 2;
            int warmupRounds = 1;
            int spread = 20;
            double rate = 1;
            boolean revealed = true;
            String xmx = "1g";
            int port = 18280;
            int parallelism = 8;
            Path jar = Path.of("target/keukentafel-0.1.0-SNAPSHOT.jar");
            Path results = Path.of("bench/results/facilitation");
            for (int i = 0; i < args.length; i++) {
                String name = args[i];
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Missing value for " + name + "\n" + USAGE);
                }
                String value = args[++i];
                switch (name) {
                    case "--boards" -> boards = Integer.parseInt(value);
                    case "--participants" -> participants = Integer.parseInt(value);
                    case "--rounds" -> rounds = Integer.parseInt(value);
                    case "--warmup-rounds" -> warmupRounds = Integer.parseInt(value);
                    case "--start-spread" -> spread = Integer.parseInt(value);
                    case "--rate" -> rate = Double.parseDouble(value);
                    case "--votes-revealed" -> revealed = Boolean.parseBoolean(value);
                    case "--app-xmx" -> xmx = value;
                    case "--port" -> port = Integer.parseInt(value);
                    case "--connect-parallelism" -> parallelism = Integer.parseInt(value);
                    case "--jar" -> jar = Path.of(value);
                    case "--results" -> results = Path.of(value);
                    default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + USAGE);
                }
            }
            if (participants < 6 || rounds < 1 || warmupRounds < 0 || warmupRounds >= rounds || rate <= 0) {
                throw new IllegalArgumentException(
                        "Need participants >= 6, rounds >= 1, 0 <= warmup-rounds < rounds, rate > 0\n" + USAGE);
            }
            return new Options(
                    boards,
                    participants,
                    rounds,
                    warmupRounds,
                    spread,
                    rate,
                    revealed,
                    xmx,
                    port,
                    parallelism,
                    jar,
                    results);
        }
    }

    private FacilitationBench() {}

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            log.error(e.getMessage());
            System.exit(2);
            return;
        }
        System.exit(new FacilitationBench().run(options));
    }

    private int run(Options options) throws Exception {
        Files.createDirectories(options.results());
        String adminPassword = AppNode.randomAdminPassword();
        try (BenchDatabase db = BenchDatabase.embedded();
                ExecutorService httpExecutor = Executors.newVirtualThreadPerTaskExecutor();
                HttpClient http = ScreenClient.httpClient(httpExecutor)) {
            AppNode node = AppNode.start(
                    1,
                    options.jar(),
                    options.port(),
                    db,
                    adminPassword,
                    options.appXmx(),
                    LiveBoardBenchmark.PRODUCTION_GC,
                    List.of(),
                    LiveBoardBenchmark.TRUST_LOOPBACK_PROXY,
                    options.results().resolve("app-facilitation.log"));
            try (node) {
                node.awaitReady(http, Duration.ofMinutes(3));
                grantFacilitator(db);
                try (FacilitatorDesk desk = FacilitatorDesk.start(db)) {
                    return scenario(options, db, node, http, desk, adminPassword);
                }
            }
        }
    }

    /** The bench boards are the bench admin's; their facilitator's board takes the facilitator role. */
    private static void grantFacilitator(BenchDatabase db) throws SQLException {
        try (Connection c = db.connect();
                PreparedStatement update = c.prepareStatement(
                        "update staff_account set roles = array['ADMIN', 'FACILITATOR'] where username = ?")) {
            update.setString(1, AppNode.ADMIN_USERNAME);
            update.executeUpdate();
        }
    }

    private int scenario(
            Options options, BenchDatabase db, AppNode node, HttpClient http, FacilitatorDesk desk, String password)
            throws Exception {
        String tag = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
        String prefix = "bench-" + tag + " ";
        String agreementPrefix = "afspraak-" + tag + " ";
        String groupPrefix = "groep-" + tag + " ";
        int participants = options.participants();
        List<BenchDatabase.Board> boards = db.createBoards(options.boards(), participants, "facilitation");
        NoteLedger ledger = new NoteLedger();
        FacilitationSink sink = new FacilitationSink(ledger);
        ScreenClient.Route route = new ScreenClient.Route(node.baseUrl(), http, 0);
        Map<Integer, List<ScreenClient>> tablets = new LinkedHashMap<>();
        Map<Integer, ScreenClient> facilitators = new LinkedHashMap<>();
        Map<ScreenClient, ScreenState> states = new LinkedHashMap<>();
        List<ScreenClient> all = new ArrayList<>();
        for (BenchDatabase.Board board : boards) {
            ScreenClient facilitator = ScreenClient.facilitatorBoard(
                    route,
                    board.conversationId(),
                    AppNode.ADMIN_USERNAME,
                    password,
                    prefix,
                    sink,
                    board.index(),
                    "10.200." + board.index() % 250 + ".1");
            facilitators.put(board.index(), facilitator);
            sink.facilitator(facilitator);
            all.add(facilitator);
            List<ScreenClient> seats = new ArrayList<>();
            for (int seat = 0; seat < participants; seat++) {
                seats.add(new ScreenClient(
                        List.of(route),
                        board.code(),
                        board.seats().get(seat).secret(),
                        prefix,
                        sink,
                        board.index(),
                        seat,
                        null,
                        "10.201." + board.index() % 250 + "." + (seat % 250 + 1)));
            }
            tablets.put(board.index(), seats);
            all.addAll(seats);
        }
        for (ScreenClient screen : all) {
            ScreenState state = new ScreenState(prefix, agreementPrefix);
            states.put(screen, state);
            screen.observe(state);
        }
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        long connectStart = System.nanoTime();
        int connectErrors = ScreenClient.connectAll(all, s -> s, options.connectParallelism(), problems);
        log.info(
                "{} boards: {} tablets and {} facilitator's boards connected in {} s ({} failed)",
                boards.size(),
                boards.size() * participants,
                boards.size(),
                (System.nanoTime() - connectStart) / 1_000_000_000L,
                connectErrors);
        if (connectErrors > 0) {
            problems.forEach(p -> log.error("{}", p));
            return 3;
        }

        List<BoardScript.Event> events = Collections.synchronizedList(new ArrayList<>());
        List<BoardScript> scripts = new ArrayList<>();
        for (BenchDatabase.Board board : boards) {
            scripts.add(new BoardScript(
                    desk,
                    board,
                    tablets.get(board.index()),
                    states.get(facilitators.get(board.index())),
                    sink,
                    ledger,
                    events,
                    problems,
                    prefix,
                    agreementPrefix,
                    groupPrefix,
                    options.rate(),
                    ThreadLocalRandom.current().nextLong()));
        }
        if (options.votesRevealed()) {
            scripts.forEach(BoardScript::showVotesToTheTable);
        }
        var heartbeats = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("bench-heartbeat").daemon().factory());
        heartbeats.scheduleAtFixedRate(() -> all.forEach(ScreenClient::heartbeat), 60, 60, TimeUnit.SECONDS);

        List<Map<String, Object>> rounds = new ArrayList<>();
        for (int round = 1; round <= options.rounds(); round++) {
            boolean measured = round > options.warmupRounds();
            log.info("=== round {}/{} ({}) ===", round, options.rounds(), measured ? "measured" : "warm-up");
            long[] machineStart = AppNode.ProcStat.machineTicks();
            long appStart = node.cpuNanos();
            long generatorStart = generatorCpuNanos();
            long start = System.nanoTime();
            int thisRound = round;
            try (ExecutorService boardThreads = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> running = new ArrayList<>();
                for (BoardScript script : scripts) {
                    long offset = ThreadLocalRandom.current().nextLong(TimeUnit.SECONDS.toNanos(options.startSpreadSeconds()) + 1);
                    running.add(boardThreads.submit(() -> {
                        LockSupport.parkNanos(offset);
                        script.round(thisRound, measured);
                        return null;
                    }));
                }
                for (Future<?> f : running) {
                    try {
                        f.get(10, TimeUnit.MINUTES);
                    } catch (Exception e) {
                        problems.add("A board's round " + thisRound + " failed: " + e);
                        log.error("A board's round failed", e);
                    }
                }
            }
            long window = System.nanoTime() - start;
            long[] machineEnd = AppNode.ProcStat.machineTicks();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("round", round);
            r.put("measured", measured);
            r.put("seconds", window / 1e9);
            r.put("appCpuPercentOfOneCore", 100.0 * (node.cpuNanos() - appStart) / window);
            r.put("generatorCpuPercentOfOneCore", 100.0 * (generatorCpuNanos() - generatorStart) / window);
            double total = machineEnd[1] - machineStart[1];
            r.put("machineBusyPercent", total == 0 ? Double.NaN : 100.0 * (machineEnd[0] - machineStart[0]) / total);
            rounds.add(r);
            log.info("Round {} done in {} s: {}", round, Math.round(window / 1e9), r);
        }
        // Let the last pushes arrive.
        long quietSince = System.nanoTime();
        long lastSeen = ledger.lastArrivalNanos();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && System.nanoTime() - quietSince < TimeUnit.SECONDS.toNanos(3)) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            if (ledger.lastArrivalNanos() != lastSeen) {
                lastSeen = ledger.lastArrivalNanos();
                quietSince = System.nanoTime();
            }
        }
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(2));
        heartbeats.shutdownNow();
        all.forEach(ScreenClient::close);

        FacilitationFigures figures = new FacilitationFigures(
                options, tablets, facilitators, states, sink, ledger, events, problems, voteRanks(db, boards));
        boolean nothingLost = check(db, options, boards, tablets, facilitators, states, sink, ledger, events, problems);
        Map<String, Object> document = figures.document(rounds, nothingLost);
        FacilitationFigures.write(options.results(), document, figures.eventLines());
        db.closeBoards(boards);
        if (!nothingLost) {
            synchronized (problems) {
                problems.stream().limit(50).forEach(p -> log.error("NOTHING-LOST CHECK: {}", p));
            }
            log.error("FAILED: the nothing-lost check found problems (see above and {})", options.results());
            return 1;
        }
        log.info("Done: nothing lost; results in {}", options.results().toAbsolutePath());
        return 0;
    }

    /** Each dot's place on its board in the database's order (1 for the first): by its sequence number. */
    private static Map<String, Integer> voteRanks(BenchDatabase db, List<BenchDatabase.Board> boards)
            throws SQLException {
        Map<String, Integer> ranks = new HashMap<>();
        try (Connection c = db.connect();
                PreparedStatement q = c.prepareStatement(
                        "select client_id from vote where conversation_id = ? and not withdrawn order by seq")) {
            for (BenchDatabase.Board board : boards) {
                q.setLong(1, board.conversationId());
                int rank = 0;
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        ranks.put(rs.getString(1), ++rank);
                    }
                }
            }
        }
        return ranks;
    }

    // The nothing-lost check.

    private record StoredNote(long id, String text, long createdSeq, long visibleToAllSeq, Long group) {}

    /**
     * After the run: every note, dot, group, agreement and phase change the scenario made is in the
     * database (once), and every screen's final state shows exactly the database: the notes (each
     * once, none invented, in the order they became visible to that screen), the dots on each card
     * (the facilitator's board always; tablets when the table sees the counts), each card's group,
     * and, on screens that show the stage panel, the phase, the spotlight and the agreements. A note
     * written in silence must not reach another tablet before its reveal.
     */
    private boolean check(
            BenchDatabase db,
            Options options,
            List<BenchDatabase.Board> boards,
            Map<Integer, List<ScreenClient>> tablets,
            Map<Integer, ScreenClient> facilitators,
            Map<ScreenClient, ScreenState> states,
            FacilitationSink sink,
            NoteLedger ledger,
            List<BoardScript.Event> events,
            List<String> problems)
            throws SQLException {
        int before = problems.size();
        Map<Integer, List<BoardScript.Event>> byBoard = new HashMap<>();
        synchronized (events) {
            events.forEach(e -> byBoard.computeIfAbsent(e.board(), b -> new ArrayList<>()).add(e));
        }
        boolean stageOnScreens = states.values().stream().anyMatch(ScreenState::showsStage);
        try (Connection c = db.connect()) {
            for (BenchDatabase.Board board : boards) {
                long id = board.conversationId();
                List<BoardScript.Event> mine = byBoard.getOrDefault(board.index(), List.of());
                Map<Long, Long> revealSeq = new HashMap<>();
                try (PreparedStatement q = c.prepareStatement(
                        "select unnest(note_ids), seq from facilitation_action where conversation_id = ? and kind = 'REVEAL'"
                                + " and undone_seq is null")) {
                    q.setLong(1, id);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            revealSeq.put(rs.getLong(1), rs.getLong(2));
                        }
                    }
                }
                Map<Long, String> groupNames = new HashMap<>();
                try (PreparedStatement q =
                        c.prepareStatement("select id, name from note_group where conversation_id = ? and not removed")) {
                    q.setLong(1, id);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            groupNames.put(rs.getLong(1), rs.getString(2));
                        }
                    }
                }
                List<StoredNote> notes = new ArrayList<>();
                Map<Long, String> textOf = new HashMap<>();
                try (PreparedStatement q = c.prepareStatement("""
                        select id, text, created_seq, group_id, unrevealed from note
                        where conversation_id = ? and status = 'ACTIVE' and merged_into is null order by created_seq
                        """)) {
                    q.setLong(1, id);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            long noteId = rs.getLong(1);
                            if (rs.getBoolean(5)) {
                                problems.add("Board " + board.index() + ": note '" + rs.getString(2)
                                        + "' is still unrevealed after the run");
                            }
                            long group = rs.getLong(4);
                            notes.add(new StoredNote(
                                    noteId,
                                    rs.getString(2),
                                    rs.getLong(3),
                                    revealSeq.getOrDefault(noteId, rs.getLong(3)),
                                    rs.wasNull() ? null : group));
                            textOf.put(noteId, rs.getString(2));
                        }
                    }
                }
                Map<String, Integer> votes = new HashMap<>();
                Set<String> voteClients = new HashSet<>();
                try (PreparedStatement q = c.prepareStatement(
                        "select note_id, client_id from vote where conversation_id = ? and not withdrawn")) {
                    q.setLong(1, id);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            votes.merge(textOf.getOrDefault(rs.getLong(1), "?"), 1, Integer::sum);
                            voteClients.add(rs.getString(2));
                        }
                    }
                }
                Set<String> agreements = new HashSet<>();
                try (PreparedStatement q = c.prepareStatement(
                        "select what from agreement where conversation_id = ? and not removed")) {
                    q.setLong(1, id);
                    try (ResultSet rs = q.executeQuery()) {
                        while (rs.next()) {
                            agreements.add(rs.getString(1));
                        }
                    }
                }
                int phaseChanges;
                try (PreparedStatement q = c.prepareStatement(
                        "select count(*) from facilitation_action where conversation_id = ? and kind = 'PHASE'")) {
                    q.setLong(1, id);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        phaseChanges = rs.getInt(1);
                    }
                }
                String phase;
                String spotlight;
                try (PreparedStatement q = c.prepareStatement("""
                        select c.phase, n.text from conversation c left join note n on n.id = c.spotlight_note_id
                        where c.id = ?
                        """)) {
                    q.setLong(1, id);
                    try (ResultSet rs = q.executeQuery()) {
                        rs.next();
                        phase = rs.getString(1);
                        spotlight = rs.getString(2);
                    }
                }

                // Everything the scenario did is in the database.
                String where = "Board " + board.index() + ": ";
                long voteEvents = mine.stream().filter(e -> e.kind().equals(BoardScript.VOTE)).count();
                for (BoardScript.Event e : mine) {
                    switch (e.kind()) {
                        case BoardScript.VOTE -> {
                            if (!voteClients.contains(e.detail())) {
                                problems.add(where + "dot " + e.detail() + " is not in the database");
                            }
                        }
                        case BoardScript.AGREEMENT -> {
                            if (!agreements.contains(e.subject())) {
                                problems.add(where + "agreement '" + e.subject() + "' is not in the database");
                            }
                        }
                        case BoardScript.GROUP -> {
                            if (!groupNames.containsValue(e.detail())) {
                                problems.add(where + "group '" + e.detail() + "' is not in the database");
                            }
                        }
                        default -> {}
                    }
                }
                if (voteClients.size() != voteEvents) {
                    problems.add(where + voteClients.size() + " dots in the database, " + voteEvents + " placed");
                }
                long phaseEvents = mine.stream().filter(e -> e.kind().equals(BoardScript.PHASE)).count();
                if (phaseChanges != phaseEvents) {
                    problems.add(where + phaseChanges + " phase changes in the database, " + phaseEvents + " made");
                }
                if (agreements.size() != mine.stream().filter(e -> e.kind().equals(BoardScript.AGREEMENT)).count()) {
                    problems.add(where + agreements.size() + " agreements in the database, not as many as made");
                }

                // Every screen's final state is the database's.
                List<ScreenClient> screens = new ArrayList<>(tablets.get(board.index()));
                screens.add(facilitators.get(board.index()));
                Map<String, StoredNote> byText = new HashMap<>();
                notes.forEach(n -> byText.put(n.text(), n));
                for (ScreenClient screen : screens) {
                    boolean facilitator = screen.seat < 0;
                    ScreenState state = states.get(screen);
                    checkNotes(screen, notes, byText, ledger, problems);
                    if (facilitator || options.votesRevealed()) {
                        Map<String, Integer> shown = state.votesByNote();
                        if (!shown.equals(votes)) {
                            problems.add(screen + " shows dots " + differences(votes, shown));
                        }
                    }
                    Map<String, String> groups = state.groupByNote();
                    for (StoredNote note : notes) {
                        String expected = note.group() == null ? null : groupNames.get(note.group());
                        String label = groups.getOrDefault(note.text(), "");
                        if (expected == null ? !label.isEmpty() : !label.contains(expected)) {
                            problems.add(screen + " shows group '" + label + "' on '" + note.text() + "', the database "
                                    + (expected == null ? "none" : "'" + expected + "'"));
                        }
                    }
                    if (stageOnScreens) {
                        int expectedPhase = phase.equals("OPEN") ? -1 : Phase.valueOf(phase).ordinal();
                        if (state.phase() != expectedPhase) {
                            problems.add(screen + " shows phase " + state.phase() + ", the database " + phase);
                        }
                        if (!Objects.equals(state.spotlight(), spotlight)) {
                            problems.add(screen + " shows spotlight '" + state.spotlight() + "', the database '"
                                    + spotlight + "'");
                        }
                        if (!state.agreements().equals(agreements)) {
                            problems.add(screen + " shows " + state.agreements().size() + " agreements, the database "
                                    + agreements.size());
                        }
                    }
                }
                // No note written in silence reached another tablet before its reveal.
                for (BoardScript.Event e : mine) {
                    if (!e.kind().equals(BoardScript.REVEAL)) {
                        continue;
                    }
                    for (ScreenClient screen : tablets.get(board.index())) {
                        for (int i = 0; i < e.texts().size(); i++) {
                            long arrived = sink.arrival(screen, e.texts().get(i));
                            if (e.authors().get(i) != screen.seat && arrived >= 0 && arrived < e.sentNanos()) {
                                problems.add(screen + " showed silent note '" + e.texts().get(i)
                                        + "' before the reveal");
                            }
                        }
                    }
                }
            }
        }
        if (ledger.unknownArrivals() > 0) {
            problems.add(ledger.unknownArrivals() + " note texts arrived that the generator never sent");
        }
        if (!stageOnScreens) {
            log.warn("No screen showed the stage panel (phase, spotlight, agreements): they were checked in the"
                    + " database only");
        }
        return problems.size() == before && problems.stream().noneMatch(p -> p.startsWith("Board "));
    }

    /**
     * The screen shows exactly the board's notes, each once, none invented, in the order they became
     * visible to it: for the facilitator and a note's author when it was placed; for the other tablets
     * a note written in silence when it was revealed. Notes in one message may come in any order.
     */
    private static void checkNotes(
            ScreenClient screen,
            List<StoredNote> notes,
            Map<String, StoredNote> byText,
            NoteLedger ledger,
            List<String> problems) {
        List<ScreenClient.Seen> seen = new ArrayList<>(screen.seen());
        seen.sort(ScreenClient.Seen.SERVER_ORDER);
        Set<String> shown = new HashSet<>();
        List<ScreenClient.Seen> first = new ArrayList<>();
        for (ScreenClient.Seen s : seen) {
            if (shown.add(s.text())) {
                first.add(s);
            }
        }
        Set<String> stored = new HashSet<>();
        notes.forEach(n -> stored.add(n.text()));
        if (!shown.equals(stored)) {
            Set<String> missing = new HashSet<>(stored);
            missing.removeAll(shown);
            Set<String> extra = new HashSet<>(shown);
            extra.removeAll(stored);
            problems.add("Board " + screen.board + ": " + screen + " differs from the database: " + missing.size()
                    + " missing, " + extra.size() + " not in the database");
            return;
        }
        long before = -1;
        long maxOfEarlier = -1;
        int syncId = Integer.MIN_VALUE;
        for (ScreenClient.Seen s : first) {
            StoredNote note = byText.get(s.text());
            NoteLedger.Note sent = ledger.notes().get(s.text());
            boolean own = sent != null && sent.author() == screen.seat;
            long visible = screen.seat < 0 || own ? note.createdSeq() : note.visibleToAllSeq();
            if (s.syncId() != syncId) {
                before = maxOfEarlier;
                syncId = s.syncId();
            }
            if (visible < before) {
                problems.add("Board " + screen.board + ": " + screen + " showed '" + s.text()
                        + "' after a note that became visible later");
                return;
            }
            maxOfEarlier = Math.max(maxOfEarlier, visible);
        }
    }

    private static String differences(Map<String, Integer> expected, Map<String, Integer> shown) {
        List<String> diffs = new ArrayList<>();
        Set<String> texts = new HashSet<>(expected.keySet());
        texts.addAll(shown.keySet());
        for (String text : texts) {
            int e = expected.getOrDefault(text, 0);
            int s = shown.getOrDefault(text, 0);
            if (e != s) {
                diffs.add("'" + text + "' " + s + " (database " + e + ")");
            }
        }
        return String.join(", ", diffs.subList(0, Math.min(3, diffs.size())));
    }

    private static long generatorCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return 0;
    }
}
