package dev.nnplay.app.ui.output;

import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * Everything the output view needs from one set of weights, by the data's shape: the grid for a plane
 * (through {@link GridEvaluator}), the fitted curve for one input, or the test rows' predictions for
 * tabular data. Owns its network copies, so it runs on one thread at a time (the output worker), never
 * touching the trainer's network.
 */
public final class OutputEvaluator {
    /** Points along a fitted curve. */
    public static final int CURVE_POINTS = 240;

    private final OutputShape shape;
    private final Loss loss;
    private final Kernels kernels;
    /** The plane's evaluator (MAP), else null. */
    private final GridEvaluator grid;
    /** The network copy for CURVE and TABLE, else null. */
    private final Network net;
    /** The curve's raw x values (CURVE). */
    private final double[] curveX;
    /** What the network is fed: the curve's x values or the table's rows, transformed. */
    private final FMatrixRMaj inputs;
    /** For each dense block, the index into {@code forwardAll}'s list of its output (CURVE). */
    private final int[] blockOutputs;
    /** The table's rows, raw targets (TABLE). */
    private final Dataset rows;
    /** The table's rows' numbers in the data (TABLE). */
    private final int[] rowIds;
    /** Whether the table shows the test rows (TABLE; the training rows when there are none). */
    private final boolean heldOut;

    public OutputEvaluator(NetworkSpec spec, PreparedData data, Loss loss, Kernels kernels) {
        this.shape = OutputShape.of(data.raw());
        this.loss = loss;
        this.kernels = kernels;
        if (shape == OutputShape.MAP) {
            grid = new GridEvaluator(spec, data, loss, domainFor(data), kernels);
            net = null;
            curveX = null;
            inputs = null;
            rows = null;
            rowIds = null;
            heldOut = false;
            blockOutputs = null;
            return;
        }
        grid = null;
        net = spec.build(data.train().inputs(), data.train().outputsFor(loss), new Rng(0));
        blockOutputs = GridEvaluator.blockOutputs(net);
        if (shape == OutputShape.CURVE) {
            curveX = curveX(data.raw().x());
            FMatrixRMaj raw = new FMatrixRMaj(CURVE_POINTS, 1);
            for (int i = 0; i < CURVE_POINTS; i++) {
                raw.data[i] = (float) curveX[i];
            }
            inputs = data.transform().apply(raw);
            rows = null;
            rowIds = null;
            heldOut = false;
        } else {
            curveX = null;
            boolean useTest = data.test().size() > 0;
            heldOut = useTest;
            rows = useTest ? data.split().test() : data.split().train();
            rowIds = useTest ? data.split().testRows() : data.split().trainRows();
            inputs = useTest ? data.test().x() : data.train().x();
        }
    }

    /** The plane the heat map covers: the playground's for x1 and x2, else around the points. */
    static GridEvaluator.Domain domainFor(PreparedData p) {
        return p.raw().inputNames().equals(List.of("x1", "x2"))
                ? GridEvaluator.Domain.PLAYGROUND : GridEvaluator.Domain.around(p.raw().x());
    }

    /** Evenly spaced values over the data's range with a margin. */
    private static double[] curveX(FMatrixRMaj x) {
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (int i = 0; i < x.numRows; i++) {
            lo = Math.min(lo, x.data[i]);
            hi = Math.max(hi, x.data[i]);
        }
        double m = Math.max(1e-3, (hi - lo) * 0.05);
        double[] xs = new double[CURVE_POINTS];
        for (int i = 0; i < CURVE_POINTS; i++) {
            xs[i] = lo - m + (hi - lo + 2 * m) * i / (CURVE_POINTS - 1);
        }
        return xs;
    }

    public OutputShape shape() {
        return shape;
    }

    /** The plane (MAP only; null otherwise). */
    public GridEvaluator.Domain domain() {
        return grid == null ? null : grid.domain();
    }

    /**
     * Evaluates with {@code weights} (in {@code Network.params()} order), or returns null when they do
     * not fit this network (a snapshot of the previous structure).
     */
    public Evaluation evaluate(float[][] weights) {
        if (grid != null) {
            GridResult r = grid.evaluate(weights);
            return r == null ? null : new Evaluation(this, r, null, null);
        }
        if (!GridEvaluator.fits(net, weights)) {
            return null;
        }
        net.setWeights(weights);
        if (shape == OutputShape.CURVE) {
            // one batched pass gives the curve and every neuron's value along it, for the thumbnails
            List<float[][]> layers = GridEvaluator.layers(net.forwardAll(inputs, kernels), blockOutputs, loss);
            float[] y = layers.get(layers.size() - 1)[0].clone();
            return new Evaluation(this, null, new Curve(curveX, y, layers), null);
        }
        FMatrixRMaj out = net.forward(inputs, false, kernels).copy();
        loss.toPredictions(out);
        return new Evaluation(this, null, null, PredictionTable.of(rows, rowIds, out, heldOut));
    }
}
