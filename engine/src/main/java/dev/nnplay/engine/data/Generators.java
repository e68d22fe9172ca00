package dev.nnplay.engine.data;

import dev.nnplay.engine.nn.Rng;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * The built-in data sets. Two-dimensional points lie in {@code [−6, 6]²} as in TensorFlow Playground.
 */
public final class Generators {

    /** Every generator's name. */
    public static final List<String> NAMES = List.of("xor");

    private Generators() {
    }

    /** The data set {@code spec} describes. */
    public static Dataset generate(GeneratorSpec spec) {
        Rng rng = new Rng(spec.seed());
        return switch (spec.name()) {
            case "xor" -> xor(spec.samples(), spec.noise(), rng);
            default -> throw new IllegalArgumentException("unknown generator '" + spec.name()
                    + "'; expected one of " + String.join(", ", NAMES));
        };
    }

    /** Points in the four quadrants, the class set by the sign of {@code x1·x2}. */
    static Dataset xor(int n, double noise, Rng rng) {
        FMatrixRMaj x = new FMatrixRMaj(n, 2);
        FMatrixRMaj y = new FMatrixRMaj(n, 1);
        double padding = 0.3;
        for (int i = 0; i < n; i++) {
            double a = rng.uniform(-5, 5);
            a += a > 0 ? padding : -padding;
            double b = rng.uniform(-5, 5);
            b += b > 0 ? padding : -padding;
            double na = rng.uniform(-5, 5) * noise;
            double nb = rng.uniform(-5, 5) * noise;
            x.data[2 * i] = (float) (a + na);
            x.data[2 * i + 1] = (float) (b + nb);
            y.data[i] = a * b >= 0 ? 1f : 0f;
        }
        return twoClass(x, y);
    }

    private static Dataset twoClass(FMatrixRMaj x, FMatrixRMaj y) {
        return new Dataset(x, y, Task.CLASSIFY, List.of("x1", "x2"), List.of("class"), List.of("orange", "blue"));
    }
}
