package dev.nnplay.engine.train;

import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.inspect.NetworkFigures;

/**
 * What training looked like at one moment, immutable and safe to hand to another thread. Losses are
 * data losses (without the regularization penalty) over the whole training and test parts, or, while
 * training plays on parts larger than {@link TrainingSession#LIVE_ROWS} rows, over a fixed sample of
 * that many rows of each ({@link #sampled()}); the whole parts are then measured at epoch ends
 * ({@link #epochEnd()}).
 *
 * @param epoch             epochs finished
 * @param step              mini-batch steps taken
 * @param trainLoss         mean loss over the training part
 * @param testLoss          mean loss over the test part; NaN when there is none
 * @param trainMetric       accuracy (classification) or R² (regression) on the training part
 * @param testMetric        the same on the test part; NaN when there is none
 * @param task              which metric the two fields hold
 * @param learningRate      the rate in force (after the schedule)
 * @param batchLoss         the loss of the last mini-batch, before its update
 * @param weights           a copy of every parameter, in {@code Network.params()} order
 * @param figures           per-layer diagnostics (activations, gradients, update ratios) of a recent
 *                          step; {@link NetworkFigures#NONE} while the diagnostics are off
 * @param samplesPerSecond  training throughput over the last stretch of steps; 0 when idle
 * @param diverged          whether the loss became NaN or infinite (training is then paused)
 * @param message           a sentence for the user (why training stopped), or empty
 * @param sampled           whether the four figures above come from the live samples rather than the
 *                          whole parts
 * @param epochEnd          the whole parts' figures at the latest epoch end measured, or
 *                          {@link EpochEnd#NONE}
 * @param notice            the message as a kind and its figures, for a window to put into its own words
 */
public record Snapshot(int epoch, long step, double trainLoss, double testLoss, double trainMetric,
                       double testMetric, Task task, double learningRate, double batchLoss,
                       float[][] weights, NetworkFigures figures, double samplesPerSecond,
                       boolean diverged, String message, boolean sampled, EpochEnd epochEnd, Notice notice) {

    /** A snapshot of the whole parts, with no epoch-end figures, whose notice is only its message. */
    public Snapshot(int epoch, long step, double trainLoss, double testLoss, double trainMetric,
                    double testMetric, Task task, double learningRate, double batchLoss, float[][] weights,
                    NetworkFigures figures, double samplesPerSecond, boolean diverged, String message) {
        this(epoch, step, trainLoss, testLoss, trainMetric, testMetric, task, learningRate, batchLoss, weights,
                figures, samplesPerSecond, diverged, message, false, EpochEnd.NONE, Notice.text(message));
    }

    /**
     * This snapshot with {@code n} as its notice, when {@code n} says the snapshot's message; otherwise
     * (a message set without a notice) the message stays a notice of its own.
     */
    public Snapshot withNotice(Notice n) {
        Notice fitting = n != null && n.english().equals(message) ? n : Notice.text(message);
        return new Snapshot(epoch, step, trainLoss, testLoss, trainMetric, testMetric, task, learningRate, batchLoss,
                weights, figures, samplesPerSecond, diverged, message, sampled, epochEnd, fitting);
    }

    /**
     * A snapshot without diagnostics, in the form it had before they existed: the per-parameter
     * gradient norms it took were never read and are dropped (the figures hold per-layer norms).
     */
    @Deprecated
    public Snapshot(int epoch, long step, double trainLoss, double testLoss, double trainMetric, double testMetric,
                    Task task, double learningRate, double batchLoss, float[][] weights, double[] gradientNorms,
                    double samplesPerSecond, boolean diverged, String message) {
        this(epoch, step, trainLoss, testLoss, trainMetric, testMetric, task, learningRate, batchLoss, weights,
                NetworkFigures.NONE, samplesPerSecond, diverged, message, false, EpochEnd.NONE, Notice.text(message));
    }
}
