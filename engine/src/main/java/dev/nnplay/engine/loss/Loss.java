package dev.nnplay.engine.loss;

import dev.nnplay.engine.Named;
import org.ejml.data.FMatrixRMaj;

/**
 * The losses, each a pair: the mean loss over a batch and its gradient with respect to the network's
 * raw output. Reductions are means, as PyTorch's defaults: over every element for the element-wise
 * losses, over the samples for softmax cross-entropy.
 *
 * <p>Targets: for the element-wise losses and binary cross-entropy, the same shape as the output (0 or
 * 1 for BCE); for softmax cross-entropy, one column of class indices. {@code delta} is Huber's
 * threshold; the others ignore it. Sums are accumulated in double.
 */
public enum Loss implements Named {
    /** Mean squared error, {@code mean((x − y)²)}. */
    MSE("mse", false) {
        @Override public float value(FMatrixRMaj out, FMatrixRMaj target, float delta) {
            double s = 0;
            for (int i = 0, n = out.getNumElements(); i < n; i++) {
                double d = out.data[i] - target.data[i];
                s += d * d;
            }
            return (float) (s / out.getNumElements());
        }
        @Override public void gradient(FMatrixRMaj out, FMatrixRMaj target, float delta, FMatrixRMaj grad) {
            float scale = 2f / out.getNumElements();
            for (int i = 0, n = out.getNumElements(); i < n; i++) {
                grad.data[i] = scale * (out.data[i] - target.data[i]);
            }
        }
    },
    /** Mean absolute error, {@code mean(|x − y|)}; the gradient at 0 is 0, as PyTorch's. */
    MAE("mae", false) {
        @Override public float value(FMatrixRMaj out, FMatrixRMaj target, float delta) {
            double s = 0;
            for (int i = 0, n = out.getNumElements(); i < n; i++) {
                s += Math.abs(out.data[i] - target.data[i]);
            }
            return (float) (s / out.getNumElements());
        }
        @Override public void gradient(FMatrixRMaj out, FMatrixRMaj target, float delta, FMatrixRMaj grad) {
            float scale = 1f / out.getNumElements();
            for (int i = 0, n = out.getNumElements(); i < n; i++) {
                grad.data[i] = scale * Math.signum(out.data[i] - target.data[i]);
            }
        }
    },
    /** Huber: {@code ½d²} where {@code |d| ≤ δ}, {@code δ(|d| − ½δ)} beyond; mean. */
    HUBER("huber", false) {
        @Override public float value(FMatrixRMaj out, FMatrixRMaj target, float delta) {
            double s = 0;
            for (int i = 0, n = out.getNumElements(); i < n; i++) {
                double d = Math.abs(out.data[i] - target.data[i]);
                s += d <= delta ? 0.5 * d * d : delta * (d - 0.5 * delta);
            }
            return (float) (s / out.getNumElements());
        }
        @Override public void gradient(FMatrixRMaj out, FMatrixRMaj target, float delta, FMatrixRMaj grad) {
            float scale = 1f / out.getNumElements();
            for (int i = 0, n = out.getNumElements(); i < n; i++) {
                float d = out.data[i] - target.data[i];
                grad.data[i] = scale * Math.max(-delta, Math.min(delta, d));
            }
        }
    },
    /**
     * Binary cross-entropy on logits, {@code mean(max(x, 0) − x·y + ln(1 + e^−|x|))}: the sigmoid and
     * the log fused, so large logits neither overflow nor lose precision.
     */
    BCE_LOGITS("bce", true) {
        @Override public float value(FMatrixRMaj out, FMatrixRMaj target, float delta) {
            double s = 0;
            for (int i = 0, n = out.getNumElements(); i < n; i++) {
                double x = out.data[i];
                s += Math.max(x, 0) - x * target.data[i] + Math.log1p(Math.exp(-Math.abs(x)));
            }
            return (float) (s / out.getNumElements());
        }
        @Override public void gradient(FMatrixRMaj out, FMatrixRMaj target, float delta, FMatrixRMaj grad) {
            float scale = 1f / out.getNumElements();
            for (int i = 0, n = out.getNumElements(); i < n; i++) {
                grad.data[i] = scale * (sigmoid(out.data[i]) - target.data[i]);
            }
        }
    },
    /**
     * Softmax cross-entropy on logits with class indices, {@code mean(logsumexp(x) − x[y])}: the softmax
     * and the log fused (shifted by the row's maximum) for numerical stability.
     */
    SOFTMAX_CE("softmax_ce", true) {
        @Override public float value(FMatrixRMaj out, FMatrixRMaj target, float delta) {
            int rows = out.numRows;
            int cols = out.numCols;
            double s = 0;
            for (int i = 0; i < rows; i++) {
                int base = i * cols;
                s += logSumExp(out.data, base, cols) - out.data[base + classOf(target, i, cols)];
            }
            return (float) (s / rows);
        }
        @Override public void gradient(FMatrixRMaj out, FMatrixRMaj target, float delta, FMatrixRMaj grad) {
            int rows = out.numRows;
            int cols = out.numCols;
            float scale = 1f / rows;
            for (int i = 0; i < rows; i++) {
                int base = i * cols;
                double lse = logSumExp(out.data, base, cols);
                int y = classOf(target, i, cols);
                for (int j = 0; j < cols; j++) {
                    float p = (float) Math.exp(out.data[base + j] - lse);
                    grad.data[base + j] = scale * (j == y ? p - 1f : p);
                }
            }
        }
    };

    private final String id;
    private final boolean classification;

    Loss(String id, boolean classification) {
        this.id = id;
        this.classification = classification;
    }

    /** The mean loss of the batch. */
    public abstract float value(FMatrixRMaj out, FMatrixRMaj target, float delta);

    /** Writes {@code ∂loss/∂out} into {@code grad}, which has the output's shape. */
    public abstract void gradient(FMatrixRMaj out, FMatrixRMaj target, float delta, FMatrixRMaj grad);

    /** The name used in project files and on the command line. */
    @Override
    public String id() {
        return id;
    }

    /** Whether the loss only makes sense for class labels (the cross-entropies). */
    public boolean classification() {
        return classification;
    }

    /** Huber's default threshold, as PyTorch's. */
    public static final float DEFAULT_DELTA = 1f;

    /**
     * Turns raw outputs into what a user reads, in place: probabilities for the cross-entropies
     * (sigmoid per output, softmax per row), unchanged otherwise.
     */
    public void toPredictions(FMatrixRMaj out) {
        if (this == BCE_LOGITS) {
            for (int i = 0, n = out.getNumElements(); i < n; i++) {
                out.data[i] = sigmoid(out.data[i]);
            }
        } else if (this == SOFTMAX_CE) {
            int cols = out.numCols;
            for (int i = 0; i < out.numRows; i++) {
                int base = i * cols;
                double lse = logSumExp(out.data, base, cols);
                for (int j = 0; j < cols; j++) {
                    out.data[base + j] = (float) Math.exp(out.data[base + j] - lse);
                }
            }
        }
    }

    /** The loss with the given name, or an exception that lists the valid ones. */
    public static Loss byId(String id) {
        return Named.byId(values(), id, "loss");
    }

    static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-x)));
    }

    static double logSumExp(float[] d, int from, int n) {
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            max = Math.max(max, d[from + j]);
        }
        double s = 0;
        for (int j = 0; j < n; j++) {
            s += Math.exp(d[from + j] - max);
        }
        return max + Math.log(s);
    }

    static int classOf(FMatrixRMaj target, int row, int classes) {
        int y = (int) target.data[row];
        if (y < 0 || y >= classes || y != target.data[row]) {
            throw new IllegalArgumentException("row " + row + " has class " + target.data[row]
                    + " but the network has " + classes + " outputs");
        }
        return y;
    }
}
