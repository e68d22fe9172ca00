package dev.nnplay.app.ui.diagnostics;

import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.inspect.Block;
import dev.nnplay.engine.inspect.DigitImages;
import dev.nnplay.engine.inspect.GridLines;
import dev.nnplay.engine.inspect.NeuronStrips;
import dev.nnplay.engine.inspect.TransformedSpace;
import dev.nnplay.engine.inspect.TransformedSpace.Axes;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.train.Snapshot;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * The pictures of the network's inside for one network and data set: the transformed space (data with
 * two inputs), each neuron's histogram over the test rows (more inputs), and for square images the
 * first layer's weights and the misclassified test images. Holds its own copy of the network (the
 * trainer's is never touched), whose weights come from each snapshot; make a new one when the
 * structure or the data change. Knows no Node; not thread-safe (run it on one worker).
 */
public final class InsideModel {
    /** Grid lines each way and points along each. */
    static final int LINES = 15;
    static final int SAMPLES = 40;
    /** Bins of a neuron's histogram. */
    static final int BINS = 16;
    /** Misclassified images shown at most. */
    static final int MISSES = 24;

    /** What the data allows to be drawn. */
    public enum Kind {
        /** Two raw inputs: the transformed space. */
        PLANE,
        /** More inputs: neuron histograms. */
        TABLE,
        /** More inputs that form a square image: neuron histograms, weight images, misclassified images. */
        IMAGE,
        /** One input: nothing here. */
        NONE
    }

    private final Network net;
    private final Kernels kernels;
    private final Loss loss;
    private final PreparedData data;
    private final Kind kind;
    /** The grid over the raw plane and its points through the input transform; null unless PLANE. */
    private final GridLines lines;
    private final FMatrixRMaj gridInputs;
    /** The points drawn in the transformed space: the training rows, or the test rows too. */
    private final FMatrixRMaj trainInputs;

    public InsideModel(NetworkSpec spec, PreparedData data, Loss loss, Kernels kernels) {
        this.net = spec.build(data.train().inputs(), data.train().outputsFor(loss), new Rng(0));
        this.kernels = kernels;
        this.loss = loss;
        this.data = data;
        int raw = data.raw().inputs();
        this.kind = raw == 2 ? Kind.PLANE : raw == 1 ? Kind.NONE
                : DigitImages.side(raw) > 0 && data.raw().numClasses() > 0 ? Kind.IMAGE : Kind.TABLE;
        if (kind == Kind.PLANE) {
            lines = GridLines.around(data.raw().x(), LINES, SAMPLES);
            gridInputs = data.transform().apply(lines.points());
        } else {
            lines = null;
            gridInputs = null;
        }
        this.trainInputs = data.train().x();
    }

    /** What the data allows. */
    public Kind kind() {
        return kind;
    }

    /** The dense layers, input side first (for the layer choice). */
    public List<Block> blocks() {
        return Block.of(net);
    }

    /** The class of each training row (the points' colours), or null for regression. */
    public FMatrixRMaj trainClasses() {
        return data.train().numClasses() > 0 ? data.train().y() : null;
    }

    /** The side of the data's images, or 0. */
    public int imageSide() {
        return kind == Kind.IMAGE ? DigitImages.side(data.raw().inputs()) : 0;
    }

    private void load(Snapshot s) {
        net.setWeights(s.weights());
    }

    /** The training points and the grid as block {@code block} sees them at {@code s}; PLANE only. */
    public TransformedSpace transformed(Snapshot s, int block, Axes axes, TransformedSpace previous) {
        if (kind != Kind.PLANE) {
            throw new IllegalStateException("the transformed space needs data with two inputs");
        }
        load(s);
        return TransformedSpace.map(net, kernels, block, lines, gridInputs, trainInputs, axes, previous);
    }

    /** Every neuron's histogram over the test rows (the training rows when there are none), by class. */
    public List<List<NeuronStrips>> neurons(Snapshot s) {
        load(s);
        var part = data.test().size() > 0 ? data.test() : data.train();
        return NeuronStrips.of(net, kernels, part.x(), part.numClasses() > 0 ? part.y() : null,
                part.numClasses(), BINS);
    }

    /** The first layer's weights, one image per neuron; IMAGE only. */
    public float[][] weightImages(Snapshot s) {
        load(s);
        return DigitImages.firstLayerWeights(net);
    }

    /** Misclassified test images (training images when there is no test part); IMAGE only. */
    public List<DigitImages.Miss> misclassified(Snapshot s) {
        load(s);
        boolean test = data.test().size() > 0;
        var part = test ? data.test() : data.train();
        FMatrixRMaj raw = test ? data.split().test().x() : data.split().train().x();
        return DigitImages.misclassified(net, kernels, loss, part.x(), part.y(), raw, MISSES);
    }

    /** The class names, for captions. */
    public List<String> classNames() {
        return data.raw().classNames();
    }
}
