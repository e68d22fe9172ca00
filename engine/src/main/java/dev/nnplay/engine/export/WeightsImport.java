package dev.nnplay.engine.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.nnplay.engine.project.DenseWeights;
import dev.nnplay.engine.project.ProjectIO;
import dev.nnplay.engine.project.ProjectWeights;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads weights exported as {@code .npz} or JSON back into {@link ProjectWeights}, to put into a
 * network of the same shape ({@link dev.nnplay.engine.project.LoadedProject#setWeights} then checks
 * each layer and names the first that differs).
 */
public final class WeightsImport {

    /** The largest JSON weights file read, checked before reading. */
    public static final long MAX_JSON_BYTES = dev.nnplay.engine.project.FileLimits.MAX_WEIGHTS_JSON_BYTES;

    private WeightsImport() {
    }

    /** Reads {@code file}: an npz when its name ends in {@code .npz}, the JSON export otherwise. */
    public static ProjectWeights read(Path file) throws IOException {
        String notAFile = dev.nnplay.engine.data.FileChecks.notAFile(file);
        if (notAFile != null) {
            throw new WeightsFileException(file + ": " + notAFile);
        }
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".npz") ? fromNpz(file)
                : fromJson(file);
    }

    /**
     * Reads weights held in memory (such as standard input): an npz when the bytes start as a zip does,
     * the JSON export otherwise. {@code where} names them in messages.
     */
    public static ProjectWeights read(byte[] bytes, String where) throws IOException {
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            return fromArrays(Npz.read(bytes, where), where);
        }
        if (bytes.length > MAX_JSON_BYTES) {
            throw new WeightsFileException(where + ": larger than the " + (MAX_JSON_BYTES >> 20)
                    + " MiB a weights file may have");
        }
        return fromJson(new String(bytes, java.nio.charset.StandardCharsets.UTF_8), where);
    }

    /** The layers {@code layer0, layer1, ...} of an npz written by {@link WeightsExport#writeNpz}. */
    public static ProjectWeights fromNpz(Path file) throws IOException {
        return fromArrays(Npz.read(file), file.toString());
    }

    private static ProjectWeights fromArrays(Map<String, NpyArray> arrays, String file) {
        List<DenseWeights> layers = new ArrayList<>();
        for (int i = 0; arrays.containsKey("layer" + i + ".weight"); i++) {
            NpyArray w = arrays.get("layer" + i + ".weight");
            NpyArray b = arrays.get("layer" + i + ".bias");
            String where = file + ", layer" + i;
            if (b == null) {
                throw new WeightsFileException(where + ": has a weight but no 'layer" + i + ".bias'");
            }
            if (w.shape().length != 2 || b.shape().length != 1 || b.shape()[0] != w.shape()[0]) {
                throw new WeightsFileException(where + ": weight " + Arrays.toString(w.shape()) + " and bias "
                        + Arrays.toString(b.shape()) + " do not fit (expected (out, in) and (out,))");
            }
            finite(w.data(), where + ".weight");
            finite(b.data(), where + ".bias");
            try {
                layers.add(new DenseWeights(w.rows(), b.data()));
            } catch (IllegalArgumentException e) {
                throw new WeightsFileException(where + ": " + e.getMessage());
            }
        }
        if (layers.isEmpty()) {
            throw new WeightsFileException(file + ": no 'layer0.weight' array; the arrays are "
                    + dev.nnplay.engine.data.FileChecks.clip(arrays.keySet().toString(), 200));
        }
        return new ProjectWeights(layers, 0, 0);
    }

    /** The layers of a JSON document written by {@link WeightsExport#writeJson}. */
    public static ProjectWeights fromJson(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_JSON_BYTES) {
            throw new WeightsFileException(file + ": " + size + " bytes is larger than the " + (MAX_JSON_BYTES >> 20)
                    + " MiB a weights file may have");
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new WeightsFileException(file + ": no such file");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new WeightsFileException(file + ": is not UTF-8 text; a weights file is JSON or .npz");
        }
        return fromJson(text, file.toString());
    }

    private static ProjectWeights fromJson(String text, String file) {
        WeightsDocument doc;
        try {
            doc = ProjectIO.mapper().readValue(text, WeightsDocument.class);
        } catch (JsonProcessingException e) {
            throw new WeightsFileException(file + ": " + ProjectIO.describe(e));
        }
        if (doc == null) {
            throw new WeightsFileException(file + ": is empty");
        }
        List<DenseWeights> layers = new ArrayList<>();
        for (int i = 0; i < doc.layers().size(); i++) {
            WeightsDocument.Layer l = doc.layers().get(i);
            try {
                layers.add(new DenseWeights(l.weight(), l.bias()));
            } catch (IllegalArgumentException e) {
                throw new WeightsFileException(file + ": layers[" + i + "]: " + e.getMessage());
            }
        }
        return new ProjectWeights(layers, 0, 0);
    }

    /** Refuses NaN and infinite values: never read, so never trained on or saved. */
    private static void finite(float[] values, String where) {
        for (int i = 0; i < values.length; i++) {
            if (!Float.isFinite(values[i])) {
                throw new WeightsFileException(where + ": value " + i + " is " + (Float.isNaN(values[i]) ? "NaN"
                        : "infinite") + "; only finite numbers are read");
            }
        }
    }
}
