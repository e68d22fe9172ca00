package dev.nnplay.engine.train;

/**
 * The losses and metrics over both whole parts at the end of an epoch, measured while the live figures
 * come from samples ({@link Snapshot#sampled()}).
 *
 * @param epoch epochs finished when measured; 0 for {@link #NONE}
 * @param step  mini-batch steps taken when measured
 * @param train the training part
 * @param test  the test part ({@link Evaluation#EMPTY} when there is none)
 */
public record EpochEnd(int epoch, long step, Evaluation train, Evaluation test) {
    /** No epoch end measured yet. */
    public static final EpochEnd NONE = new EpochEnd(0, 0, Evaluation.EMPTY, Evaluation.EMPTY);

    /** Whether this holds a measurement. */
    public boolean measured() {
        return epoch > 0;
    }
}
