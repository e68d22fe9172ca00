package dev.nnplay.engine.inspect;

import dev.nnplay.engine.nn.Activation;

/**
 * What one layer (a {@link Block}) looked like on one measured training step. Activation figures are
 * over the step's mini-batch, after the layer's activation; gradients are the loss's (before any weight
 * penalty), of the weights unless said otherwise; NaN where nothing was measured yet.
 *
 * @param index            which dense layer, 0 first
 * @param units            its outputs
 * @param function         its activation ({@code identity} for the output's logits)
 * @param activationMean   the mean of every activation value over the batch
 * @param activationStd    their standard deviation (population)
 * @param inactive         which kind of stuck unit {@code inactiveShare} counts
 * @param inactiveShare    the share of units dead (ReLU: output 0 on every row of the batch) or saturated
 *                         (sigmoid, tanh: beyond 0.99 of the output range on every row); NaN for
 *                         activations that neither die nor saturate
 * @param weights          the weights' histogram (linear bins, a range fixed for the layer); for layers
 *                         wider than {@link Probe#HISTOGRAM_SAMPLE} weights, of a fixed sample of them
 * @param gradients        the weight gradients' histogram (bins of {@code log₁₀|g|}), sampled alike
 * @param gradientNorm     {@code √(‖∂L/∂W‖² + ‖∂L/∂b‖²)}
 * @param weightNorm       {@code ‖W‖} before the step's update
 * @param updateRatio      {@code log₁₀(‖ΔW‖ / ‖W‖)} of the step's update; NaN when the figures come from
 *                         a pass without an update (before the first step)
 * @param verdict          what the figures say, for the sentence beside the layer
 */
public record LayerFigures(int index, int units, Activation function, double activationMean, double activationStd,
                           Inactivity inactive, double inactiveShare, Histogram weights, Histogram gradients,
                           double gradientNorm, double weightNorm, double updateRatio, Verdict verdict) {

    /** The kind of stuck unit a function can have. */
    public enum Inactivity {
        /** ReLU: zero output, so zero gradient, on every sample. */
        DEAD,
        /** Sigmoid, tanh: pinned near an end of the range, where the derivative is almost zero. */
        SATURATED,
        /** Neither. */
        NONE;

        /** The kind for {@code f}. */
        public static Inactivity of(Activation f) {
            return switch (f) {
                case RELU -> DEAD;
                case SIGMOID, TANH -> SATURATED;
                default -> NONE;
            };
        }
    }

    /** The healthy band of the update ratio: {@code 10⁻⁴} to {@code 10⁻²} of the weights per step. */
    public static final double BAND_LOW = -4;
    public static final double BAND_HIGH = -2;
    /** How far outside the band a ratio must be for the sentence to speak of it. */
    public static final double FAR = 0.5;
    /** The share of stuck units above which the sentence speaks of them. */
    public static final double STUCK = 0.5;

    /** What the figures of a layer say, most urgent first; each has a sentence in the window. */
    public enum Verdict {
        /** Most units are dead. */
        DEAD,
        /** Most units are saturated. */
        SATURATED,
        /** Updates are far larger than the band: the learning rate may be too high. */
        FAST,
        /** Updates are far smaller than the band: too small a rate, vanishing gradients or convergence. */
        SLOW,
        /** Nothing to say. */
        HEALTHY,
        /** No update measured yet. */
        UNKNOWN;

        /** The verdict for the given figures. */
        public static Verdict of(Inactivity kind, double stuckShare, double updateRatio) {
            if (stuckShare > STUCK) {
                return kind == Inactivity.DEAD ? DEAD : SATURATED;
            }
            if (Double.isNaN(updateRatio)) {
                return UNKNOWN;
            }
            if (updateRatio > BAND_HIGH + FAR) {
                return FAST;
            }
            if (updateRatio < BAND_LOW - FAR) {
                return SLOW;
            }
            return HEALTHY;
        }
    }
}
