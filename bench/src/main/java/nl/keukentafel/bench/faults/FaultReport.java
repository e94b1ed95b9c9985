package nl.keukentafel.bench.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.keukentafel.bench.BenchMachine;

/** Writes bench/results/faults: faults.json (everything) and faults.md (the table and each fault). */
final class FaultReport {

    private FaultReport() {}

    static void write(FaultOptions options, List<FaultResult> results, long tookNanos, boolean complete) {
        try {
            Path dir = options.results();
            Files.createDirectories(dir);
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("benchmark", "fault suite: nothing lost, duplicated or misordered under faults (issue 14)");
            document.put("date", Instant.now().toString());
            document.put("complete", complete);
            document.put("runTimeMin", Math.round(tookNanos / 6e9) / 10.0);
            document.put("machine", machine());
            document.put("options", optionsMap(options));
            document.put("passed", complete && results.stream().allMatch(FaultResult::passed));
            document.put("faults", results);
            BenchMachine.JSON.writeValue(dir.resolve("faults.json").toFile(), document);
            Files.writeString(dir.resolve("faults.md"), markdown(options, results, tookNanos, complete));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> machine() throws IOException {
        Map<String, Object> machine = BenchMachine.describe();
        machine.put("jvm", BenchMachine.jvm());
        BenchMachine.putGit(machine);
        machine.put("builtFrom", System.getProperty("bench.builtFrom", "unknown"));
        machine.put("database", "embedded PostgreSQL 17 (zonky), fsync on, synchronous_commit on");
        return machine;
    }

    private static Map<String, Object> optionsMap(FaultOptions options) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("faults", options.faults().stream().map(Fault::name).toList());
        map.put("nodes", 2);
        map.put("boards", options.boards());
        map.put("participantsPerBoard", options.participants());
        map.put("notesPerSecondPerBoard", options.notesPerSecondPerBoard());
        map.put("warmupSeconds", options.warmupSeconds());
        map.put("afterSeconds", options.afterSeconds());
        map.put("proxiedTabletsPerBoard", options.proxiedPerBoard());
        map.put("twinsPerBoard", options.twinsPerBoard());
        map.put("closedBoards", options.closeBoards());
        map.put("postgresDownSeconds", options.postgresDown().toSeconds());
        map.put("recoveryTimeoutSeconds", options.recoveryTimeout().toSeconds());
        map.put("appXmx", options.appXmx());
        map.put("probePeriodMs", FaultRound.PROBE_PERIOD.toMillis());
        map.put("probeGraceMs", FaultRound.GRACE.toMillis());
        return map;
    }

    private static String markdown(FaultOptions options, List<FaultResult> results, long tookNanos, boolean complete)
            throws IOException {
        Map<String, Object> machine = machine();
        List<String> md = new ArrayList<>();
        md.add("# Fault suite: nothing lost, duplicated or misordered under faults (issue 14)");
        md.add("");
        md.add(String.format(
                Locale.ROOT,
                "%s, commit `%s`%s, built from %s; %d cores (%s); run time %.1f min%s.",
                Instant.now().toString().substring(0, 16).replace('T', ' ') + " UTC",
                machine.get("gitCommit"),
                "true".equals(machine.get("gitDirty")) ? " (working tree had changes)" : "",
                machine.get("builtFrom"),
                (Integer) machine.get("nproc"),
                machine.get("cpuModel"),
                tookNanos / 6e10,
                complete ? "" : " (so far: the suite is still running or stopped early)"));
        md.add("");
        md.add(String.format(
                Locale.ROOT,
                "Two app nodes (production jar, `-Xmx%s`) on one embedded PostgreSQL 17; per round %d fresh live"
                        + " boards x %d protocol-level tablets (every tablet a real HTTP session, server-side UI and"
                        + " push WebSocket), tablet *i* on node *i mod 2*, %.1f notes per second per board from random"
                        + " tablets; %d s of load, the fault, then %d s of load after every screen showed the database"
                        + " again. Target per fault: **0 / 0 / 0** lost / duplicated / misordered.",
                options.appXmx(),
                options.boards(),
                options.participants(),
                options.notesPerSecondPerBoard(),
                options.warmupSeconds(),
                options.afterSeconds()));
        md.add("");
        md.add("| fault | lost | duplicated | misordered | every screen shows the database again | longest note to"
                + " last screen | what a resident saw | passed |");
        md.add("|---|---:|---:|---:|---|---:|---|---|");
        for (FaultResult r : results) {
            md.add(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %d | %s | %.1f s | %s | %s |",
                    r.fault(),
                    r.lost(),
                    r.duplicated(),
                    r.misordered(),
                    recovery(r),
                    r.longestNoteToLastScreenS(),
                    r.residentSummary().replace("|", "/"),
                    r.passed() ? "yes" : "**no**"));
        }
        md.add("");
        md.add("*Recovery* is the time from the fault's start (and, in brackets, from its end: node ready again,"
                + " PostgreSQL accepting connections, connection restored) until the last moment at which a"
                + " probe found a screen that lacked a note the database had held for more than "
                + FaultRound.GRACE.toMillis() + " ms, a note that had waited in a tablet's outbox for more than "
                + FaultRound.GRACE.toMillis() + " ms, or a screen of a closed board not saying it is closed. The"
                + " probe reads the database every " + FaultRound.PROBE_PERIOD.toMillis() + " ms, so a recovery"
                + " shorter than about " + (FaultRound.GRACE.toMillis() + FaultRound.PROBE_PERIOD.toMillis()) / 1000.0
                + " s shows as 0. *Longest note to last screen* is, over the notes placed from "
                + FaultRound.LEAD.toSeconds() + " s before the fault on, the longest time from placing a note (into"
                + " the tablet's outbox) until the last other screen of its board showed it.");
        for (FaultResult r : results) {
            md.add("");
            md.add("## " + r.fault());
            md.add("");
            md.add(r.description() + ".");
            md.add("");
            md.add("* **Result:** " + r.headline() + ".");
            md.add("* **What residents saw:** " + r.residentSummary());
            md.add("* **Fault:** " + r.injection());
            md.add("* **Notes:** " + r.notes());
            md.add("* **Check:** " + r.check());
            md.add("* **Probe:** " + r.probe());
            md.add("* **Note to screen (ms, every note on every other screen, the fault included):** "
                    + r.noteToScreenMs());
            md.add("* **Tablets:** " + r.residentsSaw());
            if (!r.problems().isEmpty()) {
                md.add("* **Problems:**");
                r.problems().forEach(p -> md.add("  * " + p));
            }
            if (!r.examples().isEmpty()) {
                md.add("* **Examples from the check:**");
                r.examples().forEach(e -> md.add("  * " + e));
            }
            if (!r.appLog().isEmpty()) {
                md.add("* **App log (warnings and errors during the round, by count):**");
                r.appLog().forEach(line -> md.add("  * `" + line.replace("`", "'") + "`"));
            }
        }
        md.add("");
        return String.join("\n", md);
    }

    private static String recovery(FaultResult r) {
        if (!r.recoveredWithinTimeout()) {
            return "**not within the timeout**";
        }
        return String.format(
                Locale.ROOT,
                "%.1f s (%.1f s after the fault ended)",
                r.recoveryAfterFaultBeganS(),
                r.recoveryAfterFaultEndedS());
    }
}
