package dev.nnplay.engine.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readers take finite numbers only: no NaN, ±∞ or number beyond its type's range, neither as a JSON
 * number nor as a string such as "NaN"; no fraction where a whole number belongs. Each refusal names
 * the field.
 */
class FiniteNumbersTest {

    private static final String EXAMPLE;

    static {
        try {
            EXAMPLE = Files.readString(Path.of("..", "assets", "examples", "linear-regression.json"));
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static String refusal(String from, String to) {
        String json = EXAMPLE.replace(from, to);
        if (json.equals(EXAMPLE)) {
            throw new AssertionError("the example has no " + from);
        }
        return assertThrows(ProjectException.class, () -> ProjectIO.parse(json, "p.json")).getMessage();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a weight: a float32
        "\"weight\" : [ [ 0.5 ] ]|\"weight\" : [ [ 1e39 ] ]|p.json: line 31, column 35: weights.layers[0].weight[0]:"
            + " item 0: the number is too large for float32 (at most about 3.4e38): 1e39",
        "\"weight\" : [ [ 0.5 ] ]|\"weight\" : [ [ \"NaN\" ] ]|p.json: line 31, column 35: weights.layers[0].weight[0]:"
            + " item 0: expected a number, not the text \"NaN\"",
        "\"bias\" : [ 0.0 ]|\"bias\" : [ -1e400 ]|p.json: line 31, column 55: weights.layers[0].bias: item 0: the"
            + " number is too large for float32 (at most about 3.4e38): -1e400",
        "\"bias\" : [ 0.0 ]|\"bias\" : \"AADAfw==\"|p.json: line 31, column 53: weights.layers[0].bias: item 0 of the"
            + " base64 float32 data is NaN; only finite numbers are read",
        "\"bias\" : [ 0.0 ]|\"bias\" : \"AACAfw==\"|p.json: line 31, column 53: weights.layers[0].bias: item 0 of the"
            + " base64 float32 data is infinite; only finite numbers are read",
        // a double
        "\"learningRate\" : 0.01|\"learningRate\" : \"Infinity\"|p.json: line 25, column 54: training.optimizer"
            + ".learningRate: expected a number here, not the text \"Infinity\"",
        "\"learningRate\" : 0.01|\"learningRate\" : 1e400|p.json: line 25, column 54: training.optimizer.learningRate:"
            + " the number is too large: 1e400",
        "\"testRatio\" : 0.0|\"testRatio\" : \"NaN\"|p.json: line 15, column 19: data.testRatio: expected a number here,"
            + " not the text \"NaN\"",
        "[ 1.0, 2.0 ]|[ 1.0, NaN ]|p.json: line 13, column 28: data.inline.rows[0][1]: NaN is not a number this"
            + " program reads; numbers must be finite",
        "[ 1.0, 2.0 ]|[ 1.0, -Infinity ]|p.json: line 13, column 34: data.inline.rows[0][1]: -Infinity is not a"
            + " number this program reads; numbers must be finite",
        // a whole number
        "\"batchSize\" : 4|\"batchSize\" : 4.5|p.json: line 26, column 19: training.batchSize: expected a whole number"
            + " here",
    })
    void refusedNamingTheField(String from, String to, String message) {
        assertEquals(message, refusal(from, to));
    }

    @org.junit.jupiter.api.Test
    void aNullAndAThousandDigitNumberAreSaidInTheProgramsWords() {
        String nul = refusal("\"hidden\" : [ ]", "\"hidden\" : [ null ]");
        org.junit.jupiter.api.Assertions.assertTrue(nul.startsWith("p.json: line ") && nul.endsWith(
                "network: a value is missing (null or left out)"), nul);
        String digits = refusal("\"learningRate\" : 0.01", "\"learningRate\" : 0." + "1".repeat(1500));
        org.junit.jupiter.api.Assertions.assertFalse(digits.contains("StreamReadConstraints") || digits.contains("`"),
                digits);
        org.junit.jupiter.api.Assertions.assertTrue(digits.length() < 200, digits);
    }
}
