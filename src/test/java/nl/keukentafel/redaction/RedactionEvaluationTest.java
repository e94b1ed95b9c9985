package nl.keukentafel.redaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The detector measured on the labelled Dutch sets in src/test/resources/redaction (docs/redaction.md),
 * through the same command a privacy officer runs: detect, then compare. The build fails when a
 * figure drops below its floor; each floor sits just under the figure measured when it was set.
 */
class RedactionEvaluationTest {

    private static final Logger log = LoggerFactory.getLogger(RedactionEvaluationTest.class);

    /** Floors for the first set (recall, precision), per type and overall (development set). */
    private static final Map<String, double[]> FLOORS_SET_1 = floors(0.98, 0.98, 0.99, 0.99, 0.98, 0.99);

    /** Floors for the second set (development set). */
    private static final Map<String, double[]> FLOORS_SET_2 = floors(0.99, 0.97, 0.98, 0.99, 0.96, 0.98);

    /** Floors for the third set (development set after its first contact). */
    private static final Map<String, double[]> FLOORS_SET_3 = Map.ofEntries(
            Map.entry("EMAIL", new double[] {0.95, 0.99}),
            Map.entry("IBAN", new double[] {0.99, 0.99}),
            Map.entry("BSN", new double[] {0.99, 0.99}),
            Map.entry("DATE_OF_BIRTH", new double[] {0.99, 0.99}),
            Map.entry("CASE_NUMBER", new double[] {0.99, 0.99}),
            Map.entry("LICENCE_PLATE", new double[] {0.99, 0.99}),
            Map.entry("PHONE", new double[] {0.99, 0.99}),
            Map.entry("ADDRESS", new double[] {0.99, 0.99}),
            Map.entry("PERSON", new double[] {0.96, 0.97}),
            Map.entry("OVERALL", new double[] {0.98, 0.98}));

    /**
     * Floors for the fourth set: written blind before the recall work and measured once then
     * (docs/redaction.md); its misses were read for that work, so it is a development set now.
     */
    private static final Map<String, double[]> FLOORS_SET_4 = Map.ofEntries(
            Map.entry("EMAIL", new double[] {0.99, 0.99}),
            Map.entry("IBAN", new double[] {0.99, 0.99}),
            Map.entry("BSN", new double[] {0.99, 0.99}),
            Map.entry("DATE_OF_BIRTH", new double[] {0.99, 0.99}),
            Map.entry("CASE_NUMBER", new double[] {0.99, 0.99}),
            Map.entry("LICENCE_PLATE", new double[] {0.99, 0.99}),
            Map.entry("PHONE", new double[] {0.99, 0.96}),
            Map.entry("ADDRESS", new double[] {0.98, 0.99}),
            Map.entry("PERSON", new double[] {0.97, 0.96}),
            Map.entry("OVERALL", new double[] {0.98, 0.97}));

    /**
     * Floors for the fifth set: written blind and measured once on first contact (docs/redaction.md);
     * its misses were read for the second recall work, so it is a development set now.
     */
    private static final Map<String, double[]> FLOORS_SET_5 = Map.ofEntries(
            Map.entry("EMAIL", new double[] {0.99, 0.99}),
            Map.entry("IBAN", new double[] {0.99, 0.99}),
            Map.entry("BSN", new double[] {0.99, 0.99}),
            Map.entry("DATE_OF_BIRTH", new double[] {0.99, 0.99}),
            Map.entry("CASE_NUMBER", new double[] {0.99, 0.99}),
            Map.entry("LICENCE_PLATE", new double[] {0.99, 0.99}),
            Map.entry("PHONE", new double[] {0.99, 0.99}),
            Map.entry("ADDRESS", new double[] {0.99, 0.99}),
            Map.entry("PERSON", new double[] {0.93, 0.93}),
            Map.entry("OVERALL", new double[] {0.96, 0.96}));

    /**
     * Floors for the sixth set: written blind and measured once on first contact (docs/redaction.md);
     * its misses were read for the third recall work, so it is a development set now.
     */
    private static final Map<String, double[]> FLOORS_SET_6 = Map.ofEntries(
            Map.entry("EMAIL", new double[] {0.99, 0.99}),
            Map.entry("IBAN", new double[] {0.99, 0.99}),
            Map.entry("BSN", new double[] {0.99, 0.99}),
            Map.entry("DATE_OF_BIRTH", new double[] {0.99, 0.99}),
            Map.entry("CASE_NUMBER", new double[] {0.99, 0.99}),
            Map.entry("LICENCE_PLATE", new double[] {0.99, 0.99}),
            Map.entry("PHONE", new double[] {0.99, 0.99}),
            Map.entry("ADDRESS", new double[] {0.96, 0.99}),
            Map.entry("PERSON", new double[] {0.93, 0.94}),
            Map.entry("OVERALL", new double[] {0.96, 0.96}));

    /**
     * Floors for the seventh set: written blind and measured once, on first contact, after the third
     * recall work (docs/redaction.md): 0.913 recall overall. The fourth recall work (from set 8's
     * misses, never set 7's) lifted it to 0.927; the floors sit just under that.
     */
    private static final Map<String, double[]> FLOORS_SET_7 = Map.ofEntries(
            Map.entry("EMAIL", new double[] {0.99, 0.99}),
            Map.entry("IBAN", new double[] {0.99, 0.99}),
            Map.entry("BSN", new double[] {0.99, 0.99}),
            Map.entry("DATE_OF_BIRTH", new double[] {0.89, 0.98}),
            Map.entry("CASE_NUMBER", new double[] {0.90, 0.98}),
            Map.entry("LICENCE_PLATE", new double[] {0.99, 0.99}),
            Map.entry("PHONE", new double[] {0.99, 0.99}),
            Map.entry("ADDRESS", new double[] {0.89, 0.99}),
            Map.entry("PERSON", new double[] {0.89, 0.94}),
            Map.entry("OVERALL", new double[] {0.92, 0.97}));

    /**
     * Floors for the eighth set: written blind and measured once, on first contact (0.904 recall,
     * 0.941 precision overall; docs/redaction.md). It found a note that made the name finder throw.
     * Its misses were read for the fourth recall work, so it is a development set now; the floors
     * sit just under what it measures after that work.
     */
    private static final Map<String, double[]> FLOORS_SET_8 = Map.ofEntries(
            Map.entry("EMAIL", new double[] {0.99, 0.99}),
            Map.entry("IBAN", new double[] {0.99, 0.99}),
            Map.entry("BSN", new double[] {0.99, 0.99}),
            Map.entry("DATE_OF_BIRTH", new double[] {0.98, 0.99}),
            Map.entry("CASE_NUMBER", new double[] {0.98, 0.99}),
            Map.entry("LICENCE_PLATE", new double[] {0.98, 0.99}),
            Map.entry("PHONE", new double[] {0.96, 0.99}),
            Map.entry("ADDRESS", new double[] {0.90, 0.99}),
            Map.entry("PERSON", new double[] {0.88, 0.91}),
            Map.entry("OVERALL", new double[] {0.94, 0.97}));

    /**
     * Floors for the ninth set: written blind and measured once, on first contact, after the fourth
     * recall work (docs/redaction.md). Its writer labelled organisations' contact details and every
     * court and client number too; the floors hold what it measured.
     */
    private static final Map<String, double[]> FLOORS_SET_9 = Map.ofEntries(
            Map.entry("EMAIL", new double[] {0.99, 0.99}),
            Map.entry("IBAN", new double[] {0.91, 0.99}),
            Map.entry("BSN", new double[] {0.94, 0.99}),
            Map.entry("DATE_OF_BIRTH", new double[] {0.89, 0.98}),
            Map.entry("CASE_NUMBER", new double[] {0.69, 0.97}),
            Map.entry("LICENCE_PLATE", new double[] {0.98, 0.98}),
            Map.entry("PHONE", new double[] {0.89, 0.99}),
            Map.entry("ADDRESS", new double[] {0.78, 0.94}),
            Map.entry("PERSON", new double[] {0.87, 0.90}),
            Map.entry("OVERALL", new double[] {0.87, 0.94}));

    @TempDir
    Path work;

    @Test
    void theFirstLabelledSetStaysAboveItsFloors() throws IOException {
        Evaluation evaluation = measure(Path.of("src/test/resources/redaction/eval/eval.jsonl"));

        assertAbove(evaluation, FLOORS_SET_1);
    }

    @Test
    void theSecondLabelledSetStaysAboveItsFloors() throws IOException {
        Evaluation evaluation = measure(Path.of("src/test/resources/redaction/eval2/eval.jsonl"));

        assertAbove(evaluation, FLOORS_SET_2);
    }

    @Test
    void theThirdLabelledSetStaysAboveItsFloors() throws IOException {
        Evaluation evaluation = measure(Path.of("src/test/resources/redaction/eval3/eval.jsonl"));

        assertAbove(evaluation, FLOORS_SET_3);
    }

    @Test
    void theFourthLabelledSetStaysAboveItsFloors() throws IOException {
        Evaluation evaluation = measure(Path.of("src/test/resources/redaction/eval4/eval.jsonl"));

        assertAbove(evaluation, FLOORS_SET_4);
    }

    @Test
    void theFifthLabelledSetStaysAboveItsFloors() throws IOException {
        Evaluation evaluation = measure(Path.of("src/test/resources/redaction/eval5/eval.jsonl"));

        assertAbove(evaluation, FLOORS_SET_5);
    }

    @Test
    void theSixthLabelledSetStaysAboveItsFloors() throws IOException {
        Evaluation evaluation = measure(Path.of("src/test/resources/redaction/eval6/eval.jsonl"));

        assertAbove(evaluation, FLOORS_SET_6);
    }

    @Test
    void theSeventhLabelledSetStaysAboveItsFloors() throws IOException {
        Evaluation evaluation = measure(Path.of("src/test/resources/redaction/eval7/eval.jsonl"));

        assertAbove(evaluation, FLOORS_SET_7);
    }

    @Test
    void theEighthLabelledSetStaysAboveItsFloors() throws IOException {
        Evaluation evaluation = measure(Path.of("src/test/resources/redaction/eval8/eval.jsonl"));

        assertAbove(evaluation, FLOORS_SET_8);
    }

    @Test
    void theNinthLabelledSetStaysAboveItsFloors() throws IOException {
        Evaluation evaluation = measure(Path.of("src/test/resources/redaction/eval9/eval.jsonl"));

        assertAbove(evaluation, FLOORS_SET_9);
    }

    private Evaluation measure(Path gold) throws IOException {
        Path predicted = work.resolve("predicted.jsonl");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        RedactCommand command = new RedactCommand(
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(command.run(new String[] {"--in", gold.toString(), "--out", predicted.toString()}))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(command.run(
                        new String[] {"compare", "--predicted", predicted.toString(), "--gold", gold.toString()}))
                .isZero();
        log.info("Redaction measured on {}:{}{}", gold, System.lineSeparator(), out.toString(StandardCharsets.UTF_8));
        return Evaluation.of(Files.readAllLines(predicted), Files.readAllLines(gold));
    }

    /**
     * The same floor for every identifier type, one for addresses and names, and overall; the
     * precision of names and overall each have their own floor.
     */
    private static Map<String, double[]> floors(
            double identifiers,
            double person,
            double overall,
            double precision,
            double personPrecision,
            double overallPrecision) {
        Map<String, double[]> floors = new HashMap<>();
        for (PiiType type : PiiType.values()) {
            floors.put(type.name(), new double[] {identifiers, precision});
        }
        floors.put("ADDRESS", new double[] {Math.min(identifiers, 0.98), precision});
        floors.put("PERSON", new double[] {person, personPrecision});
        floors.put("OVERALL", new double[] {overall, overallPrecision});
        return floors;
    }

    private static void assertAbove(Evaluation evaluation, Map<String, double[]> floors) {
        floors.forEach((type, floor) -> {
            Evaluation.Score score =
                    type.equals("OVERALL") ? evaluation.overall() : evaluation.of(PiiType.valueOf(type));
            assertThat(score.recall()).as(type + " recall").isGreaterThanOrEqualTo(floor[0]);
            assertThat(score.precision()).as(type + " precision").isGreaterThanOrEqualTo(floor[1]);
        });
    }
}
