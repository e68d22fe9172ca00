package dev.nnplay.app.ui.output;

import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Dense;
import dev.nnplay.engine.nn.Layer;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * Evaluates the network over a square grid of the input plane in ONE batched pass, for the heat map
 * and every neuron's thumbnail. Holds its own copy of the network (the trainer's is never touched
 * from here) whose weights are set from each snapshot. Works for data with two raw inputs; the grid's
 * raw points go through the data's fitted {@code InputTransform}, exactly as training rows do.
 */
public final class GridEvaluator {
    /** Cells per side of the grid. */
    public static final int SIZE = 100;

    /** The FX-side copy of the network. */
    private final Network net;
    /** Turns outputs into probabilities (cross-entropies) or leaves them as values. */
    private final Loss loss;
    private final Kernels kernels;
    /** The grid's raw points through the data's transform, {@code SIZE² × inputs}, row 0 at the top. */
    private final FMatrixRMaj inputs;
    /** The raw plane the grid covers. */
    private final Domain domain;
    /** For each dense block, the index into {@code forwardAll}'s list of its last layer's output. */
    private final int[] blockOutputs;

    public GridEvaluator(NetworkSpec spec, PreparedData data, Loss loss, Domain domain, Kernels kernels) {
        this.loss = loss;
        this.kernels = kernels;
        this.domain = domain;
        int outputs = data.train().outputsFor(loss);
        this.net = spec.build(data.train().inputs(), outputs, new Rng(0));
        FMatrixRMaj raw = new FMatrixRMaj(SIZE * SIZE, 2);
        for (int r = 0; r < SIZE; r++) {
            for (int c = 0; c < SIZE; c++) {
                int i = r * SIZE + c;
                raw.data[2 * i] = (float) domain.x(c, SIZE);
                raw.data[2 * i + 1] = (float) domain.y(r, SIZE);
            }
        }
        this.inputs = data.transform().apply(raw);
        this.blockOutputs = blockOutputs(net);
    }

    /** For each dense block of {@code net}, the index into {@code forwardAll}'s list of its output. */
    static int[] blockOutputs(Network net) {
        List<Layer> layers = net.layers();
        List<Integer> ends = new ArrayList<>();
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i) instanceof Dense) {
                ends.add(i); // forwardAll's entry i is the output of layer i - 1, the block's last
            }
        }
        ends.add(layers.size());
        return ends.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Every neuron's values from one {@code forwardAll} pass, layer by layer as in
     * {@link GridResult#layers()}: the inputs, each block's output, then the outputs through
     * {@code loss}'s predictions (the last matrix is changed in place).
     */
    static List<float[][]> layers(List<FMatrixRMaj> all, int[] blockOutputs, Loss loss) {
        List<float[][]> layers = new ArrayList<>();
        layers.add(columns(all.get(0)));
        for (int i = 0; i < blockOutputs.length - 1; i++) {
            layers.add(columns(all.get(blockOutputs[i])));
        }
        FMatrixRMaj out = all.get(all.size() - 1);
        loss.toPredictions(out);
        layers.add(columns(out));
        return layers;
    }

    /** The plane the grid covers. */
    public Domain domain() {
        return domain;
    }

    /** The network's input width. */
    public int inputs() {
        return net.inputSize();
    }

    /**
     * Evaluates the grid with {@code weights} (in {@code Network.params()} order), or returns null when
     * they do not fit this network (a snapshot of the previous structure).
     */
    public GridResult evaluate(float[][] weights) {
        if (!fits(net, weights)) {
            return null;
        }
        net.setWeights(weights);
        List<FMatrixRMaj> all = net.forwardAll(inputs, kernels);
        return new GridResult(SIZE, layers(all, blockOutputs, loss), loss);
    }

    /** Whether {@code w} has {@code net}'s parameter shapes. */
    static boolean fits(Network net, float[][] w) {
        var ps = net.params();
        if (w.length != ps.size()) {
            return false;
        }
        for (int i = 0; i < w.length; i++) {
            if (w[i].length != ps.get(i).size()) {
                return false;
            }
        }
        return true;
    }

    /** Each column of {@code m} as its own array: one neuron's value over the grid. */
    private static float[][] columns(FMatrixRMaj m) {
        int n = m.numRows;
        int c = m.numCols;
        float[][] cols = new float[c][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < c; j++) {
                cols[j][i] = m.data[i * c + j];
            }
        }
        return cols;
    }

    /**
     * The raw plane shown: x from {@code x0} to {@code x1}, y from {@code y0} (bottom) to {@code y1}.
     */
    public record Domain(double x0, double x1, double y0, double y1) {
        /** TensorFlow Playground's plane, where every built-in data set lies. */
        public static final Domain PLAYGROUND = new Domain(-6, 6, -6, 6);

        /** The bounds of {@code xy} (two columns) with a margin. */
        public static Domain around(FMatrixRMaj xy) {
            double ax = Double.MAX_VALUE, bx = -Double.MAX_VALUE, ay = Double.MAX_VALUE, by = -Double.MAX_VALUE;
            for (int i = 0; i < xy.numRows; i++) {
                ax = Math.min(ax, xy.data[2 * i]);
                bx = Math.max(bx, xy.data[2 * i]);
                ay = Math.min(ay, xy.data[2 * i + 1]);
                by = Math.max(by, xy.data[2 * i + 1]);
            }
            double mx = Math.max(1e-3, (bx - ax) * 0.08);
            double my = Math.max(1e-3, (by - ay) * 0.08);
            return new Domain(ax - mx, bx + mx, ay - my, by + my);
        }

        /** The raw x at the centre of column {@code c} of {@code n}. */
        public double x(int c, int n) {
            return x0 + (c + 0.5) * (x1 - x0) / n;
        }

        /** The raw y at the centre of row {@code r} of {@code n}; row 0 is the top. */
        public double y(int r, int n) {
            return y1 - (r + 0.5) * (y1 - y0) / n;
        }
    }
}
