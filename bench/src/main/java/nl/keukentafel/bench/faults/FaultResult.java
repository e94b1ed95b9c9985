package nl.keukentafel.bench.faults;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.keukentafel.bench.NoteLedger;

/**
 * What one fault round measured: the nothing-lost check (lost, duplicated, misordered), the
 * recovery time from the probe, what residents saw, and what the notes went through.
 */
record FaultResult(
        String fault,
        String description,
        int round,
        String startedAt,
        boolean passed,
        int lost,
        int duplicated,
        int misordered,
        Double recoveryAfterFaultBeganS,
        Double recoveryAfterFaultEndedS,
        boolean recoveredWithinTimeout,
        double longestNoteToLastScreenS,
        String residentSummary,
        Map<String, Object> injection,
        Map<String, Object> check,
        Map<String, Object> probe,
        Map<String, Object> notes,
        Map<String, Object> residentsSaw,
        Map<String, Object> noteToScreenMs,
        int connectErrors,
        double drainS,
        List<String> appLog,
        List<String> problems,
        List<String> examples) {

    static FaultResult of(
            Fault fault,
            FaultOptions options,
            int round,
            Instant startedAt,
            long roundStart,
            Fault.Injection injected,
            boolean recovered,
            List<FaultRound.Probe> probes,
            FaultRound.Check check,
            Map<String, Object> notes,
            Map<String, Object> residents,
            NoteLedger ledger,
            int connectErrors,
            double drainS,
            double longestDelayS,
            List<String> appLog,
            List<String> problems) {
        long start = injected.startNanos();
        long end = injected.endNanos();
        long period = FaultRound.PROBE_PERIOD.toNanos();
        int failingBefore = 0;
        int failingAfter = 0;
        long firstFailing = 0;
        long lastFailing = 0;
        int worstBehind = 0;
        int worstWaiting = 0;
        String worstWhy = "";
        for (FaultRound.Probe probe : probes) {
            if (!probe.failing()) {
                continue;
            }
            if (probe.nanos() < start) {
                failingBefore++;
                continue;
            }
            failingAfter++;
            if (firstFailing == 0) {
                firstFailing = probe.nanos();
            }
            lastFailing = probe.nanos();
            if (probe.screensBehind() + probe.notesWaiting() >= worstBehind + worstWaiting) {
                worstBehind = probe.screensBehind();
                worstWaiting = probe.notesWaiting();
                worstWhy = probe.why();
            }
        }
        Double afterBegan = lastFailing == 0 ? 0.0 : FaultRound.seconds(lastFailing + period - start);
        Double afterEnded = lastFailing == 0 ? 0.0 : FaultRound.seconds(Math.max(0, lastFailing + period - end));

        Map<String, Object> faultMap = new LinkedHashMap<>();
        faultMap.put("beganAfterS", FaultRound.seconds(start - roundStart));
        faultMap.put("lastedS", FaultRound.seconds(end - start));
        faultMap.putAll(injected.details());

        Map<String, Object> checkMap = new LinkedHashMap<>();
        checkMap.put("notesInDatabase", check.notesStored());
        checkMap.put("lostSavedButNotInDatabase", check.lostConfirmedNotStored());
        checkMap.put("lostNotOnEveryScreen", check.lostNotOnEveryScreen());
        checkMap.put("missingNotesOverAllScreens", check.missingScreenNotes());
        checkMap.put("lostStillInOutbox", check.lostStuckInOutbox());
        checkMap.put("refusedButOnTheBoard", check.refusedButStored());
        checkMap.put("duplicatedInDatabase", check.duplicatedInDatabase());
        checkMap.put("duplicatedOnScreens", check.duplicatedOnScreens());
        checkMap.put("misordered", check.misordered());
        checkMap.put("shownButNotInDatabase", check.notInDatabaseShown());
        checkMap.put("unknownTextsArrived", check.unknownArrivals());
        checkMap.put("screensDifferingFromDatabaseAtEnd", check.screensDifferingAtEnd());

        Map<String, Object> probeMap = new LinkedHashMap<>();
        probeMap.put("periodMs", FaultRound.PROBE_PERIOD.toMillis());
        probeMap.put("graceMs", FaultRound.GRACE.toMillis());
        probeMap.put("probes", probes.size());
        probeMap.put("failingBeforeFault", failingBefore);
        probeMap.put("failingFromFault", failingAfter);
        probeMap.put(
                "firstFailingAfterFaultBeganS", firstFailing == 0 ? null : FaultRound.seconds(firstFailing - start));
        probeMap.put("worst", worstWhy);

        NoteLedger.Samples samples = ledger.all();
        Map<String, Object> latency = new LinkedHashMap<>();
        latency.put("samples", samples.size());
        latency.put("p50", round(samples.percentileMillis(50)));
        latency.put("p99", round(samples.percentileMillis(99)));
        latency.put("max", round(samples.percentileMillis(100)));

        List<String> allProblems = new ArrayList<>(problems);
        if (!recovered) {
            allProblems.add("Not every screen showed the database within "
                    + options.recoveryTimeout().toSeconds() + " s after the fault ended");
        }
        if (failingBefore > 0) {
            allProblems.add(failingBefore + " probes failed before the fault (screens lagging more than "
                    + FaultRound.GRACE.toMillis() + " ms under normal load)");
        }
        boolean passed = check.lost() == 0
                && check.duplicated() == 0
                && check.misordered() == 0
                && check.notInDatabaseShown() == 0
                && check.refusedButStored() == 0
                && recovered
                && connectErrors == 0;
        return new FaultResult(
                fault.name(),
                fault.description(options),
                round,
                startedAt.toString(),
                passed,
                check.lost(),
                check.duplicated(),
                check.misordered(),
                afterBegan,
                afterEnded,
                recovered,
                longestDelayS,
                residentSummary(residents, notes),
                faultMap,
                checkMap,
                probeMap,
                notes,
                residents,
                latency,
                connectErrors,
                drainS,
                appLog,
                List.copyOf(allProblems),
                check.examples());
    }

    /** What a resident saw, in one paragraph, from the tablets' counts. */
    @SuppressWarnings("unchecked")
    private static String residentSummary(Map<String, Object> residents, Map<String, Object> notes) {
        List<String> parts = new ArrayList<>();
        int tablets = (Integer) residents.get("tablets");
        int lostConnection = (Integer) residents.get("tabletsThatLostTheConnection");
        if (lostConnection > 0) {
            parts.add(String.format(
                    Locale.ROOT,
                    "%d of %d tablets lost the connection (Vaadin's \"reconnecting\" state) for a median %.1f s, at"
                            + " most %.1f s",
                    lostConnection,
                    tablets,
                    (Double) residents.get("reconnectingMedianS"),
                    (Double) residents.get("reconnectingMaxS")));
        } else {
            parts.add("no tablet lost its connection");
        }
        int reloaded = (Integer) residents.get("tabletsThatLoadedThePageAgain");
        if (reloaded > 0) {
            int moved = (Integer) residents.get("tabletsNowOnTheOtherNode");
            parts.add(
                    reloaded + " loaded the board again" + (moved > 0 ? " (" + moved + " now on the other node)" : ""));
        }
        int resynced = (Integer) residents.get("tabletsResynchronized");
        if (resynced > 0) {
            parts.add(resynced + " got the whole board again after a missed update (resynchronization)");
        }
        int waited = (Integer) notes.get("waitedOver1s");
        if (waited > 0) {
            parts.add(String.format(
                    Locale.ROOT,
                    "%d notes showed \"Wordt verstuurd…\" for more than 1 s (at most %.1f s) before they were placed",
                    waited,
                    (Double) notes.get("longestWaitS")));
        }
        int serverErrors = (Integer) notes.get("serverErrorsRetried");
        if (serverErrors > 0) {
            parts.add(serverErrors + " sends failed on the server and were retried by the outbox after 3 s");
        }
        int errorTablets = (Integer) residents.get("tabletsShowingErrorNotice");
        if (errorTablets > 0) {
            parts.add(errorTablets + " tablets showed the notice \"Er ging iets mis. Uw gegevens zijn niet kwijt."
                    + " …\"");
        }
        Map<String, Integer> refusals = (Map<String, Integer>) notes.get("refusals");
        if (refusals.isEmpty()) {
            parts.add("no note refused");
        } else {
            refusals.forEach(
                    (message, count) -> parts.add(count + " notes refused with \"Niet geplaatst: " + message + "\""));
        }
        int stillWaiting = (Integer) notes.get("stillWaiting");
        if (stillWaiting > 0) {
            parts.add(stillWaiting + " notes still showed \"Wordt verstuurd…\" at the end");
        }
        if (residents.containsKey("closedBoardScreens")) {
            parts.add(String.format(
                    Locale.ROOT,
                    "%d of %d screens of the closed boards showed \"Dit gesprek is gesloten\", the last %.1f s after"
                            + " the close",
                    (Integer) residents.get("closedBoardScreensShowingClosed"),
                    (Integer) residents.get("closedBoardScreens"),
                    (Double) residents.get("lastClosedMessageAfterS")));
        }
        Object secondSends = notes.get("secondSendAnswers");
        if (secondSends != null) {
            parts.add("the second sends were answered " + secondSends);
        }
        return String.join("; ", parts) + ".";
    }

    String headline() {
        return String.format(
                Locale.ROOT,
                "lost %d, duplicated %d, misordered %d; every screen showed the database %.1f s after the fault began"
                        + " (%.1f s after it ended); longest from placing a note to its last screen %.1f s%s",
                lost,
                duplicated,
                misordered,
                recoveryAfterFaultBeganS,
                recoveryAfterFaultEndedS,
                longestNoteToLastScreenS,
                passed ? "" : " - FAILED");
    }

    private static double round(double millis) {
        return Double.isNaN(millis) ? 0 : Math.round(millis * 10) / 10.0;
    }
}
