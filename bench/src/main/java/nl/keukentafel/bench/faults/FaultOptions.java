package nl.keukentafel.bench.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Command-line options of {@link FaultSuite}; see bench/README.md ("Fault suite"). */
record FaultOptions(
        List<Fault> faults,
        int boards,
        int participants,
        double notesPerSecondPerBoard,
        int warmupSeconds,
        int afterSeconds,
        int proxiedPerBoard,
        int twinsPerBoard,
        int closeBoards,
        Duration postgresDown,
        Duration recoveryTimeout,
        String appXmx,
        Path jar,
        Path results,
        int basePort,
        int connectParallelism) {

    static final String DEFAULT_FAULTS =
            "kill-node,stop-postgres,kill-listen,cut-5s,cut-30s,cut-6m,duplicates,close-board";

    static final String USAGE = """
            bench/faults.sh [options]
              --faults LIST            faults, in this order (default: %s);
                                       cut-<n>s / cut-<n>m cuts the proxied tablets for that long
              --boards 10              live boards per round
              --participants 30        tablets (participants) per board
              --rate 1                 notes per second per board (from a random tablet of the board)
              --warmup 10              seconds of load before the fault
              --after 10               seconds of load after the screens recovered
              --proxied 2              tablets per board behind the cuttable proxy (cut rounds)
              --twins 20               participants per board with a second session (duplicates round)
              --close-boards 2         boards closed by their facilitator (close-board round)
              --pg-down 10             seconds PostgreSQL stays down (stop-postgres round)
              --recovery-timeout 300   seconds to wait for every screen to show the database again
              --app-xmx 1g             heap of each app process
              --jar PATH               production jar (default target/keukentafel-0.1.0-SNAPSHOT.jar)
              --results DIR            output directory (default bench/results/faults)
              --port 18180             port of app node 1 (node 2 uses port + 1)
              --connect-parallelism 8  tablets connecting at the same time
            """.formatted(DEFAULT_FAULTS);

    static FaultOptions parse(String[] args) {
        String faults = DEFAULT_FAULTS;
        int boards = 10;
        int participants = 30;
        double rate = 1;
        int warmup = 10;
        int after = 10;
        int proxied = 2;
        int twins = 20;
        int closeBoards = 2;
        int pgDown = 10;
        int recoveryTimeout = 300;
        String xmx = "1g";
        Path jar = Path.of("target/keukentafel-0.1.0-SNAPSHOT.jar");
        Path results = Path.of("bench/results/faults");
        int port = 18180;
        int parallelism = 8;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("Missing value for " + name + "\n" + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--faults" -> faults = value;
                case "--boards" -> boards = Integer.parseInt(value);
                case "--participants" -> participants = Integer.parseInt(value);
                case "--rate" -> rate = Double.parseDouble(value);
                case "--warmup" -> warmup = Integer.parseInt(value);
                case "--after" -> after = Integer.parseInt(value);
                case "--proxied" -> proxied = Integer.parseInt(value);
                case "--twins" -> twins = Integer.parseInt(value);
                case "--close-boards" -> closeBoards = Integer.parseInt(value);
                case "--pg-down" -> pgDown = Integer.parseInt(value);
                case "--recovery-timeout" -> recoveryTimeout = Integer.parseInt(value);
                case "--app-xmx" -> xmx = value;
                case "--jar" -> jar = Path.of(value);
                case "--results" -> results = Path.of(value);
                case "--port" -> port = Integer.parseInt(value);
                case "--connect-parallelism" -> parallelism = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("Unknown option " + name + "\n" + USAGE);
            }
        }
        if (participants < 4 || boards < 1 || rate <= 0 || proxied < 1 || twins < 1 || closeBoards < 1) {
            throw new IllegalArgumentException(
                    "Need boards >= 1, participants >= 4, rate > 0, proxied, twins and close-boards >= 1\n" + USAGE);
        }
        // At most every tablet of a board, at most every board.
        proxied = Math.min(proxied, participants);
        twins = Math.min(twins, participants);
        closeBoards = Math.min(closeBoards, boards);
        List<Fault> chosen = new ArrayList<>();
        for (String fault : Arrays.stream(value(faults))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList()) {
            chosen.add(Fault.parse(fault.toLowerCase(Locale.ROOT)));
        }
        return new FaultOptions(
                List.copyOf(chosen),
                boards,
                participants,
                rate,
                warmup,
                after,
                proxied,
                twins,
                closeBoards,
                Duration.ofSeconds(pgDown),
                Duration.ofSeconds(recoveryTimeout),
                xmx,
                jar,
                results,
                port,
                parallelism);
    }

    private static String[] value(String list) {
        return list.split(",");
    }
}
