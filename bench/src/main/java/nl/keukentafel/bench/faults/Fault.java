package nl.keukentafel.bench.faults;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.keukentafel.bench.BenchDatabase;

/** One fault of the suite: what it does to the running system, and when it began and ended. */
sealed interface Fault {

    /** When the fault began and when it was repaired (equal for a fault that is a single act). */
    record Injection(long startNanos, long endNanos, Map<String, Object> details) {}

    /**
     * The fault's name on the command line (--faults) and in the results: kept here, next to
     * {@link #parse}, so that a name and the fault it parses to are written down together.
     */
    default String name() {
        return switch (this) {
            case KillNode _ -> "kill-node";
            case StopPostgres _ -> "stop-postgres";
            case KillListen _ -> "kill-listen";
            case CutTablets cut -> "cut-" + inUnits(cut.length(), "m", "s");
            case DuplicateSends _ -> "duplicates";
            case CloseBoards _ -> "close-board";
        };
    }

    String description(FaultOptions options);

    /** Whether some tablets of each board reach their node through the cuttable proxy. */
    default boolean proxied() {
        return false;
    }

    /** Whether some participants have a second session that sends every note again. */
    default boolean twins() {
        return false;
    }

    /** Does the damage while the load runs; returns once the fault has been repaired. */
    Injection inject(FaultRound round) throws Exception;

    static Fault parse(String name) {
        Matcher cut = Pattern.compile("cut-(\\d+)([sm])").matcher(name);
        if (cut.matches()) {
            long amount = Long.parseLong(cut.group(1));
            return new CutTablets(cut.group(2).equals("m") ? Duration.ofMinutes(amount) : Duration.ofSeconds(amount));
        }
        return switch (name) {
            case "kill-node" -> new KillNode();
            case "stop-postgres" -> new StopPostgres();
            case "kill-listen" -> new KillListen();
            case "duplicates" -> new DuplicateSends();
            case "close-board" -> new CloseBoards();
            default -> throw new IllegalArgumentException("Unknown fault '" + name + "'\n" + FaultOptions.USAGE);
        };
    }

    /** Whole minutes in minutes, anything else in seconds: "6m" / "30s" in a name, "6 min" / "30 s" in prose. */
    private static String inUnits(Duration length, String minutes, String seconds) {
        long s = length.toSeconds();
        return s % 60 == 0 && s >= 60 ? s / 60 + minutes : s + seconds;
    }

    /** kill -9 of app node 1, started again at once; its screens move to node 2 (as a browser would). */
    record KillNode() implements Fault {

        @Override
        public String description(FaultOptions options) {
            return "kill -9 (SIGKILL) of app node 1 of 2, started again at once; its tablets, finding it gone, "
                    + "load the board again from node 2 (as a browser behind a load balancer)";
        }

        @Override
        public Injection inject(FaultRound round) throws Exception {
            long start = System.nanoTime();
            round.suite().killNode(0);
            long killed = System.nanoTime();
            round.suite().startNode(0, "restart");
            long ready = System.nanoTime();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("killTookMs", FaultRound.millis(killed - start));
            details.put("nodeReadyAgainAfterS", FaultRound.seconds(ready - start));
            return new Injection(start, ready, details);
        }
    }

    /** pg_ctl stop -m immediate (SIGQUIT) of the embedded PostgreSQL, down for a while, then started again. */
    record StopPostgres() implements Fault {

        @Override
        public String description(FaultOptions options) {
            return "PostgreSQL stopped immediately (what pg_ctl stop -m immediate does: SIGQUIT to the postmaster), "
                    + "left down " + options.postgresDown().toSeconds()
                    + " s, started again (crash recovery from the WAL)";
        }

        @Override
        public Injection inject(FaultRound round) throws Exception {
            long start = System.nanoTime();
            round.suite().postgres().stopImmediately();
            long stopped = System.nanoTime();
            Thread.sleep(round.options().postgresDown().toMillis());
            long starting = System.nanoTime();
            round.suite().postgres().start(Duration.ofSeconds(60));
            long up = System.nanoTime();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("stopTookMs", FaultRound.millis(stopped - start));
            details.put("downForS", FaultRound.seconds(up - stopped));
            details.put("startTookMs", FaultRound.millis(up - starting));
            return new Injection(start, up, details);
        }
    }

    /** pg_terminate_backend on every backend that runs LISTEN: each node's notification connection. */
    record KillListen() implements Fault {

        @Override
        public String description(FaultOptions options) {
            return "pg_terminate_backend on the backends running LISTEN (the notification connection of both "
                    + "app nodes)";
        }

        @Override
        public Injection inject(FaultRound round) throws Exception {
            int before = round.suite().postgres().listeners();
            long start = System.nanoTime();
            int terminated = round.suite().postgres().terminateListeners();
            long end = System.nanoTime();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("listenersBefore", before);
            details.put("terminated", terminated);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int after = 0;
            while (System.nanoTime() < deadline
                    && (after = round.suite().postgres().listeners()) < before) {
                Thread.sleep(100);
            }
            details.put("listenersAgain", after);
            details.put("listenersBackAfterMs", FaultRound.millis(System.nanoTime() - end));
            return new Injection(start, end, details);
        }
    }

    /** The proxied tablets lose their connection for a while (Wi-Fi gone), then have it back. */
    record CutTablets(Duration length) implements Fault {

        @Override
        public String description(FaultOptions options) {
            return "the connection of " + options.proxiedPerBoard() + " tablets per board ("
                    + options.proxiedPerBoard() * options.boards() + " in all) cut for "
                    + inUnits(length, " min", " s")
                    + " by the proxy between them and their node: their side reset, the node's side kept open "
                    + "and swallowed, new connections refused";
        }

        @Override
        public boolean proxied() {
            return true;
        }

        @Override
        public Injection inject(FaultRound round) throws Exception {
            long start = System.nanoTime();
            round.suite().proxies().forEach(TcpProxy::cut);
            Thread.sleep(length.toMillis());
            round.suite().proxies().forEach(TcpProxy::restore);
            long end = System.nanoTime();
            return new Injection(start, end, Map.of("cutForS", FaultRound.seconds(end - start)));
        }
    }

    /** Every note sent twice with the same id: again by a second session of the same participant. */
    record DuplicateSends() implements Fault {

        @Override
        public String description(FaultOptions options) {
            return "every note sent twice with the same id: once by the tablet, once more 0-150 ms later by a "
                    + "second session of the same participant on the other node (as a second tab or a resend "
                    + "after a lost answer); " + options.twinsPerBoard() + " writing participants per board";
        }

        @Override
        public boolean twins() {
            return true;
        }

        @Override
        public Injection inject(FaultRound round) {
            long now = System.nanoTime();
            return new Injection(now, now, Map.of());
        }
    }

    /** Boards closed by their facilitator through the board screen, while notes are being written. */
    record CloseBoards() implements Fault {

        @Override
        public String description(FaultOptions options) {
            return options.closeBoards() + " boards closed by their facilitator (login, board, \"Gesprek afsluiten\", "
                    + "confirm) on alternating nodes, each in the middle of a burst of notes (one every 50 ms from "
                    + "random tablets of that board for 2 s)";
        }

        @Override
        public Injection inject(FaultRound round) throws Exception {
            Map<String, Object> details = new LinkedHashMap<>();
            long start = 0;
            for (int i = 0; i < round.options().closeBoards(); i++) {
                BenchDatabase.Board board = round.boards().get(i);
                FacilitatorScreen facilitator = round.suite().facilitator(i % 2 == 0 ? 1 : 0);
                int closeButton = facilitator.openBoard(board.conversationId());
                Thread burst = round.burst(board.index(), Duration.ofSeconds(2), Duration.ofMillis(50));
                Thread.sleep(1000);
                long clicked = System.nanoTime();
                facilitator.close(closeButton);
                long confirmed = System.nanoTime();
                round.closed(board.index(), clicked);
                if (start == 0) {
                    start = clicked;
                }
                burst.join();
                details.put(
                        "board" + board.index(),
                        "closed on node " + (i % 2 == 0 ? 2 : 1) + ", confirm answered in "
                                + FaultRound.millis(confirmed - clicked) + " ms");
                Thread.sleep(2000);
            }
            return new Injection(start, System.nanoTime(), details);
        }
    }
}
