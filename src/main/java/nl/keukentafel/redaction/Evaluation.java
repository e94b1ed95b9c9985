package nl.keukentafel.redaction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Recall and precision of found spans against labelled spans, per type and overall, with the rules
 * of docs/redaction.md: a labelled span is found when spans of the same type cover every character
 * of it, and hidden when spans of any type do; a found span is correct when it overlaps a labelled
 * span of the same type. Offsets are Unicode code points, end exclusive (as in the JSON lines).
 */
final class Evaluation {

    /** A span in code points, as the JSON lines have it. */
    record Span(int start, int end, PiiType type) {}

    /** Counts for one type (or all). */
    static final class Score {
        int labelled;
        int found;
        int hidden;
        int predicted;
        int correct;

        double recall() {
            return labelled == 0 ? 1.0 : (double) found / labelled;
        }

        double hiddenRecall() {
            return labelled == 0 ? 1.0 : (double) hidden / labelled;
        }

        double precision() {
            return predicted == 0 ? 1.0 : (double) correct / predicted;
        }
    }

    private final Map<PiiType, Score> perType = new EnumMap<>(PiiType.class);
    private final Score overall = new Score();

    Evaluation() {
        for (PiiType type : PiiType.values()) {
            perType.put(type, new Score());
        }
    }

    Score of(PiiType type) {
        return perType.get(type);
    }

    Score overall() {
        return overall;
    }

    /** Adds one note: its labelled spans and the spans that were found. */
    void add(List<Span> labelled, List<Span> predicted) {
        for (Span gold : labelled) {
            boolean found = covered(gold, predicted, true);
            boolean hidden = found || covered(gold, predicted, false);
            count(gold.type(), s -> {
                s.labelled++;
                s.found += found ? 1 : 0;
                s.hidden += hidden ? 1 : 0;
            });
        }
        for (Span guess : predicted) {
            boolean correct = labelled.stream()
                    .anyMatch(gold ->
                            gold.type() == guess.type() && gold.start() < guess.end() && guess.start() < gold.end());
            count(guess.type(), s -> {
                s.predicted++;
                s.correct += correct ? 1 : 0;
            });
        }
    }

    private void count(PiiType type, Consumer<Score> change) {
        change.accept(perType.get(type));
        change.accept(overall);
    }

    private static boolean covered(Span gold, List<Span> predicted, boolean sameType) {
        BitSet covered = new BitSet();
        for (Span p : predicted) {
            boolean overlaps = p.start() < gold.end() && gold.start() < p.end();
            if (overlaps && (!sameType || p.type() == gold.type())) {
                covered.set(Math.max(p.start(), gold.start()), Math.min(p.end(), gold.end()));
            }
        }
        return covered.nextClearBit(gold.start()) >= gold.end();
    }

    /** The table the compare command prints and the evaluation test logs. */
    String table() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(
                Locale.ROOT,
                "%-14s %8s %8s %8s %10s %8s",
                "type",
                "labelled",
                "found",
                "recall",
                "precision",
                "hidden"));
        for (PiiType type : PiiType.values()) {
            lines.add(row(type.name(), perType.get(type)));
        }
        lines.add(row("OVERALL", overall));
        return String.join(System.lineSeparator(), lines);
    }

    private static String row(String name, Score s) {
        return String.format(
                Locale.ROOT,
                "%-14s %8d %8d %8.3f %10.3f %8.3f",
                name,
                s.labelled,
                s.found,
                s.recall(),
                s.precision(),
                s.hiddenRecall());
    }

    /** One labelled or predicted JSON line: its id and spans. */
    record Line(String id, List<Span> spans) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Reads {@code {"id": …, "spans": [{"start", "end", "type"}]}}; throws IllegalArgumentException
     * with a plain message when the line is not that.
     */
    static Line parse(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (!node.isObject() || !node.hasNonNull("id")) {
            throw new IllegalArgumentException("needs an object with \"id\"");
        }
        List<Span> spans = new ArrayList<>();
        for (JsonNode span : node.path("spans")) {
            int start = span.path("start").asInt(-1);
            int end = span.path("end").asInt(-1);
            String type = span.path("type").asString("");
            if (start < 0 || end <= start) {
                throw new IllegalArgumentException("a span needs 0 <= start < end");
            }
            try {
                spans.add(new Span(start, end, PiiType.valueOf(type.toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown type '" + type + "'");
            }
        }
        return new Line(node.get("id").asString(), spans);
    }

    /** Compares predicted lines with labelled lines (blank lines ignored; a bad line throws). */
    static Evaluation of(List<String> predicted, List<String> labelled) {
        Map<String, List<Span>> found = new HashMap<>();
        predicted.stream().filter(l -> !l.isBlank()).map(Evaluation::parse).forEach(l -> found.put(l.id(), l.spans()));
        Evaluation evaluation = new Evaluation();
        labelled.stream()
                .filter(l -> !l.isBlank())
                .map(Evaluation::parse)
                .forEach(l -> evaluation.add(l.spans(), found.getOrDefault(l.id(), List.of())));
        return evaluation;
    }

    /** A Java string's UTF-16 span in code points. */
    static Span toCodePoints(String text, PiiSpan span) {
        return new Span(text.codePointCount(0, span.start()), text.codePointCount(0, span.end()), span.type());
    }
}
