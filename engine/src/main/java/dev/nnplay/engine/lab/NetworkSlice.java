package dev.nnplay.engine.lab;

import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.ActivationLayer;
import dev.nnplay.engine.nn.Dense;
import dev.nnplay.engine.nn.Layer;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.Param;
import dev.nnplay.engine.train.TrainingSession;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * A slice of a real network's training loss: two chosen scalars of its parameters vary, every other
 * weight stays at its value when the slice was made, and J is the engine's loss of the engine's
 * forward pass (in evaluation mode) over the whole training part, as {@link TrainingSession#evaluateTrain()}
 * reports it. The slice works on its own copy of the network, so a running trainer is not disturbed.
 *
 * <p>A map needs 10,000 evaluations, so {@link #value} does only the work that changes: the layers
 * before the first chosen scalar are computed once; in that layer only one or two output columns
 * change, by {@code Δw·x[:, k]} or {@code Δb}; when an activation and a dense layer without a chosen
 * scalar follow, only those columns are re-activated and their change is carried into the next layer's
 * output as a rank-one update. The rest of the network and the loss then run as in training.
 * Memory: a few copies of the training part at the first chosen layer's width. Not thread-safe;
 * {@link #grid(ViewBox, int, int, int)} splits a map over private copies.
 */
public final class NetworkSlice implements Surface {

    /** A scalar of the network: entry {@code element} (row-major) of parameter {@code param} of {@link Network#params()}. */
    public record Coordinate(int param, int element) {
    }

    /** This slice's copy of the network, the chosen scalars set as each evaluation needs. */
    private final Network net;
    private final Loss loss;
    private final float delta;
    private final Kernels kernels;
    /** The training inputs and the loss's targets. */
    private final FMatrixRMaj x;
    private final FMatrixRMaj targets;
    private final Coordinate a;
    private final Coordinate b;
    /** The chosen parameters in {@link #net}, and their chosen scalars' values when the slice was made. */
    private final Param pa;
    private final Param pb;
    private final float a0;
    private final float b0;
    /** The dense layer holding the first chosen scalar, its index among the layers. */
    private final int first;
    private final Dense firstDense;
    /** The input of {@link #firstDense} and its output at the frozen weights (shared, read-only). */
    private final FMatrixRMaj hIn;
    private final FMatrixRMaj zBase;
    /** Whether an activation and a dense layer without a chosen scalar follow, so changes propagate as rank-one updates. */
    private final boolean propagate;
    /** With {@link #propagate}: the activation's output and the next dense layer's output at the frozen weights. */
    private final FMatrixRMaj hBase;
    private final FMatrixRMaj z2Base;
    /** The layer the ordinary forward pass resumes at. */
    private final int resume;
    /** Work buffers, this copy's own. */
    private final FMatrixRMaj work;
    private final FMatrixRMaj outGrad = new FMatrixRMaj(1, 1);

    /**
     * A slice over scalars {@code a} and {@code b} of {@code network} (copied), on the training part
     * {@code train}, with {@code loss} (Huber's {@code delta}).
     */
    public NetworkSlice(Network network, Loss loss, float delta, Dataset train, Coordinate a, Coordinate b,
                        Kernels kernels) {
        this(copyOf(network), loss, delta, train.x(), train.targetsFor(loss, network.outputSize()), a, b, kernels);
    }

    /** A slice of {@code session}'s network and loss on its training part {@code train}. */
    public static NetworkSlice of(TrainingSession session, Dataset train, Coordinate a, Coordinate b) {
        return new NetworkSlice(session.network(), session.loss(), session.delta(), train, a, b, session.kernels());
    }

    private NetworkSlice(Network net, Loss loss, float delta, FMatrixRMaj x, FMatrixRMaj targets, Coordinate a,
                         Coordinate b, Kernels kernels) {
        this.net = net;
        this.loss = loss;
        this.delta = delta;
        this.kernels = kernels;
        this.x = x;
        this.targets = targets;
        this.a = a;
        this.b = b;
        this.pa = param(net, a);
        this.pb = param(net, b);
        if (a.equals(b)) {
            throw new IllegalArgumentException("pick two different weights, got " + name(pa, a) + " twice");
        }
        this.a0 = pa.value().data[a.element()];
        this.b0 = pb.value().data[b.element()];
        this.first = Math.min(layerOf(net, pa), layerOf(net, pb));
        this.firstDense = (Dense) net.layers().get(first);
        FMatrixRMaj h = x;
        for (int i = 0; i < first; i++) {
            h = net.layers().get(i).forward(h, false, kernels);
        }
        this.hIn = h.copy();
        this.zBase = firstDense.forward(hIn, false, kernels).copy();
        List<Layer> layers = net.layers();
        this.propagate = first + 2 < layers.size() && layers.get(first + 1) instanceof ActivationLayer
                && layers.get(first + 2) instanceof Dense d2 && !d2.params().contains(pa) && !d2.params().contains(pb);
        if (propagate) {
            this.hBase = layers.get(first + 1).forward(zBase, false, kernels).copy();
            this.z2Base = layers.get(first + 2).forward(hBase, false, kernels).copy();
            this.resume = first + 3;
            this.work = z2Base.copy();
        } else {
            this.hBase = null;
            this.z2Base = null;
            this.resume = first + 1;
            this.work = zBase.copy();
        }
    }

    /** A private copy sharing the read-only caches, for another thread. */
    private NetworkSlice(NetworkSlice o) {
        this.net = copyOf(o.net);
        this.loss = o.loss;
        this.delta = o.delta;
        this.kernels = o.kernels;
        this.x = o.x;
        this.targets = o.targets;
        this.a = o.a;
        this.b = o.b;
        this.pa = param(net, a);
        this.pb = param(net, b);
        this.a0 = o.a0;
        this.b0 = o.b0;
        this.first = o.first;
        this.firstDense = (Dense) net.layers().get(first);
        this.hIn = o.hIn;
        this.zBase = o.zBase;
        this.propagate = o.propagate;
        this.hBase = o.hBase;
        this.z2Base = o.z2Base;
        this.resume = o.resume;
        this.work = o.work.copy();
    }

    @Override
    public String id() {
        return "slice";
    }

    @Override
    public List<String> paramNames() {
        return List.of(name(pa, a), name(pb, b));
    }

    /** A box around the frozen values, wide enough to show the valley they sit in. */
    @Override
    public ViewBox view() {
        return ViewBox.around(a0, b0, Math.max(1, 2 * Math.abs(a0)), Math.max(1, 2 * Math.abs(b0)));
    }

    /** One scale when both scalars belong to the same parameter tensor (two weights of one layer). */
    @Override
    public boolean equalScales() {
        return pa == pb;
    }

    @Override
    public double[] defaultStart() {
        return new double[] {a0, b0};
    }

    @Override
    public boolean decays(int axis) {
        return (axis == 0 ? pa : pb).regularized();
    }

    @Override
    public double value(double t1, double t2) {
        set(t1, t2);
        FMatrixRMaj h = propagate ? propagated() : firstLayerOutput();
        for (int i = resume, n = net.layers().size(); i < n; i++) {
            h = net.layers().get(i).forward(h, false, kernels);
        }
        return loss.value(h, targets, delta);
    }

    @Override
    public double gradient(double t1, double t2, double[] grad) {
        set(t1, t2);
        FMatrixRMaj out = net.forward(x, false, kernels);
        float j = loss.value(out, targets, delta);
        outGrad.reshape(out.numRows, out.numCols);
        loss.gradient(out, targets, delta, outGrad);
        net.backward(outGrad, kernels);
        grad[0] = pa.grad().data[a.element()];
        grad[1] = pb.grad().data[b.element()];
        return j;
    }

    /** The map split by rows over {@code threads} threads, each on its own copy of the network. */
    public double[] grid(ViewBox box, int cols, int rows, int threads) {
        double[] out = new double[cols * rows];
        int n = Math.max(1, Math.min(threads, rows));
        List<Thread> started = new ArrayList<>();
        RuntimeException[] failure = new RuntimeException[1];
        for (int t = 1; t < n; t++) {
            NetworkSlice copy = new NetworkSlice(this);
            int from = rows * t / n;
            int to = rows * (t + 1) / n;
            Thread th = new Thread(() -> {
                try {
                    copy.fill(box, cols, rows, from, to, out);
                } catch (RuntimeException e) {
                    failure[0] = e;
                }
            }, "nnplay-slice-" + t);
            th.setDaemon(true);
            th.start();
            started.add(th);
        }
        fill(box, cols, rows, 0, rows / n, out);
        for (Thread th : started) {
            try {
                th.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while computing the map", e);
            }
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return out;
    }

    @Override
    public double[] grid(ViewBox box, int cols, int rows) {
        return grid(box, cols, rows, 1);
    }

    private void fill(ViewBox box, int cols, int rows, int fromRow, int toRow, double[] out) {
        for (int j = fromRow; j < toRow; j++) {
            double y = box.y(j, rows);
            for (int i = 0; i < cols; i++) {
                out[j * cols + i] = value(box.x(i, cols), y);
            }
        }
    }

    private void set(double t1, double t2) {
        pa.value().data[a.element()] = (float) t1;
        pb.value().data[b.element()] = (float) t2;
    }

    /** The first chosen layer's output at the current scalars: the frozen output with the changed columns corrected. */
    private FMatrixRMaj firstLayerOutput() {
        System.arraycopy(zBase.data, 0, work.data, 0, zBase.getNumElements());
        for (int r = 0; r < work.numRows; r++) {
            correct(r, a, pa, a0);
            correct(r, b, pb, b0);
        }
        return work;
    }

    /** Adds to {@link #work}'s row {@code r} what scalar {@code c} changes, when it lies in the first chosen layer. */
    private void correct(int r, Coordinate c, Param p, float base) {
        float d = p.value().data[c.element()] - base;
        if (d == 0f) {
            return;
        }
        int cols = zBase.numCols;
        if (p == firstDense.weight()) {
            int nin = hIn.numCols;
            int j = c.element() / nin;
            work.data[r * cols + j] += d * hIn.data[r * nin + c.element() % nin];
        } else if (p == firstDense.bias()) {
            work.data[r * cols + c.element()] += d;
        }
    }

    /** The output of the dense layer after the first chosen one, by rank-one updates of its frozen output. */
    private FMatrixRMaj propagated() {
        ActivationLayer act = (ActivationLayer) net.layers().get(first + 1);
        Dense d2 = (Dense) net.layers().get(first + 2);
        float[] w2 = d2.weight().value().data;
        int width = zBase.numCols;
        int nout = z2Base.numCols;
        int nin = hIn.numCols;
        System.arraycopy(z2Base.data, 0, work.data, 0, z2Base.getNumElements());
        int ja = column(a, pa, nin);
        int jb = column(b, pb, nin);
        float da = pa.value().data[a.element()] - a0;
        float db = pb.value().data[b.element()] - b0;
        for (int r = 0; r < zBase.numRows; r++) {
            for (int pass = 0; pass < 2; pass++) {
                int j = pass == 0 ? ja : jb;
                if (j < 0 || pass == 1 && jb == ja) {
                    continue;
                }
                float z = zBase.data[r * width + j];
                if (ja == j) {
                    z += pa == firstDense.weight() ? da * hIn.data[r * nin + a.element() % nin] : da;
                }
                if (jb == j) {
                    z += pb == firstDense.weight() ? db * hIn.data[r * nin + b.element() % nin] : db;
                }
                float dh = act.function().apply(z, act.parameter()) - hBase.data[r * width + j];
                if (dh != 0f) {
                    for (int o = 0; o < nout; o++) {
                        work.data[r * nout + o] += dh * w2[o * width + j];
                    }
                }
            }
        }
        return work;
    }

    /** The output column of the first chosen layer that scalar {@code c} feeds, or −1 if it lies in a later layer. */
    private int column(Coordinate c, Param p, int nin) {
        if (p == firstDense.weight()) {
            return c.element() / nin;
        }
        return p == firstDense.bias() ? c.element() : -1;
    }

    private static Param param(Network net, Coordinate c) {
        if (c.param() < 0 || c.param() >= net.params().size()) {
            throw new IllegalArgumentException("the network has parameters 0 to " + (net.params().size() - 1)
                    + ", got " + c.param());
        }
        Param p = net.params().get(c.param());
        if (c.element() < 0 || c.element() >= p.size()) {
            throw new IllegalArgumentException(p.name() + " has entries 0 to " + (p.size() - 1) + ", got "
                    + c.element());
        }
        return p;
    }

    private static int layerOf(Network net, Param p) {
        for (int i = 0; i < net.layers().size(); i++) {
            if (net.layers().get(i).params().contains(p)) {
                return i;
            }
        }
        throw new AssertionError(p.name());
    }

    /** A scalar's name: {@code layer0.weight[3,12]} (row, column) or {@code layer1.bias[4]}. */
    static String name(Param p, Coordinate c) {
        int cols = p.value().numCols;
        return p.value().numRows == 1 ? p.name() + "[" + c.element() + "]"
                : p.name() + "[" + c.element() / cols + "," + c.element() % cols + "]";
    }

    /** A copy of {@code net}'s dense and activation layers and weights; dropout, the identity when evaluating, is left out. */
    static Network copyOf(Network net) {
        List<Layer> layers = new ArrayList<>();
        int dense = 0;
        for (Layer l : net.layers()) {
            if (l instanceof Dense d) {
                layers.add(new Dense(dense++, d.inputSize(), d.outputSize()));
            } else if (l instanceof ActivationLayer f) {
                layers.add(new ActivationLayer(f.function(), f.parameter(), f.outputSize()));
            }
        }
        Network copy = new Network(layers);
        copy.setWeights(net.copyWeights());
        return copy;
    }
}
