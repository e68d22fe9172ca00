package dev.nnplay.engine.export;

import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.project.AtomicFiles;
import dev.nnplay.engine.project.DenseWeights;
import dev.nnplay.engine.project.ProjectIO;
import java.io.IOException;
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
        writeNpz(m, "", file);
    }

    /** Writes the npz of the project called {@code name}: the arrays and {@code meta.*} string arrays. */
    public static void writeNpz(ExportedModel m, String name, Path file) throws IOException {
        AtomicFiles.write(file, npzWriter(m, name));
    }

    /** What writes the npz's bytes, for {@link AtomicFiles#writeAll}. */
    static AtomicFiles.Writer npzWriter(ExportedModel m, String name) {
        Map<String, List<String>> strings = new LinkedHashMap<>();
        ExportMetadata.of(m, name).forEach((k, v) -> strings.put("meta." + k, v));
        return out -> Npz.write(arrays(m), strings, out);
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
        var sig = m.signature();
        return new WeightsDocument(WeightsDocument.FORMAT, WeightsDocument.VERSION, ExportMetadata.PROGRAM, name,
                sig == null ? null : sig.task(), sig == null ? null : sig.inputs(),
                sig == null ? null : sig.outputNames(m.outputs()),
                sig == null || sig.classes().isEmpty() ? null : sig.classes(), m.transform(), layers,
                outputTransform(m.loss()));
    }

    /** Writes the JSON document. */
    public static void writeJson(ExportedModel m, String name, Path file) throws IOException {
        byte[] bytes = (ProjectIO.writer().writeValueAsString(document(m, name)) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        if (bytes.length > WeightsImport.MAX_JSON_BYTES) {
            throw new WeightsFileException(file + ": not written: the JSON would be " + bytes.length + " bytes, more"
                    + " than the " + (WeightsImport.MAX_JSON_BYTES >> 20) + " MiB a weights file may have; export"
                    + " .npz instead");
        }
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /**
     * Writes one CSV per layer into the folder {@code dir} (made if missing): {@code layer<i>.csv}
     * with the header {@code neuron,bias,w0,w1,...} and one row per output neuron, plus
     * {@code transform.csv} ({@code column,center,scale}) when the inputs are scaled.
     */
    public static void writeCsv(ExportedModel m, Path dir) throws IOException {
        if (AtomicFiles.isStdio(dir)) {
            throw new java.nio.file.FileSystemException("-", null, "the CSV export is a folder of files; give a folder"
                    + " name, not standard output");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new java.nio.file.FileSystemException(dir.toString(), null, "is a file; the CSV export needs a folder");
        }
        Map<Path, AtomicFiles.Writer> files = new LinkedHashMap<>();
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
            files.put(dir.resolve(l.name() + ".csv"), text(sb.toString()));
        }
        float[] center = m.transform().center();
        if (center.length > 0) {
            StringBuilder sb = new StringBuilder("column,center,scale\n");
            for (int j = 0; j < center.length; j++) {
                sb.append(j).append(',').append(center[j]).append(',').append(m.transform().scale()[j]).append('\n');
            }
            files.put(dir.resolve("transform.csv"), text(sb.toString()));
        }
        AtomicFiles.writeAll(files);
        // an earlier export of a deeper network, or one with scaling, must not leave its files behind
        for (int i = m.linears().size(); Files.isRegularFile(dir.resolve("layer" + i + ".csv")); i++) {
            Files.delete(dir.resolve("layer" + i + ".csv"));
        }
        if (center.length == 0) {
            Files.deleteIfExists(dir.resolve("transform.csv"));
        }
    }

    /** The name of the output transform: {@code sigmoid}, {@code softmax} or {@code identity}. */
    public static String outputTransform(Loss loss) {
        return loss == Loss.BCE_LOGITS ? "sigmoid" : loss == Loss.SOFTMAX_CE ? "softmax" : "identity";
    }

    private static AtomicFiles.Writer text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return out -> out.write(bytes);
    }
}
