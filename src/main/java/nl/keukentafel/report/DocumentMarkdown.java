package nl.keukentafel.report;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a {@link Document} as Markdown (CommonMark with GitHub tables): the same blocks as the PDF,
 * so the same content. A chart is an SVG image embedded as a data URI (shown by most Markdown
 * viewers and by pandoc) followed by its figures as a table, which every viewer shows.
 */
final class DocumentMarkdown {

    private static final Pattern ORDERED_ITEM = Pattern.compile("([0-9]{1,9})([.)](?: .*)?)", Pattern.DOTALL);

    private DocumentMarkdown() {}

    static String write(Document document) {
        StringBuilder out = new StringBuilder(32 * 1024);
        out.append("# ").append(inline(document.title())).append("\n\n");
        out.append(inline(document.subtitle())).append("\n\n");
        if (!document.status().isEmpty()) {
            out.append("**").append(inline(document.status())).append("**\n\n");
        }
        out.append('_').append(inline(document.generatedBy())).append("_\n\n");
        List<String> headings = document.blocks().stream()
                .filter(b -> b instanceof Document.Heading h && h.level() == 2)
                .map(b -> ((Document.Heading) b).text())
                .toList();
        if (!document.contents().isEmpty() && !headings.isEmpty()) {
            out.append("## ").append(inline(document.contents())).append("\n\n");
            int n = 0;
            for (String heading : headings) {
                out.append(++n)
                        .append(". [")
                        .append(inline(heading))
                        .append("](#")
                        .append(slug(heading))
                        .append(")\n");
            }
            out.append('\n');
        }
        for (Document.Block block : document.blocks()) {
            switch (block) {
                case Document.Heading h ->
                    out.append("#".repeat(Math.clamp(h.level(), 2, 4)))
                            .append(' ')
                            .append(inline(h.text()))
                            .append("\n\n");
                case Document.Text t -> {
                    for (String paragraph : DocumentHtml.paragraphs(t.text())) {
                        out.append(lines(paragraph)).append("\n\n");
                    }
                }
                case Document.Items items -> {
                    int n = 0;
                    for (String item : items.items()) {
                        out.append(items.numbered() ? (++n) + ". " : "- ")
                                .append(inline(item))
                                .append('\n');
                    }
                    if (!items.items().isEmpty()) {
                        out.append('\n');
                    }
                }
                case Document.Table table -> table(out, table);
                case Document.Quotes quotes -> {
                    if (quotes.heading() != null) {
                        out.append("#### ")
                                .append(inline(quotes.heading()))
                                .append(" (")
                                .append(quotes.quotes().size())
                                .append(")\n\n");
                    }
                    for (Document.Quote q : quotes.quotes()) {
                        for (String line : q.text().strip().split("\\R")) {
                            out.append("> ").append(inline(line)).append('\n');
                        }
                        out.append(">\n> — _").append(inline(q.attribution())).append("_\n\n");
                    }
                }
                case Document.Chart chart -> {
                    String svg = DocumentHtml.svg(chart);
                    out.append("![")
                            .append(inline(chart.title()))
                            .append("](data:image/svg+xml;base64,")
                            .append(Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)))
                            .append(")\n\n");
                    table(out, DocumentHtml.figures(chart));
                }
                case Document.PageBreak b -> out.append("---\n\n");
            }
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Document.Table table) {
        out.append("**").append(inline(table.caption())).append("**\n\n|");
        table.headers().forEach(h -> out.append(' ').append(cell(h)).append(" |"));
        out.append("\n|");
        for (int i = 0; i < table.headers().size(); i++) {
            out.append(i == 0 ? " --- |" : " ---: |");
        }
        out.append('\n');
        for (List<String> row : table.rows()) {
            out.append('|');
            row.forEach(c -> out.append(' ').append(cell(c)).append(" |"));
            out.append('\n');
        }
        out.append('\n');
    }

    /** GitHub's heading anchors: lower case, spaces to hyphens, punctuation dropped. */
    static String slug(String heading) {
        StringBuilder out = new StringBuilder();
        heading.toLowerCase(Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                out.appendCodePoint(c);
            } else if (c == ' ') {
                out.append('-');
            }
        });
        return out.toString();
    }

    private static String lines(String text) {
        StringBuilder out = new StringBuilder();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            out.append(inline(lines[i]));
            if (i < lines.length - 1) {
                out.append("  \n");
            }
        }
        return out.toString();
    }

    private static String cell(String text) {
        return inline(text).replace("|", "\\|");
    }

    /**
     * Text as Markdown shows it literally: the characters that would start emphasis, code, HTML or a
     * link are escaped; a line that would start a heading, list or quote is escaped at its start.
     * Placeholders such as [naam] stay readable (a bracket only links when "](" follows).
     */
    static String inline(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '*', '_', '`', '<', '>' -> out.append('\\').append(c);
                case ']' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '(' ? "\\]" : "]");
                case '!' -> out.append(i + 1 < text.length() && text.charAt(i + 1) == '[' ? "\\!" : "!");
                default -> out.append(c);
            }
        }
        String escaped = out.toString();
        String trimmed = escaped.stripLeading();
        if (trimmed.startsWith("#")
                || trimmed.startsWith("- ")
                || trimmed.startsWith("+ ")
                || trimmed.startsWith("=")) {
            return "\\" + trimmed;
        }
        Matcher number = ORDERED_ITEM.matcher(trimmed);
        if (number.matches()) {
            return number.group(1) + "\\" + number.group(2);
        }
        return escaped;
    }
}
