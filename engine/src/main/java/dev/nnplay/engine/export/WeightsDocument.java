package dev.nnplay.engine.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.nnplay.engine.data.InputTransform;
import java.util.List;

/**
 * The JSON weights export: what a person needs to read or rebuild the network, and nothing about
 * training. Documented in {@code docs/file-formats.md}.
 *
 * @param format    always {@link #FORMAT}
 * @param version   {@link #VERSION} (version 1, without the fields on meaning, is read too)
 * @param program   the program and version that wrote it
 * @param name      the project's name
 * @param task      {@code classify} or {@code regress}; null when unknown
 * @param inputs    the raw input columns' names; null when unknown
 * @param outputs   the output columns' names, as {@code nnplay predict} heads them; null when unknown
 * @param classes   the class names in output order; null for regression or when unknown
 * @param transform the input transform applied to raw rows before the first layer
 * @param layers    the dense layers, input side first
 * @param output    {@code sigmoid}, {@code softmax} or {@code identity}: applied to the last layer's output
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "version", "program", "name", "task", "inputs", "outputs", "classes", "transform",
    "layers", "output"})
public record WeightsDocument(String format, int version, String program, String name, String task,
                              List<String> inputs, List<String> outputs, List<String> classes,
                              InputTransform transform, List<Layer> layers, String output) {

    /** The value of {@code format}. */
    public static final String FORMAT = "nnplay-weights";
    /** The version this program writes and reads. */
    public static final int VERSION = 2;

    public WeightsDocument {
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("'format' is '" + format + "', not '" + FORMAT + "': not a weights file");
        }
        if (version < 1 || version > VERSION) {
            throw new IllegalArgumentException("weights file version " + version + "; this program reads 1 to "
                    + VERSION);
        }
        if (layers == null || layers.isEmpty()) {
            throw new IllegalArgumentException("'layers' is missing or empty");
        }
        layers = List.copyOf(layers);
    }

    /**
     * One dense layer and the activation after it.
     *
     * @param name       {@code layer<i>}, as in the other exports
     * @param inputs     number of inputs
     * @param outputs    number of outputs
     * @param activation the activation after it ({@code identity} for none)
     * @param alpha      the activation's setting, where it has one
     * @param weight     {@code outputs} rows of {@code inputs} numbers
     * @param bias       {@code outputs} numbers
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "inputs", "outputs", "activation", "alpha", "weight", "bias"})
    public record Layer(String name, int inputs, int outputs, String activation, Float alpha, float[][] weight,
                        float[] bias) {
    }
}
