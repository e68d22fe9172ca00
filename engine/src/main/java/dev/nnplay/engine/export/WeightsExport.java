package dev.nnplay.engine.export;

import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.project.AtomicFiles;
import dev.nnplay.engine.project.DenseWeights;
import dev.nnplay.engine.project.ProjectIO;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights-only exports of an {@link ExportedModel}: NumPy {@code .npz}, readable JSON, and one
 * CSV file per layer. Every file is written atomically. Array names are the same in all of them:
 * {@code layer<i>.weight} ({@code out × in}), {@code layer<i>.bias} ({@code out}),
 * {@code transform.center} and {@code transform.scale} (when the inputs are scaled).
 */
public final class WeightsExport {

    private WeightsExport() {
    }

    /** The arrays of the npz, in order: each layer's weight and bias, then the scaling's center and scale. */
    public static Map<String, NpyArray> arrays(ExportedModel m) {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        for (ExportedModel.Linear l : m.linears()) {
            arrays.put(l.name() + ".weight", NpyArray.of(l.w().weight()));
            arrays.put(l.name() + ".bias", NpyArray.of(l.w().bias()));
        }
        if (m.transform().center().length > 0) {
            arrays.put("transform.center", NpyArray.of(m.transform().center()));
            arrays.put("transform.scale", NpyArray.of(m.transform().scale()));
        }
        return arrays;
    }

    /** Writes the npz. */
    public static void writeNpz(ExportedModel m, Path file) throws IOException {
        Npz.write(arrays(m), file);
    }

    /** The JSON document of the weights. */
    public static WeightsDocument document(ExportedModel m, String name) {
        List<WeightsDocument.Layer> layers = new ArrayList<>();
        for (ExportedModel.Linear l : m.linears()) {
            DenseWeights w = l.w();
            ExportedModel.Act a = m.activationAfter(l.index());
            Float alpha = a.f() == Activation.LEAKY_RELU || a.f() == Activation.ELU ? a.alpha() : null;
            layers.add(new WeightsDocument.Layer(l.name(), w.inputs(), w.outputs(), a.f().id(), alpha, w.weight(),
                    w.bias()));
        }
        return new WeightsDocument(WeightsDocument.FORMAT, WeightsDocument.VERSION, name, m.transform(), layers,
                outputTransform(m.loss()));
    }

    /** Writes the JSON document. */
    public static void writeJson(ExportedModel m, String name, Path file) throws IOException {
        byte[] bytes = (ProjectIO.writer().writeValueAsString(document(m, name)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /**
     * Writes one CSV per layer into the folder {@code dir} (made if missing): {@code layer<i>.csv}
     * with the header {@code neuron,bias,w0,w1,...} and one row per output neuron, plus
     * {@code transform.csv} ({@code column,center,scale}) when the inputs are scaled.
     */
    public static void writeCsv(ExportedModel m, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (ExportedModel.Linear l : m.linears()) {
            DenseWeights w = l.w();
            StringBuilder sb = new StringBuilder("neuron,bias");
            for (int i = 0; i < w.inputs(); i++) {
                sb.append(",w").append(i);
            }
            sb.append('\n');
            for (int o = 0; o < w.outputs(); o++) {
                sb.append(o).append(',').append(w.bias()[o]);
                for (float v : w.weight()[o]) {
                    sb.append(',').append(v);
                }
                sb.append('\n');
            }
            writeText(dir.resolve(l.name() + ".csv"), sb.toString());
        }
        float[] center = m.transform().center();
        if (center.length > 0) {
            StringBuilder sb = new StringBuilder("column,center,scale\n");
            for (int j = 0; j < center.length; j++) {
                sb.append(j).append(',').append(center[j]).append(',').append(m.transform().scale()[j]).append('\n');
            }
            writeText(dir.resolve("transform.csv"), sb.toString());
        }
    }

    /** The name of the output transform: {@code sigmoid}, {@code softmax} or {@code identity}. */
    public static String outputTransform(Loss loss) {
        return loss == Loss.BCE_LOGITS ? "sigmoid" : loss == Loss.SOFTMAX_CE ? "softmax" : "identity";
    }

    private static void writeText(Path file, String text) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(text);
            w.flush();
        });
    }
}
