package dev.nnplay.engine.train;

/**
 * A network's loss and metric on a set of samples.
 *
 * @param loss   the mean data loss; NaN for an empty set
 * @param metric accuracy (classification) or R² (regression); NaN for an empty set
 */
public record Evaluation(double loss, double metric) {
    /** The evaluation of no samples. */
    public static final Evaluation EMPTY = new Evaluation(Double.NaN, Double.NaN);
}
