package dev.nnplay.engine.train;

import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.loss.Loss;
import org.ejml.data.FMatrixRMaj;

/**
 * A quality figure accumulated over chunks of network outputs: accuracy for classification, R² for
 * regression.
 */
interface Metric {

    /** Adds the outputs {@code out} of rows {@code from..} whose true labels or values are in {@code y}. */
    void add(FMatrixRMaj out, FMatrixRMaj y, int from);

    /** The figure over every row added; NaN when there were none. */
    double value();

    /** The metric for {@code task}; {@code y} holds all true values (R² needs their means). */
    static Metric of(Task task, Loss loss, FMatrixRMaj y) {
        return task == Task.CLASSIFY ? new Accuracy(loss) : new RSquared(y);
    }

    /** The share of rows whose predicted class is the true one. */
    final class Accuracy implements Metric {
        private final double threshold;
        private long correct;
        private long total;

        Accuracy(Loss loss) {
            this.threshold = loss == Loss.BCE_LOGITS ? 0.0 : 0.5;
        }

        @Override
        public void add(FMatrixRMaj out, FMatrixRMaj y, int from) {
            int c = out.numCols;
            for (int i = 0; i < out.numRows; i++) {
                int predicted = c == 1 ? (out.data[i] > threshold ? 1 : 0) : TrainingSession.argmax(out.data, i * c, c);
                if (predicted == (int) y.data[from + i]) {
                    correct++;
                }
                total++;
            }
        }

        @Override
        public double value() {
            return total == 0 ? Double.NaN : (double) correct / total;
        }
    }

    /** {@code 1 − SS_res/SS_tot} over every target column, each around its own mean. */
    final class RSquared implements Metric {
        private final double[] mean;
        private double ssRes;
        private double ssTot;

        RSquared(FMatrixRMaj y) {
            int c = y.numCols;
            mean = new double[c];
            for (int i = 0; i < y.numRows; i++) {
                for (int j = 0; j < c; j++) {
                    mean[j] += y.data[i * c + j];
                }
            }
            for (int j = 0; j < c; j++) {
                mean[j] /= Math.max(1, y.numRows);
            }
        }

        @Override
        public void add(FMatrixRMaj out, FMatrixRMaj y, int from) {
            int c = out.numCols;
            for (int i = 0; i < out.numRows; i++) {
                for (int j = 0; j < c; j++) {
                    double t = y.data[(from + i) * c + j];
                    double r = out.data[i * c + j] - t;
                    double d = t - mean[j];
                    ssRes += r * r;
                    ssTot += d * d;
                }
            }
        }

        @Override
        public double value() {
            return ssTot == 0 ? (ssRes == 0 ? 1 : Double.NaN) : 1 - ssRes / ssTot;
        }
    }
}
