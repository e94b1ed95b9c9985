package nl.keukentafel.report;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A report or case bundle as blocks, in one language, ready to print as HTML, PDF or Markdown (the
 * same blocks give the same content in every format); {@code contents} is the heading of the table
 * of contents, empty for none. Quotes carry the id of their note, so a
 * frozen version can be printed again with only the notes that are still released.
 */
public record Document(
        String language,
        String title,
        String subtitle,
        String status,
        String generatedBy,
        String contents,
        List<Block> blocks) {

    /** One part of a document. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Heading.class, name = "heading"),
        @JsonSubTypes.Type(value = Text.class, name = "text"),
        @JsonSubTypes.Type(value = Items.class, name = "items"),
        @JsonSubTypes.Type(value = Table.class, name = "table"),
        @JsonSubTypes.Type(value = Quotes.class, name = "quotes"),
        @JsonSubTypes.Type(value = Chart.class, name = "chart"),
        @JsonSubTypes.Type(value = PageBreak.class, name = "page-break")
    })
    public sealed interface Block permits Heading, Text, Items, Table, Quotes, Chart, PageBreak {}

    /** A heading; level 2 headings make the table of contents. */
    public record Heading(int level, String text) implements Block {}

    /** The team's or a fixed text; blank lines separate paragraphs. */
    public record Text(String text) implements Block {}

    /** A bulleted or numbered list. */
    public record Items(boolean numbered, List<String> items) implements Block {}

    /** A table of figures with its caption; the first column names the rows. */
    public record Table(String caption, List<String> headers, List<List<String>> rows) implements Block {}

    /** Quotes of released notes under an optional heading; left out when no quote is left. */
    public record Quotes(@Nullable String heading, List<Quote> quotes) implements Block {}

    /** One released note's redacted words and where they came from (a role, never a name). */
    public record Quote(long noteId, String text, String attribution) {}

    /** A chart of figures: bars, or bars stacked by series; printed with its figures as a table. */
    public record Chart(String title, String valueLabel, boolean stacked, List<ChartValue> values) implements Block {}

    /** One value of a chart: its bar, the part of the bar (stacked only), and the figure. */
    public record ChartValue(String label, String series, int value) {}

    /** The next block starts on a new page (PDF only). */
    public record PageBreak() implements Block {}

    /** The ids of the notes this document quotes, each once (a note can be quoted in two places). */
    public List<Long> quotedNotes() {
        Set<Long> ids = new LinkedHashSet<>();
        for (Block block : blocks) {
            if (block instanceof Quotes quotes) {
                quotes.quotes().forEach(q -> ids.add(q.noteId()));
            }
        }
        return List.copyOf(ids);
    }

    /**
     * This document with only the quotes of notes that are still released, each with the words it
     * has now (a corrected redaction applies to an older version too); empty quote blocks go.
     */
    public Document onlyReleased(Map<Long, String> released) {
        List<Block> kept = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof Quotes quotes) {
                List<Quote> left = quotes.quotes().stream()
                        .filter(q -> released.containsKey(q.noteId()))
                        .map(q -> new Quote(q.noteId(), released.get(q.noteId()), q.attribution()))
                        .toList();
                if (!left.isEmpty()) {
                    kept.add(new Quotes(quotes.heading(), left));
                }
            } else {
                kept.add(block);
            }
        }
        return new Document(language, title, subtitle, status, generatedBy, contents, List.copyOf(kept));
    }
}
