package dev.nnplay.engine.inspect;

import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.nn.Network;
import org.ejml.data.FMatrixRMaj;

/**
 * The input plane as a hidden layer sees it: the grid lines and the data points, each mapped through
 * the network up to the layer, and put on two axes of the layer's space, either two of its neurons or
 * (for wider layers) the first two principal directions of its activations over the data points. A
 * student watches training bend the plane until a straight line separates the classes.
 *
 * @param block      which dense layer's activations
 * @param axes       how they were put on the plane
 * @param lines      the grid's lines in each direction; polyline {@code l} is {@code samples} points
 * @param samples    points per grid line
 * @param gridX      per grid point (in {@link GridLines} order) its first coordinate
 * @param gridY      its second coordinate
 * @param pointX     per data point its first coordinate
 * @param pointY     its second coordinate
 * @param pca        the principal directions used, or null for neuron axes
 */
public record TransformedSpace(int block, Axes axes, int lines, int samples, float[] gridX, float[] gridY,
                               float[] pointX, float[] pointY, Pca pca) {

    /**
     * The two axes: {@code principal} for the first two principal directions, otherwise neurons
     * {@code first} and {@code second} (the same neuron twice draws a line, for a one-unit layer).
     */
    public record Axes(boolean principal, int first, int second) {
        /** The first two principal directions. */
        public static Axes principalDirections() {
            return new Axes(true, 0, 1);
        }

        /** Neurons {@code a} and {@code b} (0-based). */
        public static Axes neurons(int a, int b) {
            return new Axes(false, a, b);
        }

        /** Two neurons for a layer of one or two units, the principal directions for wider ones. */
        public static Axes defaultFor(int units) {
            return units > 2 ? principalDirections() : neurons(0, Math.min(1, units - 1));
        }
    }

    /**
     * Maps {@code grid} and {@code points} (both already through the data's input transform, so they
     * are the network's inputs) through {@code net} up to block {@code block}. {@code previous} is the
     * last frame's result (or null), whose principal directions fix the new ones' signs. Principal
     * directions come from the data points only, so the grid does not pull them.
     */
    public static TransformedSpace map(Network net, Kernels k, int block, GridLines lines, FMatrixRMaj grid,
                                       FMatrixRMaj points, Axes axes, TransformedSpace previous) {
        FMatrixRMaj g = LayerOutputs.of(net, k, grid, block);
        FMatrixRMaj p = LayerOutputs.of(net, k, points, block);
        int units = g.numCols;
        Pca pca = null;
        if (axes.principal() && units >= 2 && p.numRows > 0 && finite(p)) {
            float[][] before = previous != null && previous.pca != null ? previous.pca.directions() : null;
            pca = Pca.of(p, before);
        } else if (axes.principal()) {
            axes = Axes.neurons(0, Math.min(1, units - 1));
        }
        if (!axes.principal() && (axes.first() >= units || axes.second() >= units || axes.first() < 0
                || axes.second() < 0)) {
            throw new IllegalArgumentException("layer " + (block + 1) + " has " + units + " neurons, not "
                    + (Math.max(axes.first(), axes.second()) + 1));
        }
        float[][] gxy = coordinates(g, axes, pca);
        float[][] pxy = coordinates(p, axes, pca);
        return new TransformedSpace(block, axes, lines.lines(), lines.samples(), gxy[0], gxy[1], pxy[0], pxy[1], pca);
    }

    private static float[][] coordinates(FMatrixRMaj a, Axes axes, Pca pca) {
        int n = a.numRows;
        int d = a.numCols;
        float[] x = new float[n];
        float[] y = new float[n];
        for (int i = 0; i < n; i++) {
            if (pca != null) {
                x[i] = pca.project(a, i, 0);
                y[i] = pca.project(a, i, 1);
            } else {
                x[i] = a.data[i * d + axes.first()];
                y[i] = axes.first() == axes.second() ? 0f : a.data[i * d + axes.second()];
            }
        }
        return new float[][] {x, y};
    }

    private static boolean finite(FMatrixRMaj a) {
        for (int i = 0, n = a.getNumElements(); i < n; i++) {
            if (!Float.isFinite(a.data[i])) {
                return false;
            }
        }
        return true;
    }

    /** The smallest box holding every finite grid and data point: {@code {x0, x1, y0, y1}}. */
    public double[] bounds() {
        double[] b = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        widen(b, gridX, gridY);
        widen(b, pointX, pointY);
        return b;
    }

    private static void widen(double[] b, float[] x, float[] y) {
        for (int i = 0; i < x.length; i++) {
            if (Float.isFinite(x[i]) && Float.isFinite(y[i])) {
                b[0] = Math.min(b[0], x[i]);
                b[1] = Math.max(b[1], x[i]);
                b[2] = Math.min(b[2], y[i]);
                b[3] = Math.max(b[3], y[i]);
            }
        }
    }
}
