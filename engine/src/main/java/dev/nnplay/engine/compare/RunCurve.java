package dev.nnplay.engine.compare;

import java.util.Arrays;

/**
 * One run's curves so far, an immutable copy: the loss of every mini-batch (before its update) and an
 * evaluation over the whole training and test parts after every {@link Comparison#advance} call.
 * The x values are in epochs (fractions within an epoch), so runs of different batch sizes line up by
 * the samples they have seen.
 *
 * @param stepEpochs     epochs done after each step
 * @param stepLosses     each step's mini-batch loss
 * @param evalEpochs     epochs done at each evaluation
 * @param trainLosses    the training loss at each evaluation
 * @param testLosses     the test loss at each evaluation (NaN without a test part)
 * @param trainMetrics   accuracy or R² on the training part at each evaluation
 * @param testMetrics    the same on the test part
 */
public record RunCurve(double[] stepEpochs, double[] stepLosses, double[] evalEpochs, double[] trainLosses,
                       double[] testLosses, double[] trainMetrics, double[] testMetrics) {

    /** Steps recorded. */
    public int steps() {
        return stepLosses.length;
    }

    /** Evaluations recorded. */
    public int evaluations() {
        return trainLosses.length;
    }

    /** The last training loss evaluated, NaN before the first. */
    public double lastTrainLoss() {
        return trainLosses.length == 0 ? Double.NaN : trainLosses[trainLosses.length - 1];
    }

    /** The last test loss evaluated, NaN before the first. */
    public double lastTestLoss() {
        return testLosses.length == 0 ? Double.NaN : testLosses[testLosses.length - 1];
    }

    /** Growable columns behind a run's curves; {@link #copy()} gives the record. */
    static final class Builder {
        private final Column stepEpochs = new Column();
        private final Column stepLosses = new Column();
        private final Column evalEpochs = new Column();
        private final Column trainLosses = new Column();
        private final Column testLosses = new Column();
        private final Column trainMetrics = new Column();
        private final Column testMetrics = new Column();

        void step(double epochs, double loss) {
            stepEpochs.add(epochs);
            stepLosses.add(loss);
        }

        void evaluation(double epochs, double trainLoss, double testLoss, double trainMetric, double testMetric) {
            evalEpochs.add(epochs);
            trainLosses.add(trainLoss);
            testLosses.add(testLoss);
            trainMetrics.add(trainMetric);
            testMetrics.add(testMetric);
        }

        RunCurve copy() {
            return new RunCurve(stepEpochs.copy(), stepLosses.copy(), evalEpochs.copy(), trainLosses.copy(),
                    testLosses.copy(), trainMetrics.copy(), testMetrics.copy());
        }
    }

    /** A growable array of doubles. */
    private static final class Column {
        private double[] values = new double[64];
        private int size;

        void add(double v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        double[] copy() {
            return Arrays.copyOf(values, size);
        }
    }
}
