package nl.keukentafel.report;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.keukentafel.review.SvgCharts;

/**
 * Writes a {@link Document} as XHTML: for the PDF (charts as PNG images, page numbers, a table of
 * contents with page numbers) and for the live preview on screen (charts as SVG). Every chart is
 * an image with its title as text alternative and its figures in a table beneath it.
 */
final class DocumentHtml {

    /** Where the HTML goes: the PDF renderer or a browser. */
    enum Target {
        PDF,
        SCREEN
    }

    private static final String STYLE = """
            @page { size: A4; margin: 22mm 20mm 24mm 20mm;
                @bottom-center { content: counter(page); font-family: 'Atkinson Hyperlegible'; font-size: 9pt; color: #444; } }
            @page :first { @bottom-center { content: none; } }
            body { font-family: 'Atkinson Hyperlegible', 'DejaVu Sans', sans-serif; font-size: 11pt; line-height: 1.45;
                color: #1a1a1a; }
            .cover { page-break-after: always; padding-top: 45mm; }
            .cover h1 { font-size: 26pt; line-height: 1.15; margin: 0 0 6mm 0; color: #0b3d62; }
            .cover .subtitle { font-size: 14pt; margin: 0 0 12mm 0; }
            .cover .status { display: inline-block; border: 1.5pt solid #0b3d62; padding: 2mm 4mm; font-weight: bold; }
            .cover .by { margin-top: 20mm; color: #444; }
            h2 { font-size: 16pt; color: #0b3d62; margin: 9mm 0 3mm 0; page-break-after: avoid; }
            h3 { font-size: 12.5pt; margin: 6mm 0 2mm 0; page-break-after: avoid; }
            h4 { font-size: 11pt; margin: 4mm 0 1mm 0; color: #333; page-break-after: avoid; }
            p { margin: 0 0 2.5mm 0; }
            blockquote { margin: 0 0 2.5mm 0; padding: 1mm 0 1mm 3.5mm; border-left: 2.5pt solid #0072B2;
                page-break-inside: avoid; }
            blockquote p { margin: 0; }
            blockquote .who { font-size: 9pt; color: #444; margin-top: 0.5mm; }
            table { border-collapse: collapse; margin: 2mm 0 5mm 0; font-size: 9.5pt; page-break-inside: avoid; }
            caption { text-align: left; font-weight: bold; margin-bottom: 1.5mm; }
            th, td { border: 0.75pt solid #999; padding: 1.2mm 2mm; text-align: left; vertical-align: top; }
            td.n, th.n { text-align: right; }
            th { background: #e8eef4; }
            figure { margin: 3mm 0 1mm 0; page-break-inside: avoid; }
            figure img { width: 130mm; }
            figure svg { max-width: 100%; height: auto; }
            figcaption { font-weight: bold; margin-bottom: 1.5mm; }
            nav.contents ol { padding-left: 6mm; }
            nav.contents a { color: #1a1a1a; text-decoration: none; }
            nav.contents a::after { content: leader('.') target-counter(attr(href), page); }
            .new-page { page-break-before: always; }
            """;

    private static final String SCREEN_STYLE = """
            body { max-width: 46rem; margin: 1.5rem auto; padding: 0 1rem; }
            .cover { padding-top: 0; border-bottom: 2px solid #0b3d62; margin-bottom: 1.5rem; }
            nav.contents a::after { content: none; }
            .new-page { border-top: 1px dashed #999; padding-top: 1rem; }
            .cover .by { margin-top: 1.5rem; }
            table { display: block; max-width: 100%; overflow-x: auto; }
            """;

    private DocumentHtml() {}

    static String write(Document document, Target target) {
        Map<String, String> anchors = new LinkedHashMap<>();
        int n = 0;
        for (Document.Block block : document.blocks()) {
            if (block instanceof Document.Heading h && h.level() == 2) {
                anchors.put("s" + (++n), h.text());
            }
        }
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(escape(document.language()))
                .append("\" xml:lang=\"")
                .append(escape(document.language()))
                .append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(escape(document.title()))
                .append("</title><meta name=\"subject\" content=\"")
                .append(escape(document.subtitle()))
                .append("\"/><meta name=\"author\" content=\"")
                .append(escape(document.generatedBy()))
                .append("\"/><style>")
                .append(STYLE);
        if (target == Target.SCREEN) {
            out.append(SCREEN_STYLE);
        }
        out.append("</style></head><body>");
        out.append("<section class=\"cover\"><h1>")
                .append(escape(document.title()))
                .append("</h1><p class=\"subtitle\">")
                .append(escape(document.subtitle()))
                .append("</p>");
        if (!document.status().isEmpty()) {
            out.append("<p class=\"status\">").append(escape(document.status())).append("</p>");
        }
        out.append("<p class=\"by\">").append(escape(document.generatedBy())).append("</p>");
        if (!document.contents().isEmpty() && !anchors.isEmpty()) {
            out.append("<nav class=\"contents\" aria-label=\"")
                    .append(escape(document.contents()))
                    .append("\"><h2>")
                    .append(escape(document.contents()))
                    .append("</h2><ol>");
            anchors.forEach((id, text) -> out.append("<li><a href=\"#")
                    .append(id)
                    .append("\" title=\"")
                    .append(escape(text))
                    .append("\">")
                    .append(escape(text))
                    .append("</a></li>"));
            out.append("</ol></nav>");
        }
        out.append("</section>");
        int heading = 0;
        boolean breakNext = false;
        for (Document.Block block : document.blocks()) {
            switch (block) {
                case Document.Heading h -> {
                    int level = Math.clamp(h.level(), 2, 4);
                    out.append("<h").append(level);
                    if (level == 2) {
                        out.append(" id=\"s").append(++heading).append('"');
                    }
                    if (breakNext) {
                        out.append(" class=\"new-page\"");
                        breakNext = false;
                    }
                    out.append('>')
                            .append(escape(h.text()))
                            .append("</h")
                            .append(level)
                            .append('>');
                }
                case Document.Text t -> {
                    for (String paragraph : paragraphs(t.text())) {
                        out.append("<p>").append(lines(paragraph)).append("</p>");
                    }
                }
                case Document.Items items -> {
                    if (!items.items().isEmpty()) {
                        String tag = items.numbered() ? "ol" : "ul";
                        out.append('<').append(tag).append('>');
                        items.items()
                                .forEach(i ->
                                        out.append("<li>").append(escape(i)).append("</li>"));
                        out.append("</").append(tag).append('>');
                    }
                }
                case Document.Table table -> table(out, table);
                case Document.Quotes quotes -> {
                    if (quotes.heading() != null) {
                        out.append("<h4>")
                                .append(escape(quotes.heading()))
                                .append(" (")
                                .append(quotes.quotes().size())
                                .append(")</h4>");
                    }
                    for (Document.Quote q : quotes.quotes()) {
                        out.append("<blockquote><p>")
                                .append(lines(q.text()))
                                .append("</p><p class=\"who\">")
                                .append(escape(q.attribution()))
                                .append("</p></blockquote>");
                    }
                }
                case Document.Chart chart -> chart(out, chart, target);
                case Document.PageBreak b -> breakNext = true;
            }
        }
        out.append("</body></html>");
        return out.toString();
    }

    private static void table(StringBuilder out, Document.Table table) {
        out.append("<table><caption>").append(escape(table.caption())).append("</caption><thead><tr>");
        for (int i = 0; i < table.headers().size(); i++) {
            out.append("<th scope=\"col\"")
                    .append(i == 0 ? "" : " class=\"n\"")
                    .append('>')
                    .append(escape(table.headers().get(i)))
                    .append("</th>");
        }
        out.append("</tr></thead><tbody>");
        for (List<String> row : table.rows()) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                if (i == 0) {
                    out.append("<th scope=\"row\">").append(escape(row.get(i))).append("</th>");
                } else {
                    out.append("<td class=\"n\">").append(escape(row.get(i))).append("</td>");
                }
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    private static void chart(StringBuilder out, Document.Chart chart, Target target) {
        out.append("<figure><figcaption>").append(escape(chart.title())).append("</figcaption>");
        if (target == Target.PDF) {
            byte[] png = chart.stacked()
                    ? SvgCharts.stackedBarsPng(cells(chart), chart.valueLabel())
                    : SvgCharts.barsPng(values(chart), chart.valueLabel(), horizontal(chart));
            out.append("<img alt=\"")
                    .append(escape(chart.title()))
                    .append("\" src=\"data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(png))
                    .append("\"/>");
        } else {
            out.append(svg(chart));
        }
        out.append("</figure>");
        table(out, figures(chart));
    }

    /** The chart as SVG, for the screen and for Markdown. */
    static String svg(Document.Chart chart) {
        return chart.stacked()
                ? SvgCharts.stackedBars(chart.title(), cells(chart), chart.valueLabel())
                : SvgCharts.bars(chart.title(), values(chart), chart.valueLabel(), horizontal(chart));
    }

    /** The figures of a chart as a table. */
    static Document.Table figures(Document.Chart chart) {
        if (!chart.stacked()) {
            return new Document.Table(
                    chart.title(),
                    List.of("", chart.valueLabel()),
                    chart.values().stream()
                            .map(v -> List.of(v.label(), String.valueOf(v.value())))
                            .toList());
        }
        List<String> series = chart.values().stream()
                .map(Document.ChartValue::series)
                .distinct()
                .toList();
        Map<String, Map<String, Integer>> rows = new LinkedHashMap<>();
        chart.values()
                .forEach(v -> rows.computeIfAbsent(v.label(), l -> new LinkedHashMap<>())
                        .merge(v.series(), v.value(), Integer::sum));
        List<String> headers = new ArrayList<>();
        headers.add("");
        headers.addAll(series);
        List<List<String>> table = new ArrayList<>();
        rows.forEach((label, values) -> {
            List<String> row = new ArrayList<>();
            row.add(label);
            series.forEach(s -> row.add(String.valueOf(values.getOrDefault(s, 0))));
            table.add(row);
        });
        return new Document.Table(chart.title() + " (" + chart.valueLabel() + ")", headers, table);
    }

    private static boolean horizontal(Document.Chart chart) {
        return chart.values().size() > 6
                || chart.values().stream().anyMatch(v -> v.label().length() > 14);
    }

    private static Map<String, Integer> values(Document.Chart chart) {
        Map<String, Integer> values = new LinkedHashMap<>();
        chart.values().forEach(v -> values.merge(v.label(), v.value(), Integer::sum));
        return values;
    }

    private static List<SvgCharts.Cell> cells(Document.Chart chart) {
        return chart.values().stream()
                .map(v -> new SvgCharts.Cell(v.label(), v.series(), v.value()))
                .toList();
    }

    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String part : text.strip().split("\\n\\s*\\n")) {
            if (!part.isBlank()) {
                paragraphs.add(part.strip());
            }
        }
        return paragraphs;
    }

    private static String lines(String text) {
        return escape(text).replace("\r\n", "\n").replace("\n", "<br/>");
    }

    /** Escapes text for XHTML and drops characters XML cannot hold. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c == '\n' || c == '\t' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF)) {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }
}
