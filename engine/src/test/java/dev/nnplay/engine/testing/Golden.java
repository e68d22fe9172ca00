package dev.nnplay.engine.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The golden files that {@code engine/src/test/python/make_golden.py} writes from PyTorch, under
 * {@code src/test/resources/golden/}, and the one tolerance rule they are compared with.
 */
public final class Golden {
    /** Reads the files; shared because it is thread-safe once configured. */
    public static final ObjectMapper JSON = new ObjectMapper();
    /** The file that holds activations and erf, not a trajectory. */
    public static final String ACTIVATIONS = "activations.json";

    private Golden() {
    }

    /** The parsed golden file {@code name}. */
    public static JsonNode read(String name) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden file " + name
                        + "; run /usr/bin/python3 engine/src/test/python/make_golden.py");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of every trajectory file, sorted. */
    public static List<String> trajectories() {
        URL dir = Golden.class.getResource("/golden");
        if (dir == null) {
            throw new IllegalStateException("no golden directory on the test class path");
        }
        try (Stream<Path> files = Files.list(Path.of(dir.toURI()))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json") && !n.equals(ACTIVATIONS))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON array of numbers as floats (golden values are float32, so the cast is exact). */
    public static float[] floats(JsonNode array) {
        float[] a = new float[array.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = (float) array.get(i).asDouble();
        }
        return a;
    }

    /** A JSON array of numbers as doubles. */
    public static double[] doubles(JsonNode array) {
        double[] a = new double[array.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = array.get(i).asDouble();
        }
        return a;
    }

    /** A JSON array of arrays as one float array per entry. */
    public static float[][] floatRows(JsonNode rows) {
        float[][] a = new float[rows.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = floats(rows.get(i));
        }
        return a;
    }

    /**
     * The error of {@code actual} against {@code expected} in units of the combined tolerance
     * {@code rtol·max(|a|, |b|) + atol}: at most 1 passes. Non-finite values fail unless equal.
     */
    public static double errorRatio(double expected, double actual, double rtol, double atol) {
        if (expected == actual) {
            return 0;
        }
        if (!Double.isFinite(expected) || !Double.isFinite(actual)) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.abs(expected - actual) / (rtol * Math.max(Math.abs(expected), Math.abs(actual)) + atol);
    }

    /** The relative error {@code |a − b| / max(|a|, |b|)}, 0 when both are 0. */
    public static double relativeError(double expected, double actual) {
        double scale = Math.max(Math.abs(expected), Math.abs(actual));
        return scale == 0 ? 0 : Math.abs(expected - actual) / scale;
    }
}
