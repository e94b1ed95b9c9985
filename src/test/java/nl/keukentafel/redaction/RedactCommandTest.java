package nl.keukentafel.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command a privacy officer runs on their own notes: offsets, comparison and bad input. */
class RedactCommandTest {

    @TempDir
    Path work;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final RedactCommand command = new RedactCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void offsetsAreUnicodeCodePointsSoAnEmojiBeforeASpanCountsAsOne() throws IOException {
        // 😀 and 𝒳 are two UTF-16 units each but one code point.
        Path in = write("in.jsonl", "{\"id\": 7, \"text\": \"😀𝒳 Bel 06-12345678 nu\"}");

        assertThat(command.run(new String[] {"--in", in.toString()})).isZero();

        assertThat(output().strip()).isEqualTo("{\"id\":7,\"spans\":[{\"start\":7,\"end\":18,\"type\":\"PHONE\"}]}");
        String text = "😀𝒳 Bel 06-12345678 nu";
        int start = text.offsetByCodePoints(0, 7);
        assertThat(text.substring(start, text.offsetByCodePoints(0, 18))).isEqualTo("06-12345678");
    }

    @Test
    void knownNamesFromTheCommandLineAreAlwaysFound() throws IOException {
        Path in = write("in.jsonl", "{\"id\": \"a\", \"text\": \"Zwaantje zei het.\"}");

        assertThat(command.run(new String[] {"--in", in.toString(), "--names", "Zwaantje Terpstra, Bert"}))
                .isZero();

        assertThat(output()).contains("{\"start\":0,\"end\":8,\"type\":\"PERSON\"}");
    }

    @Test
    void compareCountsRecallAndPrecisionPerType() throws IOException {
        Path gold = write("gold.jsonl", """
                {"id": "1", "text": "x", "spans": [{"start": 0, "end": 5, "type": "PERSON"}, {"start": 10, "end": 15, "type": "PHONE"}]}
                {"id": "2", "text": "y", "spans": []}
                """);
        Path predicted = write("predicted.jsonl", """
                {"id": "1", "spans": [{"start": 0, "end": 5, "type": "PERSON"}, {"start": 10, "end": 15, "type": "BSN"}]}
                {"id": "2", "spans": [{"start": 1, "end": 3, "type": "PERSON"}]}
                """);

        assertThat(command.run(
                        new String[] {"compare", "--predicted", predicted.toString(), "--gold", gold.toString()}))
                .isZero();

        Evaluation evaluation = Evaluation.of(Files.readAllLines(predicted), Files.readAllLines(gold));
        assertThat(evaluation.of(PiiType.PERSON).recall()).isEqualTo(1.0);
        assertThat(evaluation.of(PiiType.PERSON).precision()).isEqualTo(0.5);
        assertThat(evaluation.of(PiiType.PHONE).recall()).isZero();
        assertThat(evaluation.of(PiiType.PHONE).hiddenRecall()).isEqualTo(1.0);
        assertThat(evaluation.overall().recall()).isEqualTo(0.5);
        assertThat(output()).contains("notes: 2").containsPattern("PERSON\\s+1\\s+1\\s+1\\.000\\s+0\\.500");
    }

    @Test
    void aBadLineIsReportedWithItsNumberAndTheOthersAreStillDone() throws IOException {
        Path in = write("in.jsonl", """
                {"id": 1, "text": "Mail a@voorbeeld.nl"}
                {"id": 2, "text":
                {"id": 3}
                {"id": 4, "text": "niets"}
                """);

        assertThat(command.run(new String[] {"--in", in.toString()})).isEqualTo(1);

        List<String> lines = output().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst()).contains("EMAIL");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("line 2: not valid JSON")
                .contains("line 3: needs an object with \"id\" and a string \"text\"")
                .doesNotContain("Exception");
    }

    @Test
    void wrongUseGetsAPlainMessageNotAStackTrace() {
        assertThat(command.run(new String[] {"compare", "--gold"})).isEqualTo(2);
        assertThat(command.run(new String[] {"translate"})).isEqualTo(2);
        assertThat(command.run(
                        new String[] {"--in", work.resolve("missing.jsonl").toString()}))
                .isEqualTo(2);

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("redact: expected --option value")
                .contains("redact: unknown mode 'translate'")
                .contains("redact: cannot read or write")
                .doesNotContain("Exception");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(work.resolve(name), content);
    }
}
