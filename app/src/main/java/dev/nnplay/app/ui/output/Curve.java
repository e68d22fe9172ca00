package dev.nnplay.app.ui.output;

/**
 * The network's fitted curve for data with one input.
 *
 * @param x raw input values, increasing
 * @param y the first output at each of them
 */
public record Curve(double[] x, float[] y) {
}
