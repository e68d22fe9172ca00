package dev.nnplay.engine.data;

import dev.nnplay.engine.nn.Rng;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * The two-dimensional classification sets. Each draws point {@code i} of class {@code i mod k} from
 * that class's clean shape, then lets {@link Jitter} move it; the label is where it was drawn. The
 * jitter's standard deviation at noise 1 is the shape's own {@code sigma}, sized to its gaps (a
 * spiral's arms are closer than the circle's disc and ring), so full noise makes every set hard but
 * none hopeless.
 * Class 1 ("blue") is the inside, the same-sign quadrants, or the upper shape, as in TensorFlow
 * Playground's colours.
 */
final class ClassShapes {

    /** Half the side of the square every point stays in. */
    static final double LIMIT = 6;
    /** The two-class names: index 0 then 1. */
    static final List<String> TWO_CLASSES = List.of("orange", "blue");

    private ClassShapes() {
    }

    /** Class 1: a disc of radius 2.5; class 0: a ring from 3.5 to 5. Uniform in area. */
    static Dataset circle(int n, double noise, Rng rng) {
        Jitter p = new Jitter(n, 1.0 * noise, rng);
        for (int i = 0; i < n; i++) {
            int c = i % 2;
            double r = c == 1 ? 2.5 * Math.sqrt(rng.nextDouble()) : Math.sqrt(rng.uniform(3.5 * 3.5, 5 * 5));
            double a = rng.uniform(0, 2 * Math.PI);
            p.put(i, r * Math.cos(a), r * Math.sin(a), c);
        }
        return p.twoClasses();
    }

    /** Class 1 in the quadrants where x1 and x2 share a sign, class 0 in the others; 0.3 clear of the axes. */
    static Dataset xor(int n, double noise, Rng rng) {
        Jitter p = new Jitter(n, 1.2 * noise, rng);
        for (int i = 0; i < n; i++) {
            int c = i % 2;
            double s1 = rng.nextInt(2) == 0 ? -1 : 1;
            double s2 = c == 1 ? s1 : -s1;
            p.put(i, s1 * rng.uniform(0.3, 5.3), s2 * rng.uniform(0.3, 5.3), c);
        }
        return p.twoClasses();
    }

    /** Two round Gaussian clouds (standard deviation 0.8): class 1 around (2, 2), class 0 around (−2, −2). */
    static Dataset gauss(int n, double noise, Rng rng) {
        Jitter p = new Jitter(n, 1.2 * noise, rng);
        for (int i = 0; i < n; i++) {
            int c = i % 2;
            double m = c == 1 ? 2 : -2;
            p.put(i, m + 0.8 * rng.nextGaussian(), m + 0.8 * rng.nextGaussian(), c);
        }
        return p.twoClasses();
    }

    /** Two arms winding 1.75 turns out from the centre to radius 5, half a turn apart. */
    static Dataset spiral(int n, double noise, Rng rng) {
        Jitter p = new Jitter(n, 0.45 * noise, rng);
        for (int i = 0; i < n; i++) {
            int c = i % 2;
            double t = rng.nextDouble();
            double r = 0.3 + 4.7 * t;
            double a = 3.5 * Math.PI * t + c * Math.PI;
            p.put(i, r * Math.cos(a), r * Math.sin(a), c);
        }
        return p.twoClasses();
    }

    /** Two interlocking half circles of radius 3.6: class 1 opens downwards, class 0 upwards. */
    static Dataset moons(int n, double noise, Rng rng) {
        Jitter p = new Jitter(n, 0.8 * noise, rng);
        double s = 3.6;
        for (int i = 0; i < n; i++) {
            int c = i % 2;
            double a = rng.uniform(0, Math.PI);
            double u = c == 1 ? Math.cos(a) : 1 - Math.cos(a);
            double v = c == 1 ? Math.sin(a) : 0.5 - Math.sin(a);
            p.put(i, s * (u - 0.5), s * (v - 0.25), c);
        }
        return p.twoClasses();
    }

    /** A 4×4 board of squares of side 3 covering the square; class 1 where column + row is odd; 0.2 from the edges. */
    static Dataset checkerboard(int n, double noise, Rng rng) {
        Jitter p = new Jitter(n, 0.7 * noise, rng);
        for (int i = 0; i < n; i++) {
            int c = i % 2;
            int row = rng.nextInt(4);
            int col = 2 * rng.nextInt(2) + (row + c) % 2;
            p.put(i, -LIMIT + 3 * col + rng.uniform(0.2, 2.8), -LIMIT + 3 * row + rng.uniform(0.2, 2.8), c);
        }
        return p.twoClasses();
    }

    /** {@code k} Gaussian clouds (standard deviation 0.7) evenly spaced on a circle of radius 3.5. */
    static Dataset blobs(int n, int k, double noise, Rng rng) {
        Jitter p = new Jitter(n, 1.0 * noise, rng);
        for (int i = 0; i < n; i++) {
            int c = i % k;
            double a = Math.PI / 2 + 2 * Math.PI * c / k;
            p.put(i, 3.5 * Math.cos(a) + 0.7 * rng.nextGaussian(), 3.5 * Math.sin(a) + 0.7 * rng.nextGaussian(), c);
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            names.add("class " + c);
        }
        return p.dataset(names);
    }

    /** Collects labelled points, moving each by the noise and keeping it inside the square. */
    private static final class Jitter {
        /** The points, one {@code (x1, x2)} row each. */
        private final FMatrixRMaj x;
        /** The class index of each point. */
        private final FMatrixRMaj y;
        /** Standard deviation of the move. */
        private final double sigma;
        /** The data set's random source, shared with the shape. */
        private final Rng rng;

        Jitter(int n, double sigma, Rng rng) {
            this.x = new FMatrixRMaj(n, 2);
            this.y = new FMatrixRMaj(n, 1);
            this.sigma = sigma;
            this.rng = rng;
        }

        /** Point {@code i}: {@code (a, b)} of class {@code c}, moved; the move is redrawn while it leaves the square. */
        void put(int i, double a, double b, int c) {
            double u = a;
            double v = b;
            if (sigma > 0) {
                int tries = 0;
                do {
                    u = a + sigma * rng.nextGaussian();
                    v = b + sigma * rng.nextGaussian();
                } while (++tries < 16 && (Math.abs(u) > LIMIT || Math.abs(v) > LIMIT));
            }
            x.data[2 * i] = (float) clamp(u);
            x.data[2 * i + 1] = (float) clamp(v);
            y.data[i] = c;
        }

        Dataset twoClasses() {
            return dataset(TWO_CLASSES);
        }

        Dataset dataset(List<String> classNames) {
            return new Dataset(x, y, Task.CLASSIFY, List.of("x1", "x2"), List.of("class"), classNames);
        }

        private static double clamp(double v) {
            return Math.max(-LIMIT, Math.min(LIMIT, v));
        }
    }
}
