package nl.keukentafel.bench.review;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import nl.keukentafel.board.NoteId;
import nl.keukentafel.board.TableRole;
import nl.keukentafel.review.Effect;
import nl.keukentafel.review.Facet;
import nl.keukentafel.review.Overview;
import nl.keukentafel.review.OverviewService;
import nl.keukentafel.review.ReleasedNote;
import nl.keukentafel.review.ReviewCounts;
import nl.keukentafel.review.ReviewSelection;
import nl.keukentafel.review.ReviewService;
import nl.keukentafel.review.SvgCharts;
import nl.keukentafel.security.SystemTask;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * Measures what the review screen waits for, in-process through the app's public services (the same
 * SQL, transactions and method security as the UI): for each selection one page of 50 notes, the
 * number of notes with the facet counts (one call, as the screen asks them); and
 * the Overzicht: its figures and its four SVG charts. Percentiles are nearest-rank.
 */
final class ReviewMeasurement {

    private static final Logger log = LoggerFactory.getLogger(ReviewMeasurement.class);
    private static final Locale DUTCH = Locale.of("nl");
    static final int PAGE = 50;
    static final double TARGET_P95_MS = 150;
    static final double TARGET_OVERVIEW_MS = 500;
    /** "Today" for the periods of the selections: the day the data ends. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    private final ConfigurableApplicationContext app;
    private final ReviewDatabase db;
    private final SqlRecorder recorder;
    private final int warmup;
    private final int repeats;
    private final Path results;
    private final @Nullable JsonNode generation;
    private final ReviewService review;
    private final OverviewService overviews;

    ReviewMeasurement(ConfigurableApplicationContext app, ReviewDatabase db, SqlRecorder recorder, int warmup,
            int repeats, Path results, @Nullable JsonNode generation) {
        this.app = app;
        this.db = db;
        this.recorder = recorder;
        this.warmup = warmup;
        this.repeats = repeats;
        this.results = results;
        this.generation = generation;
        this.review = app.getBean(ReviewService.class);
        this.overviews = app.getBean(OverviewService.class);
    }

    record Named(String name, ReviewSelection selection) {}

    /** One measured load of the review screen for a selection. */
    record Sample(double search, double facets, int rows, int notes) {
        double total() {
            return search + facets;
        }
    }

    record OverviewSample(double figures, double charts) {
        double total() {
            return figures + charts;
        }
    }

    void run() throws Exception {
        Map<String, Long> ids = ids();
        List<Named> selections = selections(ids);
        List<Named> overviewSelections = overviewSelections(ids);

        Instant started = Instant.now();
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).trim();
        long[] machineBefore = machineTicks();
        long cpuBefore = processCpuNanos();

        // Warm-up: every selection and every Overzicht selection, not measured.
        for (int round = 0; round < warmup; round++) {
            for (Named s : selections) {
                load(s.selection());
            }
            for (Named s : overviewSelections) {
                overview(s.selection());
            }
        }
        log.info("Warm-up done ({} rounds)", warmup);

        // Measured: each round takes every selection once, in an order shuffled per round, so the
        // selections mix as the queries of several team members would.
        Map<String, List<Sample>> samples = new LinkedHashMap<>();
        selections.forEach(s -> samples.put(s.name(), new ArrayList<>()));
        Random order = new Random(7);
        long measureStart = System.nanoTime();
        for (int round = 0; round < repeats; round++) {
            List<Named> shuffled = new ArrayList<>(selections);
            Collections.shuffle(shuffled, order);
            for (Named s : shuffled) {
                samples.get(s.name()).add(load(s.selection()));
            }
        }
        double searchSeconds = (System.nanoTime() - measureStart) / 1e9;
        Map<String, List<OverviewSample>> overviewSamples = new LinkedHashMap<>();
        overviewSelections.forEach(s -> overviewSamples.put(s.name(), new ArrayList<>()));
        for (int round = 0; round < repeats; round++) {
            for (Named s : overviewSelections) {
                overviewSamples.get(s.name()).add(overview(s.selection()));
            }
        }
        long[] machineAfter = machineTicks();
        long cpuAfter = processCpuNanos();
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).trim();
        double wall = (System.nanoTime() - measureStart) / 1e9;
        log.info("Measured {} rounds in {} s", repeats, Math.round(wall));

        // For comparing a proposed change with the app's own results: every selection's counts.
        String dump = System.getProperty("bench.dumpFacets");
        if (dump != null) {
            Map<String, Object> facets = new LinkedHashMap<>();
            for (Named s : selections) {
                facets.put(s.name(), SystemTask.call("bench", () -> Map.of(
                        "count", review.count(s.selection()), "facets", review.counts(s.selection()).facets())));
            }
            ReviewBench.JSON.writeValue(Path.of(dump).toFile(), facets);
        }

        // After a change, each node loads the facts it counts again (FacetIndex): the first counts
        // after a tag change reload the tags, after a change of released notes the notes and tags.
        List<Double> afterTagChange = new ArrayList<>();
        List<Double> afterNotesChange = new ArrayList<>();
        NoteId tagged = SystemTask.call("bench", () -> review.search(ReviewSelection.ALL, 0, 1, DUTCH).getFirst().id());
        for (int i = 0; i < 5; i++) {
            Effect effect = i % 2 == 0 ? Effect.WORKS_WELL : Effect.POLICY_IDEA;
            SystemTask.call("bench", () -> review.tag(List.of(tagged), List.of(), effect));
            afterTagChange.add(load(ReviewSelection.ALL).total());
            try (Connection c = db.connect();
                    PreparedStatement touch =
                            c.prepareStatement("update released_note set category = category where note_id = ?")) {
                touch.setLong(1, tagged.value());
                touch.executeUpdate();
            }
            afterNotesChange.add(load(ReviewSelection.ALL).total());
        }

        // Which SQL each selection runs, and how long each statement took (one extra, recorded load).
        Map<String, List<SqlRecorder.Statement>> statements = new LinkedHashMap<>();
        for (Named s : selections) {
            recorder.start();
            load(s.selection());
            statements.put(s.name(), recorder.stop());
        }
        Map<String, List<SqlRecorder.Statement>> overviewStatements = new LinkedHashMap<>();
        for (Named s : overviewSelections) {
            recorder.start();
            overview(s.selection());
            overviewStatements.put(s.name(), recorder.stop());
        }

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("date", started.toString());
        report.put("environment", environment(loadBefore, loadAfter, machineBefore, machineAfter,
                (cpuAfter - cpuBefore) / 1e9, wall));
        report.put("data", dataSizes());
        if (generation != null) {
            report.put("generation", generation);
        }
        report.put("method", Map.of(
                "warmupRounds", warmup,
                "measuredRounds", repeats,
                "pageSize", PAGE,
                "measured", "wall time of ReviewService.search(selection, 0, 50, nl) + counts(selection) (the number of notes and every facet),"
                        + " called one after the other in-process under SystemTask (all roles: every conversation in scope)",
                "overview", "wall time of OverviewService.overview(selection) + SvgCharts for its four charts",
                "percentiles", "nearest rank",
                "today", TODAY.toString()));

        List<Double> all = new ArrayList<>();
        List<Map<String, Object>> perSelection = new ArrayList<>();
        for (Named s : selections) {
            List<Sample> list = samples.get(s.name());
            list.forEach(x -> all.add(x.total()));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", s.name());
            row.put("parameters", s.selection().toParameters());
            row.put("notes", list.getFirst().notes());
            row.put("p50", percentile(list.stream().map(Sample::total).toList(), 50));
            row.put("p95", percentile(list.stream().map(Sample::total).toList(), 95));
            row.put("max", percentile(list.stream().map(Sample::total).toList(), 100));
            row.put("searchP50", percentile(list.stream().map(Sample::search).toList(), 50));
            row.put("facetsP50", percentile(list.stream().map(Sample::facets).toList(), 50));
            row.put("samples", list.stream().map(x -> round(x.total())).toList());
            row.put("statements", statements.get(s.name()).stream()
                    .map(st -> Map.of("ms", round(st.millis()), "sql", kind(st.sql())))
                    .toList());
            perSelection.add(row);
        }
        Map<String, Object> overall = new LinkedHashMap<>();
        overall.put("samples", all.size());
        overall.put("p50", percentile(all, 50));
        overall.put("p95", percentile(all, 95));
        overall.put("max", percentile(all, 100));
        overall.put("targetP95", TARGET_P95_MS);
        overall.put("meetsTarget", percentile(all, 95) <= TARGET_P95_MS);
        overall.put("measuredSeconds", round(searchSeconds));
        report.put("search", overall);
        report.put("selections", perSelection);

        List<Map<String, Object>> perOverview = new ArrayList<>();
        List<Double> allOverview = new ArrayList<>();
        for (Named s : overviewSelections) {
            List<OverviewSample> list = overviewSamples.get(s.name());
            list.forEach(x -> allOverview.add(x.total()));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", s.name());
            row.put("parameters", s.selection().toParameters());
            row.put("p50", percentile(list.stream().map(OverviewSample::total).toList(), 50));
            row.put("p95", percentile(list.stream().map(OverviewSample::total).toList(), 95));
            row.put("max", percentile(list.stream().map(OverviewSample::total).toList(), 100));
            row.put("figuresP50", percentile(list.stream().map(OverviewSample::figures).toList(), 50));
            row.put("chartsP50", percentile(list.stream().map(OverviewSample::charts).toList(), 50));
            row.put("statements", overviewStatements.get(s.name()).stream()
                    .map(st -> Map.of("ms", round(st.millis()), "sql", kind(st.sql())))
                    .toList());
            perOverview.add(row);
        }
        Map<String, Object> overviewSummary = new LinkedHashMap<>();
        overviewSummary.put("samples", allOverview.size());
        overviewSummary.put("p50", percentile(allOverview, 50));
        overviewSummary.put("p95", percentile(allOverview, 95));
        overviewSummary.put("max", percentile(allOverview, 100));
        overviewSummary.put("target", TARGET_OVERVIEW_MS);
        overviewSummary.put("meetsTarget", percentile(allOverview, 100) <= TARGET_OVERVIEW_MS);
        overviewSummary.put("selections", perOverview);
        report.put("overview", overviewSummary);
        report.put("reload", Map.of(
                "afterTagChange", afterTagChange.stream().map(ReviewMeasurement::round).toList(),
                "afterReleasedNotesChange", afterNotesChange.stream().map(ReviewMeasurement::round).toList(),
                "what", "search + counts of 'no filter' right after a change, which makes FacetIndex load again"));

        // EXPLAIN (ANALYZE, BUFFERS) of the main queries of the three slowest selections.
        List<Named> slowest = selections.stream()
                .sorted(Comparator.comparingDouble(
                                (Named s) -> percentile(samples.get(s.name()).stream().map(Sample::total).toList(), 95))
                        .reversed())
                .limit(3)
                .toList();
        StringBuilder plans = new StringBuilder();
        plans.append("EXPLAIN (ANALYZE, BUFFERS) of the SQL the app ran for the three slowest selections (by p95)\n")
                .append("and the slowest Overzicht selection; ").append(started).append(", data: ")
                .append(dataSizes()).append("\n");
        for (Named s : slowest) {
            explain(plans, "Selection " + s.name() + " " + s.selection().toParameters(), statements.get(s.name()));
        }
        Named slowestOverview = overviewSelections.stream()
                .max(Comparator.comparingDouble(s -> percentile(
                        overviewSamples.get(s.name()).stream().map(OverviewSample::total).toList(), 95)))
                .orElseThrow();
        explain(plans, "Overzicht " + slowestOverview.name() + " " + slowestOverview.selection().toParameters(),
                overviewStatements.get(slowestOverview.name()));
        report.put("explained", slowest.stream().map(Named::name).toList());

        ReviewBench.JSON.writeValue(results.resolve("review.json").toFile(), report);
        Files.writeString(results.resolve("review-plans.txt"), plans.toString());
        Files.writeString(results.resolve("review.md"), ReviewReport.markdown(report));
        log.info("Search + count + facets: p50 {} ms, p95 {} ms, max {} ms over {} samples; Overzicht p95 {} ms",
                overall.get("p50"), overall.get("p95"), overall.get("max"), all.size(), overviewSummary.get("p95"));
    }

    private Sample load(ReviewSelection selection) {
        return SystemTask.call("bench", () -> {
            long t0 = System.nanoTime();
            List<ReleasedNote> page = review.search(selection, 0, PAGE, DUTCH);
            long t1 = System.nanoTime();
            // What the screen asks after a change of selection: the page, then the number of notes and
            // the facet counts, which come together.
            ReviewCounts counts = review.counts(selection);
            long t2 = System.nanoTime();
            if (counts.facets().isEmpty()) {
                throw new IllegalStateException("No facets");
            }
            return new Sample((t1 - t0) / 1e6, (t2 - t1) / 1e6, page.size(), counts.total());
        });
    }

    private OverviewSample overview(ReviewSelection selection) {
        return SystemTask.call("bench", () -> {
            long t0 = System.nanoTime();
            Overview overview = overviews.overview(selection);
            long t1 = System.nanoTime();
            List<String> svgs = charts(overview);
            long t2 = System.nanoTime();
            if (svgs.stream().anyMatch(String::isEmpty)) {
                throw new IllegalStateException("Empty chart");
            }
            return new OverviewSample((t1 - t0) / 1e6, (t2 - t1) / 1e6);
        });
    }

    /** The Overzicht's four charts, as the page draws them. */
    static List<String> charts(Overview overview) {
        Map<String, Integer> months = new LinkedHashMap<>();
        overview.conversationsPerMonth().forEach((YearMonth m, Integer n) -> months.put(m.toString(), n));
        Map<String, Integer> roles = new LinkedHashMap<>();
        overview.participantsPerRole().forEach((TableRole r, Integer n) -> roles.put(r.name(), n));
        Map<String, Integer> categories = new LinkedHashMap<>();
        overview.notesPerCategory().forEach((c, n) -> categories.put(c.key(), n));
        List<SvgCharts.Cell> cells = overview.bottlenecks().stream()
                .map(b -> new SvgCharts.Cell(b.regulation(), b.municipality(), b.notes()))
                .toList();
        return List.of(
                SvgCharts.bars("Gesprekken per maand", months, "Gesprekken", false),
                SvgCharts.bars("Deelnemers per rol", roles, "Deelnemers", true),
                SvgCharts.bars("Notities per categorie", categories, "Notities", true),
                SvgCharts.stackedBars("Ervaren knelpunten per regeling en gemeente", cells, "Notities"));
    }

    private Map<String, Long> ids() throws SQLException {
        Map<String, Long> ids = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "select 'theme:' || name, id from theme",
                    "select 'werkteam:' || name, id from werkteam",
                    "select 'municipality:' || name, id from municipality",
                    "select 'neighbourhood:' || name, id from neighbourhood",
                    "select 'regulation:' || name, id from regulation")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        ids.put(rs.getString(1), rs.getLong(2));
                    }
                }
            }
        }
        return ids;
    }

    private static String id(Map<String, Long> ids, String key) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("No " + key + " in the database");
        }
        return id.toString();
    }

    /** Twenty typical selections of the review screen. */
    static List<Named> selections(Map<String, Long> ids) {
        ReviewSelection all = ReviewSelection.ALL;
        LocalDate lastYear = TODAY.minusYears(1);
        String schiedam = id(ids, "municipality:Schiedam");
        String rotterdam = id(ids, "municipality:Rotterdam");
        String eviction = id(ids, "theme:Voorkomen huisuitzetting");
        String mantelzorgboete = id(ids, "theme:Mantelzorgboete (kostendelersnorm)");
        String loneliness = id(ids, "theme:Eenzaamheid");
        String samenspel = id(ids, "werkteam:Samenspel informeel-formeel");
        return List.of(
                new Named("01 no filter", all),
                new Named("02 word: huurachterstand", all.withQuery("huurachterstand")),
                new Named("03 prefix: huurach", all.withQuery("huurach")),
                new Named("04 two words: kostendelersnorm uitkering", all.withQuery("kostendelersnorm uitkering")),
                new Named("05 municipality Schiedam", all.with(Facet.MUNICIPALITY, schiedam)),
                new Named("06 theme eviction + 2025", all.with(Facet.THEME, eviction)
                        .withPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))),
                new Named("07 role RESIDENT", all.with(Facet.ROLE, "RESIDENT")),
                new Named("08 category policy-effect", all.with(Facet.CATEGORY, "policy-effect")),
                new Named("09 regulation Kostendelersnorm", all.with(Facet.REGULATION, id(ids, "regulation:Kostendelersnorm"))),
                new Named("10 effect EXPERIENCED_BOTTLENECK", all.with(Facet.EFFECT, "EXPERIENCED_BOTTLENECK")),
                new Named("11 with insight", all.with(Facet.INSIGHT, Facet.WITH_INSIGHT)),
                new Named("12 kostendelersnorm + Schiedam + last year + residents", all.withQuery("kostendelersnorm")
                        .with(Facet.MUNICIPALITY, schiedam)
                        .with(Facet.ROLE, "RESIDENT")
                        .withPeriod(lastYear, TODAY)),
                new Named("13 mantelzorg + theme Mantelzorgboete", all.withQuery("mantelzorg").with(Facet.THEME, mantelzorgboete)),
                new Named("14 eenzaam + residents", all.withQuery("eenzaam").with(Facet.ROLE, "RESIDENT")),
                new Named("15 werkteam Samenspel + 2024", all.with(Facet.WERKTEAM, samenspel)
                        .withPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))),
                new Named("16 neighbourhood Delfshaven", all.with(Facet.NEIGHBOURHOOD, id(ids, "neighbourhood:Delfshaven"))),
                new Named("17 schulden bewindvoerder + experience", all.withQuery("schulden bewindvoerder")
                        .with(Facet.CATEGORY, "experience")),
                new Named("18 regulation Huurtoeslag + bottleneck", all.with(Facet.REGULATION, id(ids, "regulation:Huurtoeslag"))
                        .with(Facet.EFFECT, "EXPERIENCED_BOTTLENECK")),
                new Named("19 wmo + Rotterdam + without insight", all.withQuery("wmo")
                        .with(Facet.MUNICIPALITY, rotterdam)
                        .with(Facet.INSIGHT, Facet.WITHOUT_INSIGHT)),
                new Named("20 last 3 months + theme Eenzaamheid", all.with(Facet.THEME, loneliness)
                        .withPeriod(TODAY.minusMonths(3), TODAY)));
    }

    static List<Named> overviewSelections(Map<String, Long> ids) {
        ReviewSelection all = ReviewSelection.ALL;
        return List.of(
                new Named("O1 everything", all),
                new Named("O2 last year", all.withPeriod(TODAY.minusYears(1), TODAY)),
                new Named("O3 theme eviction + 2025", all.with(Facet.THEME, id(ids, "theme:Voorkomen huisuitzetting"))
                        .withPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))),
                new Named("O4 kostendelersnorm + Schiedam", all.withQuery("kostendelersnorm")
                        .with(Facet.MUNICIPALITY, id(ids, "municipality:Schiedam"))),
                new Named("O5 role RESIDENT", all.with(Facet.ROLE, "RESIDENT")),
                new Named("O6 regulation Schuldhulpverlening", all.with(Facet.REGULATION,
                        id(ids, "regulation:Schuldhulpverlening"))));
    }

    private void explain(StringBuilder out, String title, List<SqlRecorder.Statement> statements) throws SQLException {
        out.append("\n").append("=".repeat(100)).append("\n").append(title).append("\n");
        try (Connection c = db.connect()) {
            for (SqlRecorder.Statement st : statements) {
                if (!st.sql().contains("released_note") && !st.sql().contains("released_conversation")) {
                    continue;
                }
                out.append("\n").append("-".repeat(100)).append("\n")
                        .append(kind(st.sql())).append(": ").append(round(st.millis())).append(" ms in the app\n")
                        .append(st.sql().strip()).append("\n")
                        .append("parameters: ").append(SqlRecorder.describe(st.bindings())).append("\n\n");
                try (PreparedStatement explain = c.prepareStatement("explain (analyze, buffers) " + st.sql())) {
                    SqlRecorder.bind(c, explain, st.bindings());
                    try (ResultSet rs = explain.executeQuery()) {
                        while (rs.next()) {
                            out.append(rs.getString(1)).append("\n");
                        }
                    }
                }
            }
        }
    }

    /** A short name for a statement of the review area, for the per-statement times. */
    static String kind(String sql) {
        String s = sql.replaceAll("\\s+", " ").trim();
        if (s.startsWith("select numnode")) {
            return "hasLexemes";
        }
        if (s.contains("ts_headline") || (s.contains("order by") && s.contains("offset") && s.contains("limit"))) {
            return "page";
        }
        if (s.startsWith("select count(*) from released_note")) {
            return "count";
        }
        if (s.contains("grouping sets")) {
            return "facets (one pass)";
        }
        if (s.contains("with tagged as")) {
            return "overview bottlenecks";
        }
        if (s.contains("join note_regulation t on t.note_id = n.note_id where")) {
            return "facet regulation";
        }
        if (s.contains("as value, count(*) as notes")) {
            return "facet (own filter left out)";
        }
        if (s.contains("date_trunc('month'")) {
            return "overview per month";
        }
        if (s.contains("released_role_count")) {
            return "overview per role";
        }
        if (s.contains("select n.category, count(*)")) {
            return "overview per category";
        }
        return s.length() > 60 ? s.substring(0, 60) : s;
    }

    private Map<String, Object> dataSizes() throws SQLException {
        Map<String, Object> sizes = new LinkedHashMap<>();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String table : List.of("conversation", "participant", "note", "released_conversation", "released_note",
                    "released_role_count", "note_regulation", "note_effect", "tag_history", "insight", "insight_note",
                    "insight_revision")) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    sizes.put(table, rs.getLong(1));
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    select pg_size_pretty(pg_database_size(current_database())),
                        pg_size_pretty(pg_total_relation_size('released_note')),
                        pg_size_pretty(pg_relation_size('released_note_search')), version(),
                        current_setting('shared_buffers'), current_setting('work_mem')
                    """)) {
                rs.next();
                sizes.put("databaseSize", rs.getString(1));
                sizes.put("releasedNoteWithIndexes", rs.getString(2));
                sizes.put("releasedNoteSearchIndex", rs.getString(3));
                sizes.put("postgres", rs.getString(4));
                sizes.put("sharedBuffers", rs.getString(5));
                sizes.put("workMem", rs.getString(6));
            }
        }
        return sizes;
    }

    private Map<String, Object> environment(String loadBefore, String loadAfter, long[] before, long[] after,
            double benchCpuSeconds, double wallSeconds) throws IOException {
        Map<String, Object> env = new LinkedHashMap<>();
        env.put("nproc", Runtime.getRuntime().availableProcessors());
        env.put("cpuModel", firstMatching(Path.of("/proc/cpuinfo"), "model name"));
        env.put("memTotal", firstMatching(Path.of("/proc/meminfo"), "MemTotal"));
        env.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        env.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        env.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
        env.put("gitCommit", System.getProperty("bench.gitCommit", "unknown"));
        env.put("gitDirty", System.getProperty("bench.gitDirty", "unknown"));
        env.put("database", "embedded PostgreSQL 17 (zonky) on the same machine, fsync on, default settings");
        env.put("loadAverageBefore", loadBefore);
        env.put("loadAverageAfter", loadAfter);
        double busy = (after[0] - before[0]) / (double) Math.max(1, after[1] - before[1]);
        env.put("machineBusyPercentWhileMeasuring", round(busy * 100));
        env.put("benchJvmCpuPercentOfOneCore", round(benchCpuSeconds / wallSeconds * 100));
        return env;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long[] machineTicks() throws IOException {
        String[] parts = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long total = 0;
        long idle = 0;
        for (int i = 1; i < parts.length && i <= 8; i++) {
            long v = Long.parseLong(parts[i]);
            total += v;
            if (i == 4 || i == 5) {
                idle += v;
            }
        }
        return new long[] {total - idle, total};
    }

    private static String firstMatching(Path file, String key) throws IOException {
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(key)) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "unknown";
    }

    static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return round(sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))]);
    }

    static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

}
