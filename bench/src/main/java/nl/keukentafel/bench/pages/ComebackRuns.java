package nl.keukentafel.bench.pages;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.keukentafel.bench.BenchMachine;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 15, item 10: how long a joined tablet waits after a reload of {@code /table/CODE} until
 * the board shows its notes and the note form works. One Chromium (Selenium) joins the live demo
 * conversation through the join steps, then reloads the page {@code --reloads} times in each of two
 * ways:
 *
 * <ul>
 *   <li><b>same session</b>: a plain reload; the browser still has its session cookie, so the
 *       server knows the seat from the session;
 *   <li><b>new session</b>: the cookies are deleted first, as after the session ended (the tablet
 *       slept, the browser was closed, the node restarted): the page shows <i>Even geduld</i> and
 *       the seat is found by the secret in the browser's local storage (board.ui.BrowserSeat);
 *   <li><b>new session, empty cache</b>: the same with the browser's HTTP cache emptied first
 *       (a browser that was closed and lost its cache): every script and style is loaded again.
 * </ul>
 *
 * The clock is the page's own ({@code performance.now()}, zero at the start of the navigation): a
 * script that Chromium runs in every new document before the page's own scripts records, from a
 * MutationObserver, when the waiting text appeared, when the board's columns appeared, when the
 * notes were all drawn (as many as the board showed after joining), and when the note form was
 * ready ({@code form.composer[data-ready=true]}, set by scripts/keukentafel-table.js once the form
 * works). <b>Ready</b> is the later of the last two. The page's resource timing gives where the
 * time went (the document, Vaadin's bundle, each request to the server and its wait for the first
 * byte). {@code --busy N} keeps N threads of this process spinning meanwhile (a busy machine).
 */
final class ComebackRuns {

    private static final Logger log = LoggerFactory.getLogger(ComebackRuns.class);

    /** Runs in every new document, before the page's scripts. */
    static final String CLOCK = """
            (() => {
              const t = { notes: [] };
              window.__kt = t;
              const mark = (name) => { if (t[name] === undefined) { t[name] = performance.now(); } };
              let lastCount = -1;
              const check = () => {
                const view = document.querySelector('.table-view');
                if (!view) { return; }
                mark('view');
                if (!view.querySelector('form.composer') && /Even geduld|One moment/.test(view.textContent)) {
                  mark('waiting');
                }
                if (view.querySelector('.board-columns')) { mark('board'); }
                const count = Array.from(view.querySelectorAll('kt-note p.note-text'))
                    .filter(p => p.textContent.trim() !== '').length;
                if (count !== lastCount) { lastCount = count; t.notes.push([performance.now(), count]); }
                const form = view.querySelector('form.composer');
                if (form && form.dataset.ready === 'true' && !form.hidden) { mark('form'); }
              };
              new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true,
                  characterData: true });
            })();
            """;

    private static final String COLLECT = """
            const t = window.__kt || {};
            const nav = performance.getEntriesByType('navigation')[0] || {};
            const resources = performance.getEntriesByType('resource').map(r => ({
              name: r.name.replace(location.origin, ''), type: r.initiatorType, start: r.startTime,
              requestStart: r.requestStart, responseStart: r.responseStart, end: r.responseEnd,
              bytes: r.transferSize }));
            return JSON.stringify({ clock: t, document: { responseStart: nav.responseStart,
              responseEnd: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd },
              resources: resources });
            """;

    private final PagesBench bench;
    private final int reloads;
    private final int busy;
    private final String label;
    private final Path out;

    ComebackRuns(PagesBench bench, Map<String, String> options, Path out) {
        this.bench = bench;
        this.reloads = Integer.parseInt(options.getOrDefault("reloads", "10"));
        this.busy = Integer.parseInt(options.getOrDefault("busy", "0"));
        this.label = options.getOrDefault("label", busy == 0 ? "idle" : "busy");
        this.out = out;
    }

    void run() throws Exception {
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> machine = BenchMachine.describe();
        machine.put("jvm", BenchMachine.jvm());
        BenchMachine.putGit(machine);
        machine.put("chromium", chromiumVersion());
        result.put("machine", machine);
        result.put("date", Instant.now().toString());
        result.put("label", label);
        result.put("busyThreads", busy);
        result.put("reloads", reloads);
        ChromeDriver tablet = PagesBench.chromium("800,1280");
        AtomicBoolean spinning = new AtomicBoolean(busy > 0);
        List<Thread> spinners = new ArrayList<>();
        try {
            Map<String, Object> script = new LinkedHashMap<>();
            script.put("source", CLOCK);
            tablet.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", script);
            bench.join(tablet, "Meetpunt");
            int notes = settledNoteCount(tablet);
            log.info("Joined; the board shows {} notes", notes);
            result.put("notesOnBoard", notes);
            for (int i = 0; i < busy; i++) {
                Thread spinner = Thread.ofPlatform().daemon().start(() -> {
                    long x = 0;
                    while (spinning.get()) {
                        x += System.nanoTime() % 7;
                    }
                    if (x == 42) {
                        log.trace("never");
                    }
                });
                spinners.add(spinner);
            }
            long loadBefore = loadAverageTimes100();
            Map<String, Object> scenarios = new LinkedHashMap<>();
            for (String scenario : List.of("same session", "new session", "new session, empty cache")) {
                List<Map<String, Object>> samples = new ArrayList<>();
                // One unmeasured reload first: the browser's cache and the server's code paths warm up.
                for (int i = 0; i <= reloads; i++) {
                    if (scenario.startsWith("new session")) {
                        tablet.manage().deleteAllCookies();
                    }
                    if (scenario.endsWith("empty cache")) {
                        tablet.executeCdpCommand("Network.clearBrowserCache", Map.of());
                    }
                    tablet.navigate().refresh();
                    Map<String, Object> sample = measure(tablet, notes);
                    if (i > 0) {
                        samples.add(sample);
                        log.info("{} #{}: ready after {} ms", scenario, i, sample.get("readyMs"));
                    }
                    Thread.sleep(1000);
                }
                scenarios.put(scenario, Map.of("summary", summary(samples), "samples", samples));
            }
            result.put("loadAverageBefore", loadBefore / 100.0);
            result.put("loadAverageAfter", loadAverageTimes100() / 100.0);
            result.put("scenarios", scenarios);
        } finally {
            spinning.set(false);
            for (Thread spinner : spinners) {
                spinner.join();
            }
            tablet.quit();
        }
        Files.writeString(out.resolve("comeback-" + label + ".json"), BenchMachine.JSON.writeValueAsString(result));
        String md = markdown(result);
        Files.writeString(out.resolve("comeback-" + label + ".md"), md);
        System.out.println(md);
    }

    /** The number of notes the board shows once nothing changes for two seconds. */
    private static int settledNoteCount(ChromeDriver tablet) throws InterruptedException {
        int last = -1;
        long stableSince = System.nanoTime();
        while (System.nanoTime() - stableSince < Duration.ofSeconds(2).toNanos()) {
            int count = ((Number) ((JavascriptExecutor) tablet)
                            .executeScript("return Array.from(document.querySelectorAll('kt-note p.note-text'))"
                                    + ".filter(p => p.textContent.trim() !== '').length;"))
                    .intValue();
            if (count != last) {
                last = count;
                stableSince = System.nanoTime();
            }
            Thread.sleep(100);
        }
        return last;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> measure(ChromeDriver tablet, int notes) throws Exception {
        new WebDriverWait(tablet, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript(
                        "const t = window.__kt; if (!t || t.form === undefined) return false;"
                                + " return t.notes.some(n => n[1] >= arguments[0]);",
                        notes)));
        Map<String, Object> page = BenchMachine.JSON.readValue(
                (String) ((JavascriptExecutor) tablet).executeScript(COLLECT), Map.class);
        Map<String, Object> clock = (Map<String, Object>) page.get("clock");
        double notesAt = ((List<List<Number>>) clock.get("notes"))
                .stream()
                        .filter(n -> n.get(1).intValue() >= notes)
                        .findFirst()
                        .orElseThrow()
                        .get(0)
                        .doubleValue();
        double formAt = ((Number) clock.get("form")).doubleValue();
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("readyMs", round(Math.max(notesAt, formAt)));
        sample.put("notesMs", round(notesAt));
        sample.put("formMs", round(formAt));
        sample.put("boardMs", number(clock.get("board")));
        sample.put("waitingMs", number(clock.get("waiting")));
        sample.put("viewMs", number(clock.get("view")));
        Map<String, Object> document = (Map<String, Object>) page.get("document");
        sample.put("documentMs", number(document.get("responseEnd")));
        sample.put("domContentLoadedMs", number(document.get("domContentLoaded")));
        List<Map<String, Object>> requests = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) page.get("resources")) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("name", r.get("name"));
            request.put("type", r.get("type"));
            request.put("startMs", number(r.get("start")));
            request.put("firstByteMs", number(r.get("responseStart")));
            request.put("endMs", number(r.get("end")));
            request.put("serverWaitMs", round(((Number) r.get("responseStart")).doubleValue()
                    - ((Number) r.get("requestStart")).doubleValue()));
            request.put("bytes", r.get("bytes"));
            requests.add(request);
        }
        sample.put("requests", requests);
        return sample;
    }

    private static Map<String, Object> summary(List<Map<String, Object>> samples) {
        Map<String, Object> summary = new LinkedHashMap<>();
        for (String key : List.of("readyMs", "documentMs", "viewMs", "waitingMs", "boardMs", "notesMs", "formMs")) {
            List<Double> values = samples.stream()
                    .map(s -> s.get(key))
                    .filter(v -> v instanceof Number)
                    .map(v -> ((Number) v).doubleValue())
                    .toList();
            if (values.isEmpty()) {
                continue;
            }
            summary.put(
                    key,
                    Map.of(
                            "p50", PagesBench.percentile(values, 50),
                            "p95", PagesBench.percentile(values, 95),
                            "max", PagesBench.percentile(values, 100)));
        }
        return summary;
    }

    @SuppressWarnings("unchecked")
    private static String markdown(Map<String, Object> result) {
        StringBuilder md = new StringBuilder();
        Map<String, Object> machine = (Map<String, Object>) result.get("machine");
        md.append("# Comeback after a reload (")
                .append(result.get("label"))
                .append(")\n\n")
                .append("`bench/comeback.sh`, ")
                .append(result.get("date"))
                .append(", commit ")
                .append(machine.get("gitCommit"))
                .append(Boolean.parseBoolean(String.valueOf(machine.get("gitDirty"))) ? " (with changes)" : "")
                .append(", ")
                .append(machine.get("nproc"))
                .append(" cores (")
                .append(machine.get("cpuModel"))
                .append("), ")
                .append(machine.get("chromium"))
                .append(", busy threads: ")
                .append(result.get("busyThreads"))
                .append(", load average ")
                .append(result.get("loadAverageBefore"))
                .append(" → ")
                .append(result.get("loadAverageAfter"))
                .append(". The demo board with ")
                .append(result.get("notesOnBoard"))
                .append(" notes; ")
                .append(result.get("reloads"))
                .append(" reloads per way, after one unmeasured reload. Milliseconds from the start of the"
                        + " navigation (the page's own clock).\n\n");
        Map<String, Object> scenarios = (Map<String, Object>) result.get("scenarios");
        md.append("| way | what | p50 | p95 | max |\n|---|---|---:|---:|---:|\n");
        scenarios.forEach((name, value) -> {
            Map<String, Object> summary = (Map<String, Object>) ((Map<String, Object>) value).get("summary");
            summary.forEach((key, stats) -> {
                Map<String, Object> s = (Map<String, Object>) stats;
                md.append("| ")
                        .append(name)
                        .append(" | ")
                        .append(key.equals("readyMs") ? "**ready**" : key.replace("Ms", ""))
                        .append(" | ")
                        .append(format(s.get("p50")))
                        .append(" | ")
                        .append(format(s.get("p95")))
                        .append(" | ")
                        .append(format(s.get("max")))
                        .append(" |\n");
            });
        });
        md.append("\nThe requests of the median reload of each way (start → first byte → end, ms; server wait"
                + " = first byte − request sent):\n\n");
        scenarios.forEach((name, value) -> {
            List<Map<String, Object>> samples =
                    (List<Map<String, Object>>) ((Map<String, Object>) value).get("samples");
            List<Map<String, Object>> sorted = new ArrayList<>(samples);
            sorted.sort((a, b) -> Double.compare(
                    ((Number) a.get("readyMs")).doubleValue(), ((Number) b.get("readyMs")).doubleValue()));
            Map<String, Object> median = sorted.get((sorted.size() - 1) / 2);
            md.append("**").append(name).append("** (ready ").append(format(median.get("readyMs"))).append(" ms, document ")
                    .append(format(median.get("documentMs"))).append(" ms)\n\n")
                    .append("| request | start | first byte | end | server wait | bytes |\n|---|---:|---:|---:|---:|---:|\n");
            for (Map<String, Object> r : (List<Map<String, Object>>) median.get("requests")) {
                String requestName = String.valueOf(r.get("name"));
                md.append("| `")
                        .append(requestName.length() > 70 ? requestName.substring(0, 70) + "…" : requestName)
                        .append("` | ")
                        .append(format(r.get("startMs")))
                        .append(" | ")
                        .append(format(r.get("firstByteMs")))
                        .append(" | ")
                        .append(format(r.get("endMs")))
                        .append(" | ")
                        .append(format(r.get("serverWaitMs")))
                        .append(" | ")
                        .append(r.get("bytes"))
                        .append(" |\n");
            }
            md.append('\n');
        });
        return md.toString();
    }

    static String chromiumVersion() {
        try {
            Process p = new ProcessBuilder("/usr/bin/chromium", "--version")
                    .redirectErrorStream(true)
                    .start();
            String v = new String(p.getInputStream().readAllBytes()).strip();
            p.waitFor();
            return v.lines().filter(l -> l.startsWith("Chromium")).findFirst().orElse(v);
        } catch (Exception e) {
            return "unknown";
        }
    }

    private static long loadAverageTimes100() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return Math.round(Double.parseDouble(parts[0]) * 100);
        } catch (Exception e) {
            return -1;
        }
    }

    private static Object number(Object value) {
        return value instanceof Number n ? round(n.doubleValue()) : null;
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String format(Object value) {
        return value instanceof Number n ? String.format(Locale.ROOT, "%.0f", n.doubleValue()) : "–";
    }
}
