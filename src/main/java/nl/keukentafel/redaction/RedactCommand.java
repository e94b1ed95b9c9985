package nl.keukentafel.redaction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The redaction step as a command, for a privacy officer's own evaluation, without a database or
 * the web application ({@code java -jar keukentafel.jar redact …}; docs/redaction.md):
 *
 * <pre>
 * redact [--in FILE] [--out FILE] [--names "Ann de Wit,Bert"]   JSON lines {"id","text"} → {"id","spans"}
 * redact compare --predicted FILE --gold FILE                    recall and precision per type
 * redact bench --in FILE [--seconds N] [--out FILE]              notes per second on one thread
 * </pre>
 *
 * Offsets are Unicode code points, end exclusive. A line that is not valid input is reported with
 * its number and skipped; the exit code is then 1.
 */
public final class RedactCommand {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintStream out;
    private final PrintStream err;
    private int problems;

    RedactCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new RedactCommand(System.out, System.err).run(args));
    }

    /** Runs the command; returns the exit code (0 fine, 1 some lines were skipped, 2 wrong use). */
    int run(String[] args) {
        try {
            List<String> rest = new ArrayList<>(Arrays.asList(args));
            String mode = !rest.isEmpty() && !rest.getFirst().startsWith("--") ? rest.removeFirst() : "detect";
            Map<String, String> options = options(rest);
            switch (mode) {
                case "detect" -> detect(options);
                case "compare" -> compare(options);
                case "bench" -> bench(options);
                default -> throw new UsageException("unknown mode '" + mode + "'");
            }
            return problems == 0 ? 0 : 1;
        } catch (UsageException e) {
            err.println("redact: " + e.getMessage());
            err.println("usage: redact [--in FILE] [--out FILE] [--names \"A,B\"]"
                    + " | redact compare --predicted FILE --gold FILE | redact bench --in FILE [--seconds N]");
            return 2;
        } catch (IOException e) {
            err.println("redact: cannot read or write: " + e.getMessage());
            return 2;
        }
    }

    private void detect(Map<String, String> options) throws IOException {
        PiiDetector detector = new PiiDetector();
        List<String> names = options.containsKey("names")
                ? Arrays.stream(options.get("names").split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList()
                : List.of();
        try (BufferedReader in = reader(options.get("in"));
                PrintWriter writer = writer(options.get("out"))) {
            eachLine(in, (number, line) -> {
                Note note = note(line, number);
                if (note == null) {
                    return;
                }
                ObjectNode result = JSON.createObjectNode();
                result.set("id", note.id());
                ArrayNode spans = result.putArray("spans");
                for (PiiSpan span : detector.detect(note.text(), names)) {
                    Evaluation.Span cp = Evaluation.toCodePoints(note.text(), span);
                    spans.addObject()
                            .put("start", cp.start())
                            .put("end", cp.end())
                            .put("type", cp.type().name());
                }
                writer.println(JSON.writeValueAsString(result));
            });
        }
    }

    private void compare(Map<String, String> options) throws IOException {
        Map<String, List<Evaluation.Span>> predicted = spansById(required(options, "predicted"));
        Map<String, List<Evaluation.Span>> gold = spansById(required(options, "gold"));
        Evaluation evaluation = new Evaluation();
        for (Map.Entry<String, List<Evaluation.Span>> labelled : gold.entrySet()) {
            evaluation.add(labelled.getValue(), predicted.getOrDefault(labelled.getKey(), List.of()));
        }
        long unknown =
                predicted.keySet().stream().filter(id -> !gold.containsKey(id)).count();
        if (unknown > 0) {
            err.println("redact: " + unknown + " predicted ids are not in the labelled file and were left out");
        }
        out.println("notes: " + gold.size());
        out.println(evaluation.table());
    }

    private void bench(Map<String, String> options) throws IOException {
        List<String> texts = new ArrayList<>();
        try (BufferedReader in = reader(required(options, "in"))) {
            eachLine(in, (number, line) -> {
                Note note = note(line, number);
                if (note != null) {
                    texts.add(note.text());
                }
            });
        }
        if (texts.isEmpty()) {
            throw new UsageException("no notes in " + options.get("in"));
        }
        double seconds;
        try {
            seconds = Double.parseDouble(options.getOrDefault("seconds", "10"));
        } catch (NumberFormatException e) {
            throw new UsageException("--seconds needs a number");
        }
        PiiDetector detector = new PiiDetector();
        long warmUntil = System.nanoTime() + 3_000_000_000L;
        int sink = 0;
        while (System.nanoTime() < warmUntil) {
            for (String text : texts) {
                sink += detector.detect(text, List.of()).size();
            }
        }
        List<Long> perNote = new ArrayList<>();
        long start = System.nanoTime();
        long until = start + (long) (seconds * 1e9);
        long notes = 0;
        while (System.nanoTime() < until) {
            for (String text : texts) {
                long t0 = System.nanoTime();
                sink += detector.detect(text, List.of()).size();
                perNote.add(System.nanoTime() - t0);
                notes++;
            }
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        perNote.sort(null);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("notes", notes);
        result.put("seconds", Math.round(elapsed * 100) / 100.0);
        result.put("notesPerSecond", Math.round(notes / elapsed));
        result.put("p50Microseconds", perNote.get(perNote.size() / 2) / 1000);
        result.put("p99Microseconds", perNote.get((int) (perNote.size() * 0.99)) / 1000);
        result.put("distinctNotes", texts.size());
        result.put("findings", sink > 0 ? "yes" : "none");
        String json = JSON.writeValueAsString(result);
        out.println(json);
        if (options.containsKey("out")) {
            Files.writeString(Path.of(options.get("out")), json + System.lineSeparator());
        }
    }

    private record Note(JsonNode id, String text) {}

    /** One input line; null (and reported) when it is not a JSON object with an id and a text. */
    private Note note(String line, int number) {
        try {
            JsonNode node = JSON.readTree(line);
            if (!node.isObject() || !node.hasNonNull("id") || !node.path("text").isString()) {
                return problem(number, "needs an object with \"id\" and a string \"text\"");
            }
            return new Note(node.get("id"), node.get("text").asString());
        } catch (JacksonException e) {
            return problem(number, "not valid JSON (" + e.getOriginalMessage() + ")");
        }
    }

    private Map<String, List<Evaluation.Span>> spansById(String file) throws IOException {
        Map<String, List<Evaluation.Span>> byId = new HashMap<>();
        try (BufferedReader in = reader(file)) {
            eachLine(in, (number, line) -> {
                try {
                    Evaluation.Line parsed = Evaluation.parse(line);
                    byId.put(parsed.id(), parsed.spans());
                } catch (IllegalArgumentException e) {
                    problem(file, number, e.getMessage());
                }
            });
        }
        return byId;
    }

    /** Hands every line that is not blank to {@code action}, with its number (from 1). */
    private static void eachLine(BufferedReader in, BiConsumer<Integer, String> action) throws IOException {
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (!line.isBlank()) {
                action.accept(number, line);
            }
        }
    }

    private Note problem(int number, String message) {
        problems++;
        err.println("redact: line " + number + ": " + message + "; skipped");
        return null;
    }

    private void problem(String file, int number, String message) {
        problems++;
        err.println("redact: " + file + " line " + number + ": " + message + "; skipped");
    }

    private static BufferedReader reader(String file) throws IOException {
        return file == null
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8);
    }

    private PrintWriter writer(String file) throws IOException {
        return file == null
                ? new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true)
                : new PrintWriter(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8));
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    private static Map<String, String> options(List<String> args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--") || i + 1 >= args.size()) {
                throw new UsageException("expected --option value, not '" + arg + "'");
            }
            options.put(arg.substring(2), args.get(++i));
        }
        return options;
    }

    private static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
