package nl.keukentafel.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Writes bench/results: live-board.json (machine, options, every repeat, summaries), .csv and .png. */
final class ResultsWriter {

    private ResultsWriter() {}

    static void write(BenchOptions options, List<RepeatRun.Result> results, String stopReason) {
        try {
            Path dir = options.results();
            Files.createDirectories(dir);
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("benchmark", "live board: note to every other screen (issue 4)");
            document.put("date", Instant.now().toString());
            document.put("machine", machine());
            document.put("options", optionsMap(options));
            document.put("stopReason", stopReason);
            document.put("points", summaries(results));
            document.put("repeats", results);
            BenchMachine.JSON.writeValue(dir.resolve("live-board.json").toFile(), document);
            writeCsv(dir.resolve("live-board.csv"), results);
            if (!results.isEmpty()) {
                writeChart(dir.resolve("live-board.png"), results);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> machine() throws IOException {
        Map<String, Object> machine = BenchMachine.describe();
        machine.put("generatorJvm", BenchMachine.jvm());
        machine.put(
                "appJvm",
                "same binary as the generator: " + System.getProperty("java.home") + " ("
                        + System.getProperty("java.runtime.version") + ")");
        BenchMachine.putGit(machine);
        machine.put("database", System.getProperty("bench.database", "embedded PostgreSQL 17 (zonky), fsync on"));
        return machine;
    }

    private static Map<String, Object> optionsMap(BenchOptions options) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("boards", options.boards());
        map.put("twoNodeBoards", options.twoNodeBoards());
        map.put("participantsPerBoard", options.participants());
        map.put("notesPerSecondPerBoard", options.notesPerSecondPerBoard());
        map.put("appGc", options.appGcTuned() ? LiveBoardBenchmark.PRODUCTION_GC : List.of("JVM defaults"));
        map.put("arrivals", options.arrivals().name().toLowerCase(Locale.ROOT));
        map.put("warmupSeconds", options.warmupSeconds());
        map.put("measureSeconds", options.measureSeconds());
        map.put("repeats", options.repeats());
        map.put("appXmx", options.appXmx());
        map.put("jfr", options.jfr());
        map.put("externalDatabase", options.dbUrl() != null);
        return map;
    }

    /** One summary per (nodes, boards): median of the repeats with min and max as the spread. */
    private static List<Map<String, Object>> summaries(List<RepeatRun.Result> results) {
        Map<String, List<RepeatRun.Result>> groups = results.stream()
                .collect(Collectors.groupingBy(
                        r -> r.nodes() + "/" + r.boards(), LinkedHashMap::new, Collectors.toList()));
        List<Map<String, Object>> points = new ArrayList<>();
        for (List<RepeatRun.Result> group : groups.values()) {
            RepeatRun.Result first = group.getFirst();
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("nodes", first.nodes());
            point.put("boards", first.boards());
            point.put("participants", first.boards() * first.participantsPerBoard());
            point.put("repeats", group.size());
            point.put("nothingLost", group.stream().allMatch(RepeatRun.Result::nothingLost));
            point.put("p50Ms", spread(group, RepeatRun.Result::p50));
            point.put("p95Ms", spread(group, RepeatRun.Result::p95));
            point.put("p99Ms", spread(group, RepeatRun.Result::p99));
            point.put("maxMs", spread(group, RepeatRun.Result::max));
            if (first.nodes() > 1) {
                point.put("crossNodeP50Ms", spread(group, RepeatRun.Result::crossNodeP50));
                point.put("crossNodeP95Ms", spread(group, RepeatRun.Result::crossNodeP95));
                point.put("crossNodeP99Ms", spread(group, RepeatRun.Result::crossNodeP99));
            }
            point.put("savedAnswerP50Ms", spread(group, RepeatRun.Result::savedAnswerP50));
            point.put("savedAnswerP99Ms", spread(group, RepeatRun.Result::savedAnswerP99));
            point.put("notesPerSecond", spread(group, RepeatRun.Result::notesPerSecond));
            point.put("heapPerParticipantKb", spread(group, RepeatRun.Result::heapPerParticipantKb));
            point.put("heapPerVisibleNoteBytes", spread(group, RepeatRun.Result::heapPerVisibleNoteBytes));
            point.put("appCpuPercentOfOneCore", spread(group, RepeatRun.Result::appCpuPercentOfOneCore));
            point.put("appCpuPercentOfMachine", spread(group, RepeatRun.Result::appCpuPercentOfMachine));
            point.put("generatorCpuPercentOfOneCore", spread(group, RepeatRun.Result::generatorCpuPercentOfOneCore));
            point.put("machineBusyPercent", spread(group, RepeatRun.Result::machineBusyPercent));
            points.add(point);
        }
        return points;
    }

    private static Map<String, Double> spread(List<RepeatRun.Result> group, ToDoubleFunction<RepeatRun.Result> f) {
        double[] values = group.stream().mapToDouble(f).sorted().toArray();
        Map<String, Double> spread = new LinkedHashMap<>();
        spread.put("median", round(median(values)));
        spread.put("min", round(values[0]));
        spread.put("max", round(values[values.length - 1]));
        return spread;
    }

    static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double round(double value) {
        return Double.isNaN(value) ? value : Math.round(value * 100) / 100.0;
    }

    private static void writeCsv(Path file, List<RepeatRun.Result> results) throws IOException {
        StringBuilder csv = new StringBuilder(
                "nodes,boards,participants,repeat,notes_measured,notes_per_s,samples,expected_samples,p50_ms,p95_ms,"
                        + "p99_ms,max_ms,cross_p50_ms,cross_p95_ms,cross_p99_ms,heap_per_participant_kb,"
                        + "heap_per_visible_note_b,app_cpu_pct_one_core,app_cpu_pct_machine,generator_cpu_pct_one_core,"
                        + "machine_busy_pct,connect_errors,submit_errors,nothing_lost\n");
        for (RepeatRun.Result r : results) {
            csv.append(String.format(
                    Locale.ROOT,
                    "%d,%d,%d,%d,%d,%.2f,%d,%d,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.2f,%.1f,%.0f,%.1f,%.1f,%.1f,%.1f,%d,%d,%s%n",
                    r.nodes(),
                    r.boards(),
                    r.boards() * r.participantsPerBoard(),
                    r.repeat(),
                    r.notesMeasured(),
                    r.notesPerSecond(),
                    r.latencySamples(),
                    r.expectedSamples(),
                    r.p50(),
                    r.p95(),
                    r.p99(),
                    r.max(),
                    r.crossNodeP50(),
                    r.crossNodeP95(),
                    r.crossNodeP99(),
                    r.heapPerParticipantKb(),
                    r.heapPerVisibleNoteBytes(),
                    r.appCpuPercentOfOneCore(),
                    r.appCpuPercentOfMachine(),
                    r.generatorCpuPercentOfOneCore(),
                    r.machineBusyPercent(),
                    r.connectErrors(),
                    r.submitErrors(),
                    r.nothingLost()));
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
    }

    private static void writeChart(Path file, List<RepeatRun.Result> results) throws IOException {
        XYSeriesCollection latency = new XYSeriesCollection();
        XYSeriesCollection heap = new XYSeriesCollection();
        for (int nodes :
                results.stream().map(RepeatRun.Result::nodes).distinct().toList()) {
            String suffix = nodes == 1 ? " (1 node)" : " (" + nodes + " nodes)";
            List<RepeatRun.Result> ofNodes =
                    results.stream().filter(r -> r.nodes() == nodes).toList();
            latency.addSeries(series("p50" + suffix, ofNodes, RepeatRun.Result::p50));
            latency.addSeries(series("p95" + suffix, ofNodes, RepeatRun.Result::p95));
            latency.addSeries(series("p99" + suffix, ofNodes, RepeatRun.Result::p99));
            heap.addSeries(series("heap kB/participant" + suffix, ofNodes, RepeatRun.Result::heapPerParticipantKb));
        }
        NumberAxis participants = new NumberAxis("connected participants");
        NumberAxis millis = new NumberAxis("note → other screens, ms (median of repeats)");
        NumberAxis kilobytes = new NumberAxis("heap after full GC, kB per participant");
        XYPlot plot = new XYPlot(latency, participants, millis, new XYLineAndShapeRenderer(true, true));
        plot.setRangeAxis(1, kilobytes);
        plot.setDataset(1, heap);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer heapRenderer = new XYLineAndShapeRenderer(true, true);
        heapRenderer.setDefaultStroke(
                new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {6, 4}, 0));
        heapRenderer.setAutoPopulateSeriesStroke(false);
        heapRenderer.setSeriesPaint(0, Color.DARK_GRAY);
        heapRenderer.setSeriesPaint(1, Color.GRAY);
        plot.setRenderer(1, heapRenderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        JFreeChart chart = new JFreeChart(
                "Keukentafel live board: latency and heap vs participants", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        ChartUtils.saveChartAsPNG(file.toFile(), chart, 1100, 650);
    }

    /** Median over the repeats of each participant count. */
    private static XYSeries series(String name, List<RepeatRun.Result> results, ToDoubleFunction<RepeatRun.Result> f) {
        XYSeries series = new XYSeries(name);
        results.stream()
                .collect(Collectors.groupingBy(r -> r.boards() * r.participantsPerBoard(), Collectors.toList()))
                .forEach((participants, group) -> {
                    double[] values = group.stream()
                            .mapToDouble(f)
                            .filter(v -> !Double.isNaN(v))
                            .sorted()
                            .toArray();
                    if (values.length > 0) {
                        series.add(participants.doubleValue(), median(values));
                    }
                });
        return series;
    }
}
