package nl.keukentafel.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.keukentafel.conversation.Phase;

/**
 * The facilitation scenario's figures: for every measured action, when each screen of its board
 * showed it, summed up per kind of action (p50/p95/p99/max over every screen, and over the last
 * screen of each action), beside the notes written meanwhile. Writes facilitation.json (everything),
 * facilitation.md (the table) and facilitation-events.csv (one line per measured action).
 */
final class FacilitationFigures {

    private static final List<String> KINDS = List.of(
            BoardScript.REVEAL,
            BoardScript.VOTE,
            BoardScript.PHASE,
            BoardScript.SPOTLIGHT,
            BoardScript.GROUP,
            BoardScript.AGREEMENT);

    private final FacilitationBench.Options options;
    private final Map<Integer, List<ScreenClient>> tablets;
    private final Map<Integer, ScreenClient> facilitators;
    private final Map<ScreenClient, ScreenState> states;
    private final FacilitationSink sink;
    private final NoteLedger ledger;
    private final List<BoardScript.Event> events;
    private final List<String> problems;
    private final Map<String, Integer> voteRank;
    private final boolean stageOnScreens;
    private final Map<String, Kind> kinds = new LinkedHashMap<>();
    private final List<String> lines = new ArrayList<>();
    private final Instant startedAt = Instant.now();
    private final long nanosAtStart = System.nanoTime();

    /** The samples of one kind of action. */
    private static final class Kind {
        final NoteLedger.Samples everyScreen = new NoteLedger.Samples();
        final NoteLedger.Samples lastScreen = new NoteLedger.Samples();
        final NoteLedger.Samples facilitator = new NoteLedger.Samples();
        final NoteLedger.Samples tablets = new NoteLedger.Samples();
        final NoteLedger.Samples service = new NoteLedger.Samples();
        int events;
        long missing;
    }

    FacilitationFigures(
            FacilitationBench.Options options,
            Map<Integer, List<ScreenClient>> tablets,
            Map<Integer, ScreenClient> facilitators,
            Map<ScreenClient, ScreenState> states,
            FacilitationSink sink,
            NoteLedger ledger,
            List<BoardScript.Event> events,
            List<String> problems,
            Map<String, Integer> voteRank) {
        this.options = options;
        this.tablets = tablets;
        this.facilitators = facilitators;
        this.states = states;
        this.sink = sink;
        this.ledger = ledger;
        this.events = events;
        this.problems = problems;
        this.voteRank = voteRank;
        this.stageOnScreens = states.values().stream().anyMatch(ScreenState::showsStage);
        KINDS.forEach(k -> kinds.put(k, new Kind()));
        lines.add("kind,board,round,sent_utc,service_ms,screens,showed,first_screen_ms,last_screen_ms");
        List<BoardScript.Event> measured;
        synchronized (events) {
            measured = events.stream()
                    .filter(BoardScript.Event::measured)
                    .sorted(java.util.Comparator.comparingLong(BoardScript.Event::sentNanos))
                    .toList();
        }
        measured.forEach(this::measure);
    }

    private void measure(BoardScript.Event e) {
        Kind kind = kinds.get(e.kind());
        kind.events++;
        kind.service.add(e.answeredNanos() - e.sentNanos());
        List<ScreenClient> screens = new ArrayList<>();
        ScreenClient facilitator = facilitators.get(e.board());
        boolean stage = e.kind().equals(BoardScript.PHASE)
                || e.kind().equals(BoardScript.SPOTLIGHT)
                || e.kind().equals(BoardScript.AGREEMENT);
        switch (e.kind()) {
            // The facilitator's board had the silent notes all along: the reveal is for the tablets.
            case BoardScript.REVEAL -> screens.addAll(tablets.get(e.board()));
            case BoardScript.VOTE -> {
                screens.add(facilitator);
                if (options.votesRevealed()) {
                    screens.addAll(tablets.get(e.board()));
                }
            }
            default -> {
                screens.add(facilitator);
                screens.addAll(tablets.get(e.board()));
            }
        }
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int showed = 0;
        for (ScreenClient screen : screens) {
            long at = arrival(e, screen);
            if (at < 0) {
                if (!stage || stageOnScreens) {
                    kind.missing++;
                }
                continue;
            }
            long latency = at - e.sentNanos();
            showed++;
            kind.everyScreen.add(latency);
            (screen.seat < 0 ? kind.facilitator : kind.tablets).add(latency);
            first = Math.min(first, latency);
            last = Math.max(last, latency);
        }
        if (showed == screens.size()) {
            kind.lastScreen.add(last);
        }
        lines.add(String.join(
                ",",
                e.kind(),
                Integer.toString(e.board()),
                Integer.toString(e.round()),
                startedAt.plusNanos(e.sentNanos() - nanosAtStart).toString(),
                ms(e.answeredNanos() - e.sentNanos()),
                Integer.toString(screens.size()),
                Integer.toString(showed),
                showed == 0 ? "" : ms(first),
                showed == 0 ? "" : ms(last)));
    }

    /** When the screen showed the action; -1 if it never did. */
    private long arrival(BoardScript.Event e, ScreenClient screen) {
        ScreenState state = states.get(screen);
        return switch (e.kind()) {
            case BoardScript.PHASE -> state.phaseShown(Phase.valueOf(e.subject()).ordinal(), e.sentNanos());
            case BoardScript.SPOTLIGHT -> state.spotlightShown(e.subject(), e.sentNanos());
            case BoardScript.AGREEMENT -> state.agreementShown(e.subject());
            case BoardScript.GROUP -> state.groupShown(e.subject(), e.detail(), e.sentNanos());
            case BoardScript.VOTE -> {
                Integer rank = voteRank.get(e.detail());
                yield rank == null ? -1 : state.votesReached(rank);
            }
            case BoardScript.REVEAL -> {
                long latest = -1;
                for (int i = 0; i < e.texts().size(); i++) {
                    if (e.authors().get(i) == screen.seat) {
                        continue;
                    }
                    long at = sink.arrival(screen, e.texts().get(i));
                    if (at < 0) {
                        yield -1;
                    }
                    latest = Math.max(latest, at);
                }
                yield latest;
            }
            default -> -1;
        };
    }

    Map<String, Object> document(List<Map<String, Object>> rounds, boolean nothingLost) throws IOException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("benchmark", "facilitation: a whole conversation's facilitation on every screen (issue 16)");
        document.put("date", Instant.now().toString());
        Map<String, Object> machine = BenchMachine.describe();
        machine.put("generatorJvm", BenchMachine.jvm());
        BenchMachine.putGit(machine);
        machine.put("database", "embedded PostgreSQL 17 (zonky), fsync on");
        document.put("machine", machine);
        Map<String, Object> opts = new LinkedHashMap<>();
        opts.put("boards", options.boards());
        opts.put("participantsPerBoard", options.participants());
        opts.put("participants", options.boards() * options.participants());
        opts.put("screensPerBoard", options.participants() + 1);
        opts.put("rounds", options.rounds());
        opts.put("warmupRounds", options.warmupRounds());
        opts.put("startSpreadSeconds", options.startSpreadSeconds());
        opts.put("notesPerSecondPerBoardWhileWriting", options.rate());
        opts.put("votesRevealed", options.votesRevealed());
        opts.put("appXmx", options.appXmx());
        opts.put("appGc", LiveBoardBenchmark.PRODUCTION_GC);
        document.put("options", opts);
        document.put("rounds", rounds);
        document.put("stagePanelOnScreens", stageOnScreens);
        Map<String, Object> figures = new LinkedHashMap<>();
        kinds.forEach((name, kind) -> figures.put(name, summary(kind)));
        Map<String, Object> notes = new LinkedHashMap<>();
        notes.put("samples", ledger.all().size());
        notes.put("p50Ms", ledger.all().percentileMillis(50));
        notes.put("p95Ms", ledger.all().percentileMillis(95));
        notes.put("p99Ms", ledger.all().percentileMillis(99));
        notes.put("maxMs", ledger.all().percentileMillis(100));
        notes.put("savedAnswerP50Ms", ledger.saved().percentileMillis(50));
        notes.put("savedAnswerP99Ms", ledger.saved().percentileMillis(99));
        figures.put("note", notes);
        document.put("figures", figures);
        document.put("nothingLost", nothingLost);
        List<String> first;
        synchronized (problems) {
            first = new ArrayList<>(problems.subList(0, Math.min(50, problems.size())));
            if (problems.size() > 50) {
                first.add("... and " + (problems.size() - 50) + " more");
            }
        }
        document.put("problems", first);
        return document;
    }

    private static Map<String, Object> summary(Kind kind) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("actions", kind.events);
        s.put("samples", kind.everyScreen.size());
        s.put("missing", kind.missing);
        s.put("p50Ms", kind.everyScreen.percentileMillis(50));
        s.put("p95Ms", kind.everyScreen.percentileMillis(95));
        s.put("p99Ms", kind.everyScreen.percentileMillis(99));
        s.put("maxMs", kind.everyScreen.percentileMillis(100));
        s.put("lastScreenP50Ms", kind.lastScreen.percentileMillis(50));
        s.put("lastScreenP95Ms", kind.lastScreen.percentileMillis(95));
        s.put("lastScreenMaxMs", kind.lastScreen.percentileMillis(100));
        s.put("facilitatorP50Ms", kind.facilitator.percentileMillis(50));
        s.put("facilitatorP95Ms", kind.facilitator.percentileMillis(95));
        s.put("facilitatorMaxMs", kind.facilitator.percentileMillis(100));
        s.put("tabletsP50Ms", kind.tablets.percentileMillis(50));
        s.put("tabletsP95Ms", kind.tablets.percentileMillis(95));
        s.put("serviceP50Ms", kind.service.percentileMillis(50));
        s.put("serviceP95Ms", kind.service.percentileMillis(95));
        return s;
    }

    List<String> eventLines() {
        return lines;
    }

    @SuppressWarnings("unchecked")
    static void write(Path dir, Map<String, Object> document, List<String> eventLines) throws IOException {
        Files.createDirectories(dir);
        BenchMachine.JSON.writeValue(dir.resolve("facilitation.json").toFile(), document);
        Files.write(dir.resolve("facilitation-events.csv"), eventLines);
        Map<String, Object> options = (Map<String, Object>) document.get("options");
        Map<String, Object> machine = (Map<String, Object>) document.get("machine");
        Map<String, Object> figures = (Map<String, Object>) document.get("figures");
        StringBuilder md = new StringBuilder();
        md.append("# Facilitation on every screen\n\n");
        md.append("`bench/facilitation.sh` on ").append(document.get("date")).append(", commit ")
                .append(machine.get("gitCommit")).append("true".equals(String.valueOf(machine.get("gitDirty"))) ? " (tree dirty)" : "")
                .append(". ").append(options.get("boards")).append(" boards x ")
                .append(options.get("participantsPerBoard")).append(" tablets = **")
                .append(options.get("participants")).append(" participants**, plus one facilitator's board per board; ")
                .append(options.get("rounds")).append(" conversations per board, the first ")
                .append(options.get("warmupRounds")).append(" not measured; counts of dots ")
                .append(Boolean.TRUE.equals(options.get("votesRevealed")) ? "shown to the table" : "for the facilitator only")
                .append(". Machine: ").append(machine.get("nproc")).append(" cores, ").append(machine.get("cpuModel"))
                .append(".\n\n");
        md.append("Latency = from just before the action was sent to the moment each screen had it (ms). ")
                .append("\"every screen\": one sample per action per screen of its board; \"last screen\": one per action, ")
                .append("its slowest screen.\n\n");
        md.append("| action | actions | samples | p50 | p95 | p99 | max | last screen p50 / p95 / max | facilitator's board p50 / p95 | service call p50 | not shown |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---|---|---:|---:|\n");
        for (String name : KINDS) {
            Map<String, Object> s = (Map<String, Object>) figures.get(name);
            md.append("| ").append(name).append(" | ").append(s.get("actions")).append(" | ").append(s.get("samples"))
                    .append(" | ").append(f(s.get("p50Ms"))).append(" | ").append(f(s.get("p95Ms")))
                    .append(" | ").append(f(s.get("p99Ms"))).append(" | ").append(f(s.get("maxMs")))
                    .append(" | ").append(f(s.get("lastScreenP50Ms"))).append(" / ").append(f(s.get("lastScreenP95Ms")))
                    .append(" / ").append(f(s.get("lastScreenMaxMs")))
                    .append(" | ").append(f(s.get("facilitatorP50Ms"))).append(" / ").append(f(s.get("facilitatorP95Ms")))
                    .append(" | ").append(f(s.get("serviceP50Ms"))).append(" | ").append(s.get("missing")).append(" |\n");
        }
        Map<String, Object> notes = (Map<String, Object>) figures.get("note");
        md.append("| note (written meanwhile) | | ").append(notes.get("samples")).append(" | ")
                .append(f(notes.get("p50Ms"))).append(" | ").append(f(notes.get("p95Ms"))).append(" | ")
                .append(f(notes.get("p99Ms"))).append(" | ").append(f(notes.get("maxMs")))
                .append(" | | | saved ").append(f(notes.get("savedAnswerP50Ms"))).append(" | |\n\n");
        md.append("Reveal: one sample per tablet = until it showed all 30 revealed notes (its own was there before); ")
                .append("the facilitator's board had them all along. Vote: until the screen's cards showed as many dots as ")
                .append("the database had after that dot.\n\n");
        if (!Boolean.TRUE.equals(document.get("stagePanelOnScreens"))) {
            md.append("**No screen of this build shows the stage panel**, so phase changes, the spotlight and agreements ")
                    .append("reach no screen as something visible (the server still takes their sequence numbers, ")
                    .append("notifies, refreshes and renders every screen); they were checked in the database only.\n\n");
        }
        md.append("Rounds:\n\n| round | measured | seconds | app CPU % of 1 core | generator CPU % of 1 core | machine busy % |\n")
                .append("|---|---|---:|---:|---:|---:|\n");
        for (Map<String, Object> r : (List<Map<String, Object>>) document.get("rounds")) {
            md.append("| ").append(r.get("round")).append(" | ").append(r.get("measured")).append(" | ")
                    .append(f(r.get("seconds"))).append(" | ").append(f(r.get("appCpuPercentOfOneCore"))).append(" | ")
                    .append(f(r.get("generatorCpuPercentOfOneCore"))).append(" | ")
                    .append(f(r.get("machineBusyPercent"))).append(" |\n");
        }
        md.append("\nNothing lost: **").append(Boolean.TRUE.equals(document.get("nothingLost")) ? "yes" : "NO")
                .append("**");
        List<String> problems = (List<String>) document.get("problems");
        if (!problems.isEmpty()) {
            md.append("\n\nProblems:\n\n");
            problems.forEach(p -> md.append("- ").append(p).append('\n'));
        }
        md.append('\n');
        Files.writeString(dir.resolve("facilitation.md"), md.toString());
    }

    private static String f(Object value) {
        if (value instanceof Number n && !Double.isNaN(n.doubleValue())) {
            return String.format(Locale.ROOT, "%.1f", n.doubleValue());
        }
        return "–";
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1_000_000.0);
    }
}
