package dev.nnplay.engine.data;

import dev.nnplay.engine.nn.Rng;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.FMatrixRMaj;

/**
 * The regression sets: surfaces over the square {@code [−6, 6]²} and curves over {@code [−6, 6]},
 * their clean values in {@code [−1, 1]}. Inputs are uniform; the noise moves each target by a uniform
 * amount of at most {@code 0.3 · noise}.
 */
final class Surfaces {

    /** The largest move of a target at noise 1. */
    static final double TARGET_NOISE = 0.3;

    /** The bumps of multigauss: centre x1, centre x2, height. */
    private static final double[][] BUMPS = {
            {-4, 2.5, 1}, {0, 2.5, -1}, {4, 2.5, 1},
            {-4, -2.5, -1}, {0, -2.5, 1}, {4, -2.5, -1}};
    /** The bumps' standard deviation. */
    private static final double BUMP_SIGMA = 1.3;

    private Surfaces() {
    }

    /** {@code y = (x1 + x2) / 12}. */
    static Dataset plane(int n, double noise, Rng rng) {
        return surface(n, noise, rng, (a, b) -> (a + b) / 12);
    }

    /** Six Gaussian bumps, alternately up and down, on a 3×2 grid; the sum is clipped to [−1, 1]. */
    static Dataset multigauss(int n, double noise, Rng rng) {
        return surface(n, noise, rng, (a, b) -> {
            double s = 0;
            for (double[] g : BUMPS) {
                double d2 = (a - g[0]) * (a - g[0]) + (b - g[1]) * (b - g[1]);
                s += g[2] * Math.exp(-d2 / (2 * BUMP_SIGMA * BUMP_SIGMA));
            }
            return Math.max(-1, Math.min(1, s));
        });
    }

    /** {@code y = f(x)} at {@code n} points uniform in [−6, 6]. */
    static Dataset curve(int n, double noise, Rng rng, DoubleUnaryOperator f) {
        FMatrixRMaj x = new FMatrixRMaj(n, 1);
        FMatrixRMaj y = new FMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            double v = rng.uniform(-ClassShapes.LIMIT, ClassShapes.LIMIT);
            x.data[i] = (float) v;
            y.data[i] = (float) (f.applyAsDouble(v) + targetNoise(noise, rng));
        }
        return new Dataset(x, y, Task.REGRESS, List.of("x"), List.of("y"), List.of());
    }

    /** The four points {@code (1, 2), (2, 3), (3, 4), (4, 5)} of {@code y = x + 1}. */
    static Dataset line4() {
        FMatrixRMaj x = new FMatrixRMaj(4, 1, true, 1, 2, 3, 4);
        FMatrixRMaj y = new FMatrixRMaj(4, 1, true, 2, 3, 4, 5);
        return new Dataset(x, y, Task.REGRESS, List.of("x"), List.of("y"), List.of());
    }

    private interface Surface {
        double at(double x1, double x2);
    }

    private static Dataset surface(int n, double noise, Rng rng, Surface f) {
        FMatrixRMaj x = new FMatrixRMaj(n, 2);
        FMatrixRMaj y = new FMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            double a = rng.uniform(-ClassShapes.LIMIT, ClassShapes.LIMIT);
            double b = rng.uniform(-ClassShapes.LIMIT, ClassShapes.LIMIT);
            x.data[2 * i] = (float) a;
            x.data[2 * i + 1] = (float) b;
            y.data[i] = (float) (f.at(a, b) + targetNoise(noise, rng));
        }
        return new Dataset(x, y, Task.REGRESS, List.of("x1", "x2"), List.of("y"), List.of());
    }

    private static double targetNoise(double noise, Rng rng) {
        return noise == 0 ? 0 : rng.uniform(-TARGET_NOISE, TARGET_NOISE) * noise;
    }
}
