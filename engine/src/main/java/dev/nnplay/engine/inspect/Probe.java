package dev.nnplay.engine.inspect;

import dev.nnplay.engine.inspect.LayerFigures.Inactivity;
import dev.nnplay.engine.inspect.LayerFigures.Verdict;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.Layer;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.Param;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * Measures one training step of a network for the diagnostics, on the training thread. The session
 * calls {@link #measure} right after the backward pass (the gradients are the loss's), then
 * {@link #afterUpdate} once the optimizer has stepped; {@link #figures()} hands out what was measured.
 * Every buffer is allocated once, here; measuring allocates nothing, and a step that is not measured
 * costs nothing. Not thread-safe.
 */
public final class Probe {
    /**
     * The most weights of one layer its histograms count: a wider layer's histograms count every k-th
     * weight and gradient (k the smallest that fits), a fixed sample that keeps the shape and keeps a
     * measured step cheap beside a training step; norms always cover every weight.
     */
    public static final int HISTOGRAM_SAMPLE = 2048;

    /** The network measured (the trainer's own). */
    private final Network net;
    /** Its dense layers with their activations. */
    private final List<Block> blocks;
    /** Per block: the weights before the measured update. */
    private final float[][] before;
    /** Per block: the half-width of the weight histogram, fixed at the first measurement. */
    private final double[] weightRange;
    /** Per block: histogram counts of the weights and of {@code log₁₀} of the gradients' magnitudes. */
    private final int[][] weightCounts;
    private final int[][] gradCounts;
    /** Per block: exact zeros among the weight gradients. */
    private final int[] gradZeros;
    /** Per block: activation mean, standard deviation and share of stuck units on the batch. */
    private final double[] actMean;
    private final double[] actStd;
    private final double[] stuck;
    /** Per block: the gradient norm (weights and bias), the weight norm, and log₁₀ of the update ratio. */
    private final double[] gradNorm;
    private final double[] weightNorm;
    private final double[] ratio;
    /** The step count the last measurement belongs to; −1 for none. */
    private long measuredStep = -1;
    /** Whether the last measurement was followed by an update. */
    private boolean updated;

    /** A probe for {@code net}; its buffers are sized for this network. */
    public Probe(Network net) {
        this.net = net;
        this.blocks = Block.of(net);
        int n = blocks.size();
        before = new float[n][];
        for (int b = 0; b < n; b++) {
            before[b] = new float[blocks.get(b).dense().weight().size()];
        }
        weightRange = new double[n];
        Arrays.fill(weightRange, Double.NaN);
        weightCounts = new int[n][Histogram.BINS];
        gradCounts = new int[n][Histogram.BINS];
        gradZeros = new int[n];
        actMean = new double[n];
        actStd = new double[n];
        stuck = new double[n];
        gradNorm = new double[n];
        weightNorm = new double[n];
        ratio = new double[n];
    }

    /** The network's dense layers with their activations. */
    public List<Block> blocks() {
        return blocks;
    }

    /** The step the last measurement belongs to; −1 for none. */
    public long measuredStep() {
        return measuredStep;
    }

    /**
     * Measures the state after a backward pass over {@code batchX}: the gradients now in the
     * parameters, the weights, and (by running the batch forward again in evaluation mode, which leaves
     * every parameter and gradient alone) the activations. The layers' forward buffers are overwritten,
     * so call it after the backward pass. {@code step} is the step count this measurement will carry.
     */
    public void measure(FMatrixRMaj batchX, Kernels k, long step) {
        for (int b = 0; b < blocks.size(); b++) {
            measureParams(b);
        }
        FMatrixRMaj h = batchX;
        List<Layer> layers = net.layers();
        int b = 0;
        for (int i = 0, n = layers.size(); i < n; i++) {
            h = layers.get(i).forward(h, false, k);
            if (b < blocks.size() && blocks.get(b).outputAt() == i) {
                measureActivations(b, h);
                b++;
            }
        }
        Arrays.fill(ratio, Double.NaN);
        measuredStep = step;
        updated = false;
    }

    /** Completes the measurement once the optimizer has updated the weights: the update ratio. */
    public void afterUpdate() {
        for (int b = 0; b < blocks.size(); b++) {
            float[] w = blocks.get(b).dense().weight().value().data;
            float[] w0 = before[b];
            double d2 = 0;
            for (int j = 0; j < w0.length; j++) {
                double d = w[j] - w0[j];
                d2 += d * d;
            }
            ratio[b] = Math.log10(Math.sqrt(d2) / weightNorm[b]);
        }
        updated = true;
    }

    private void measureParams(int b) {
        Block block = blocks.get(b);
        Param w = block.dense().weight();
        Param bias = block.dense().bias();
        int n = w.size();
        float[] v = w.value().data;
        float[] g = w.grad().data;
        System.arraycopy(v, 0, before[b], 0, n);
        double w2 = 0;
        double g2 = 0;
        double max = 0;
        for (int j = 0; j < n; j++) {
            w2 += (double) v[j] * v[j];
            g2 += (double) g[j] * g[j];
            max = Math.max(max, Math.abs(v[j]));
        }
        float[] gb = bias.grad().data;
        for (int j = 0, m = bias.size(); j < m; j++) {
            g2 += (double) gb[j] * gb[j];
        }
        weightNorm[b] = Math.sqrt(w2);
        gradNorm[b] = Math.sqrt(g2);
        if (Double.isNaN(weightRange[b])) {
            weightRange[b] = Histogram.niceCeiling(1.5 * max);
        }
        int stride = (n + HISTOGRAM_SAMPLE - 1) / HISTOGRAM_SAMPLE;
        Arrays.fill(weightCounts[b], 0);
        Histogram.addLinear(v, n, stride, -weightRange[b], weightRange[b], weightCounts[b]);
        Arrays.fill(gradCounts[b], 0);
        gradZeros[b] = Histogram.addLogMagnitude(g, n, stride, gradCounts[b]);
    }

    private void measureActivations(int b, FMatrixRMaj y) {
        int rows = y.numRows;
        int cols = y.numCols;
        float[] d = y.data;
        double sum = 0;
        for (int i = 0, n = rows * cols; i < n; i++) {
            sum += d[i];
        }
        double mean = sum / (rows * cols);
        double ss = 0;
        for (int i = 0, n = rows * cols; i < n; i++) {
            double e = d[i] - mean;
            ss += e * e;
        }
        actMean[b] = mean;
        actStd[b] = Math.sqrt(ss / (rows * cols));
        Activation f = blocks.get(b).function();
        Inactivity kind = Inactivity.of(f);
        if (kind == Inactivity.NONE) {
            stuck[b] = Double.NaN;
            return;
        }
        int count = 0;
        for (int j = 0; j < cols; j++) {
            boolean all = true;
            for (int i = 0; i < rows && all; i++) {
                all = isStuck(f, d[i * cols + j]);
            }
            if (all) {
                count++;
            }
        }
        stuck[b] = (double) count / cols;
    }

    /** Whether {@code y} is dead (ReLU) or beyond 0.99 of the output range (sigmoid, tanh). */
    static boolean isStuck(Activation f, float y) {
        return switch (f) {
            case RELU -> y <= 0f;
            case SIGMOID -> Math.abs(2f * y - 1f) > 0.99f;
            case TANH -> Math.abs(y) > 0.99f;
            default -> false;
        };
    }

    /** What the last measurement found; {@link NetworkFigures#NONE} before the first. */
    public NetworkFigures figures() {
        if (measuredStep < 0) {
            return NetworkFigures.NONE;
        }
        List<LayerFigures> out = new ArrayList<>(blocks.size());
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            Inactivity kind = Inactivity.of(block.function());
            double r = updated ? ratio[b] : Double.NaN;
            Histogram wh = new Histogram(-weightRange[b], weightRange[b], false, weightCounts[b].clone(), 0);
            Histogram gh = new Histogram(Histogram.LOG_LO, Histogram.LOG_HI, true, gradCounts[b].clone(), gradZeros[b]);
            out.add(new LayerFigures(b, block.units(), block.function(), actMean[b], actStd[b], kind, stuck[b], wh,
                    gh, gradNorm[b], weightNorm[b], r, Verdict.of(kind, stuck[b], r)));
        }
        return new NetworkFigures(measuredStep, updated, out);
    }
}
