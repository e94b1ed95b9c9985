package nl.keukentafel.bench.review;

import java.util.List;
import java.util.Map;

/** bench/results/review.md from the figures of review.json. */
final class ReviewReport {

    private ReviewReport() {}

    @SuppressWarnings("unchecked")
    static String markdown(Map<String, Object> report) {
        StringBuilder md = new StringBuilder();
        Map<String, Object> env = (Map<String, Object>) report.get("environment");
        Map<String, Object> data = (Map<String, Object>) report.get("data");
        Map<String, Object> search = (Map<String, Object>) report.get("search");
        Map<String, Object> overview = (Map<String, Object>) report.get("overview");
        Map<String, Object> method = (Map<String, Object>) report.get("method");
        md.append("# Review area benchmark, ").append(report.get("date")).append("\n\n");
        md.append("Search + count + facet counts (what the review screen waits for after a change of selection), ")
                .append("20 selections, ").append(method.get("warmupRounds")).append(" warm-up rounds, ")
                .append(method.get("measuredRounds")).append(" measured rounds in shuffled order; page of ")
                .append(method.get("pageSize")).append(" notes. Percentiles nearest-rank, in ms.\n\n");
        md.append("| | p50 | p95 | max | target |\n|---|---:|---:|---:|---|\n");
        md.append("| search + count + facets, all ").append(search.get("samples")).append(" samples | ")
                .append(search.get("p50")).append(" | ").append(search.get("p95")).append(" | ")
                .append(search.get("max")).append(" | p95 ≤ ").append(search.get("targetP95")).append(" ms: ")
                .append(Boolean.TRUE.equals(search.get("meetsTarget")) ? "met" : "**missed**").append(" |\n");
        md.append("| Overzicht (figures + 4 SVG charts), all ").append(overview.get("samples")).append(" samples | ")
                .append(overview.get("p50")).append(" | ").append(overview.get("p95")).append(" | ")
                .append(overview.get("max")).append(" | ≤ ").append(overview.get("target")).append(" ms: ")
                .append(Boolean.TRUE.equals(overview.get("meetsTarget")) ? "met (max)" : "**missed**").append(" |\n\n");

        md.append("## Per selection\n\n");
        md.append("| selection | notes | p50 | p95 | max | page p50 | count + facets p50 |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map<String, Object> row : (List<Map<String, Object>>) report.get("selections")) {
            md.append("| ").append(row.get("name")).append(" | ").append(row.get("notes")).append(" | ")
                    .append(row.get("p50")).append(" | ").append(row.get("p95")).append(" | ")
                    .append(row.get("max")).append(" | ").append(row.get("searchP50")).append(" | ")
                    .append(row.get("facetsP50")).append(" |\n");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> reload = (Map<String, Object>) report.get("reload");
        if (reload != null) {
            md.append("\n## After a change\n\nSearch + counts of *no filter* right after a change, when each node loads the facts it")
                    .append(" counts again (ms, 5 times): after a tag change ")
                    .append(reload.get("afterTagChange"))
                    .append("; after a change of released notes ")
                    .append(reload.get("afterReleasedNotesChange"))
                    .append(".\n");
        }
        md.append("\n## Overzicht\n\n");
        md.append("| selection | p50 | p95 | max | figures p50 | charts p50 |\n|---|---:|---:|---:|---:|---:|\n");
        for (Map<String, Object> row : (List<Map<String, Object>>) overview.get("selections")) {
            md.append("| ").append(row.get("name")).append(" | ").append(row.get("p50")).append(" | ")
                    .append(row.get("p95")).append(" | ").append(row.get("max")).append(" | ")
                    .append(row.get("figuresP50")).append(" | ").append(row.get("chartsP50")).append(" |\n");
        }
        md.append("\n## Statements of the slowest selections (one recorded load, ms)\n\n");
        List<String> explained = (List<String>) report.get("explained");
        for (Map<String, Object> row : (List<Map<String, Object>>) report.get("selections")) {
            if (!explained.contains(row.get("name"))) {
                continue;
            }
            md.append("* ").append(row.get("name")).append(": ");
            List<String> parts = ((List<Map<String, Object>>) row.get("statements")).stream()
                    .map(st -> st.get("sql") + " " + st.get("ms"))
                    .toList();
            md.append(String.join(", ", parts)).append("\n");
        }
        md.append("\nPlans: `review-plans.txt`.\n\n## Data\n\n");
        data.forEach((k, v) -> md.append("* ").append(k).append(": ").append(v).append("\n"));
        md.append("\n## Environment\n\n");
        env.forEach((k, v) -> md.append("* ").append(k).append(": ").append(v).append("\n"));
        md.append("\n").append(method.get("measured")).append("; Overzicht: ").append(method.get("overview"))
                .append(".\n");
        return md.toString();
    }
}
