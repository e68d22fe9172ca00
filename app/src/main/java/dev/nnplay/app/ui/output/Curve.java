package dev.nnplay.app.ui.output;

import java.util.List;

/**
 * The network's fitted curve for data with one input, and every neuron's value along it.
 *
 * @param x      raw input values, increasing
 * @param y      the first output at each of them
 * @param layers every neuron's value at each x, layer by layer as in {@link GridResult#layers()}:
 *               the inputs (features after scaling), each hidden layer, the outputs (predictions)
 */
public record Curve(double[] x, float[] y, List<float[][]> layers) {

    /** Neuron {@code unit} of layer {@code layer}'s values along the curve, or null when there is none. */
    public float[] neuron(int layer, int unit) {
        return layer >= 0 && layer < layers.size() && unit >= 0 && unit < layers.get(layer).length
                ? layers.get(layer)[unit] : null;
    }

    /**
     * The value range to plot {@code v} over: its own, widened to include zero (so the axis shows),
     * with a small margin; {@code {lo, hi}}.
     */
    public static double[] span(float[] v) {
        double lo = 0;
        double hi = 0;
        for (float f : v) {
            if (f == f) {
                lo = Math.min(lo, f);
                hi = Math.max(hi, f);
            }
        }
        double m = Math.max(1e-6, (hi - lo) * 0.08);
        return new double[] {lo - m, hi + m};
    }
}
