package nl.keukentafel.bench.review;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.keukentafel.report.Export;
import nl.keukentafel.report.ReportDraft;
import nl.keukentafel.report.ReportFilter;
import nl.keukentafel.report.ReportService;
import nl.keukentafel.report.SelectionExportService;
import nl.keukentafel.report.SourceConversation;
import nl.keukentafel.review.ReviewSelection;
import nl.keukentafel.security.SystemTask;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The report benchmark (bench/report.sh, bench/README.md): a kenniscafé verslag over every closed
 * conversation of a database made by {@code ReviewBench generate} (50 conversations, about 2,000
 * quoted notes), exported in-process through ReportService as PDF and as Markdown; also the live
 * preview (HTML), a frozen version's PDF and the CSV of the whole review selection.
 *
 * <pre>
 * measure [--data DIR] [--port N] [--results DIR] [--warmup 3] [--repeats 10]
 * </pre>
 */
public final class ReportBench {

    private static final Logger log = LoggerFactory.getLogger(ReportBench.class);
    static final double TARGET_PDF_MS = 3000;
    static final double TARGET_MARKDOWN_MS = 300;

    private ReportBench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            options.put(args[i].substring(2), args[i + 1]);
        }
        if (args.length == 0 || !args[0].equals("measure")) {
            System.err.println("usage: ReportBench measure [--data DIR] [--port N] [--results DIR] [--warmup N] [--repeats N]");
            System.exit(2);
        }
        Path data = Path.of(options.getOrDefault("data", "bench/work/report/pgdata")).toAbsolutePath();
        int port = Integer.parseInt(options.getOrDefault("port", "15434"));
        Path results = Path.of(options.getOrDefault("results", "bench/results"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        int repeats = Integer.parseInt(options.getOrDefault("repeats", "15"));
        Files.createDirectories(results);
        try (ReviewDatabase db = ReviewDatabase.start(data, port, false, false);
                ConfigurableApplicationContext app = ReviewApp.start(db, new SqlRecorder())) {
            ReviewApp.awaitStartUpWork(Duration.ofMinutes(15));
            measure(app, warmup, repeats, results);
        }
        System.exit(0);
    }

    private static void measure(ConfigurableApplicationContext app, int warmup, int repeats, Path results)
            throws Exception {
        ReportService reports = app.getBean(ReportService.class);
        SelectionExportService selections = app.getBean(SelectionExportService.class);
        List<SourceConversation> conversations = SystemTask.call("bench", () -> reports.conversations(ReportFilter.ALL));
        List<Long> ids = conversations.stream().map(SourceConversation::id).toList();
        ReportDraft draft = new ReportDraft(
                "Kenniscafé benchmark",
                LocalDate.of(2026, 12, 2),
                "Wijkcentrum",
                "Een verslag over alle gesprekken van de benchmark.",
                Locale.of("nl"),
                ids,
                "",
                Map.of(),
                Set.of(),
                Set.of());
        long report = SystemTask.call("bench", () -> reports.create(draft));
        int version = SystemTask.call("bench", () -> reports.get(report).version());
        SystemTask.call("bench", () -> reports.publish(report, version));

        Map<String, Supplier<Object>> work = new LinkedHashMap<>();
        work.put("pdf", () -> reports.export(report, null, Export.Format.PDF));
        work.put("markdown", () -> reports.export(report, null, Export.Format.MARKDOWN));
        work.put("preview", () -> reports.preview(draft));
        work.put("publishedPdf", () -> reports.export(report, 1, Export.Format.PDF));
        work.put("selectionCsv", () -> selections.export(ReviewSelection.ALL, Export.Format.CSV, Locale.of("nl")));

        Map<String, List<Double>> samples = new LinkedHashMap<>();
        Map<String, Double> first = new LinkedHashMap<>();
        Map<String, Object> last = new LinkedHashMap<>();
        long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        for (int round = 0; round < warmup + repeats; round++) {
            for (Map.Entry<String, Supplier<Object>> item : work.entrySet()) {
                long start = System.nanoTime();
                Object out = SystemTask.call("bench", item.getValue());
                double ms = (System.nanoTime() - start) / 1e6;
                first.putIfAbsent(item.getKey(), round(ms));
                if (round >= warmup) {
                    samples.computeIfAbsent(item.getKey(), k -> new ArrayList<>()).add(ms);
                }
                last.put(item.getKey(), out);
            }
            log.info("Round {} of {} done", round + 1, warmup + repeats);
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long cpuAfter = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();

        Export pdf = (Export) last.get("pdf");
        Export markdown = (Export) last.get("markdown");
        Export csv = (Export) last.get("selectionCsv");
        int pages;
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            pages = document.getNumberOfPages();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", Instant.now().toString());
        out.put("gitCommit", System.getProperty("bench.gitCommit", "unknown"));
        out.put("gitDirty", System.getProperty("bench.gitDirty", "unknown"));
        out.put("environment", Map.of(
                "cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"),
                "maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024),
                "loadAverageBefore", loadBefore,
                "loadAverageAfter", loadAfter,
                "measuringThreadCpuSeconds", round((cpuAfter - cpuBefore) / 1e9)));
        out.put("data", Map.of(
                "conversations", ids.size(),
                "quotedNotes", pdf.notes(),
                "pdfPages", pages,
                "pdfBytes", pdf.bytes().length,
                "markdownBytes", markdown.bytes().length,
                "csvRows", csv.notes(),
                "csvBytes", csv.bytes().length));
        out.put("method", Map.of(
                "warmupRounds", warmup,
                "measuredRounds", repeats,
                "measured", "wall time of one call in-process under SystemTask: ReportService.export(report, null, PDF|MARKDOWN)"
                        + " reads the released notes, drafts the report (figures, groups, insights, agreements, charts),"
                        + " renders it and writes the audit record; preview = ReportService.preview(draft) (HTML with SVG charts);"
                        + " publishedPdf = export of the frozen version 1; selectionCsv = SelectionExportService over every released note",
                "percentiles", "nearest rank"));
        Map<String, Object> timings = new LinkedHashMap<>();
        samples.forEach((name, list) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("p50", percentile(list, 50));
            row.put("p95", percentile(list, 95));
            row.put("max", percentile(list, 100));
            row.put("samples", list.stream().map(ReportBench::round).toList());
            timings.put(name, row);
        });
        out.put("timings", timings);
        out.put("firstAfterStartMs", first);
        out.put("targets", Map.of(
                "pdfMaxMs", TARGET_PDF_MS,
                "pdfMeets", percentile(samples.get("pdf"), 100) <= TARGET_PDF_MS,
                "markdownMaxMs", TARGET_MARKDOWN_MS,
                "markdownMeets", percentile(samples.get("markdown"), 100) <= TARGET_MARKDOWN_MS));
        ReviewBench.JSON.writeValue(results.resolve("report.json").toFile(), out);
        Files.writeString(results.resolve("report.md"), markdown(out, samples, ids.size(), pdf, pages, csv), StandardCharsets.UTF_8);
        log.info("Report benchmark done: PDF p50 {} ms max {} ms; Markdown p50 {} ms max {} ms",
                percentile(samples.get("pdf"), 50), percentile(samples.get("pdf"), 100),
                percentile(samples.get("markdown"), 50), percentile(samples.get("markdown"), 100));
    }

    private static String markdown(
            Map<String, Object> out, Map<String, List<Double>> samples, int conversations, Export pdf, int pages, Export csv) {
        StringBuilder md = new StringBuilder();
        md.append("# Report benchmark\n\n");
        md.append("Measured ").append(out.get("date")).append(" at commit ").append(out.get("gitCommit"))
                .append(" (uncommitted changes: ").append(out.get("gitDirty")).append(") by `bench/report.sh`.\n\n");
        md.append("A kenniscafé verslag over ").append(conversations).append(" closed conversations quoting ")
                .append(pdf.notes()).append(" released notes (").append(pages).append(" PDF pages, ")
                .append(pdf.bytes().length / 1024).append(" kB); the selection CSV holds ")
                .append(csv.notes()).append(" notes. In-process, one call after the other, ")
                .append(((Map<?, ?>) out.get("method")).get("measuredRounds")).append(" measured rounds after ")
                .append(((Map<?, ?>) out.get("method")).get("warmupRounds")).append(" warm-up rounds.\n\n");
        md.append("| what | p50 ms | p95 ms | max ms | target |\n|---|---:|---:|---:|---|\n");
        samples.forEach((name, list) -> md.append("| ").append(name).append(" | ")
                .append(percentile(list, 50)).append(" | ").append(percentile(list, 95)).append(" | ")
                .append(percentile(list, 100)).append(" | ")
                .append(name.equals("pdf") ? "≤ 3000" : name.equals("markdown") ? "≤ 300" : "")
                .append(" |\n"));
        md.append("\nThe first call of each after the app started (before the JIT compiled the hot paths): ")
                .append(out.get("firstAfterStartMs")).append(" ms.\n");
        md.append("\nEnvironment: ").append(out.get("environment")).append('\n');
        return md.toString();
    }

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return round(sorted.get(Math.clamp(rank - 1, 0, sorted.size() - 1)));
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
