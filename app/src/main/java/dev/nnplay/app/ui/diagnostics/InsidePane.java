package dev.nnplay.app.ui.diagnostics;

import dev.nnplay.app.ui.common.LatestWinsWorker;
import dev.nnplay.app.ui.common.Throttle;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.inspect.DigitImages.Miss;
import dev.nnplay.engine.inspect.NeuronStrips;
import dev.nnplay.engine.inspect.TransformedSpace;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.train.Snapshot;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The pictures of the network's inside that suit the data, kept up to date from snapshots: the
 * transformed space for two inputs, neuron histograms for tables, and for square images also the
 * weight images and misclassified images. The work runs off the FX thread on a latest-wins worker.
 * Make one per network structure and data set (close the old one); call {@link #frame} once per frame.
 */
public final class InsidePane extends VBox implements AutoCloseable {
    /** The least time between two recomputations of the pictures, in nanoseconds. */
    static final long PLANE_NANOS = 40_000_000L;
    static final long IMAGE_NANOS = 250_000_000L;

    /** One frame's pictures; the fields that do not apply to the data are null. */
    record Pictures(TransformedSpace space, List<List<NeuronStrips>> neurons, float[][] weights, List<Miss> misses) {
    }

    private final InsideModel model;
    private final LatestWinsWorker<Pictures> worker;
    private final TransformedSpaceView space;
    private final TabularNeuronsView neurons;
    private final DigitsView digits;
    /** The snapshot last sent to the worker, and how often one may be. */
    private Snapshot requested;
    private final Throttle requests;
    /** The transformed space last drawn (its principal directions fix the next one's signs). */
    private volatile TransformedSpace lastSpace;
    /** Set when the layer or axes change, to recompute at once. */
    private boolean choiceChanged;

    /** On a worker thread of its own. */
    public InsidePane(InsideModel model) {
        this(model, null);
    }

    /** On {@code executor} ({@code Runnable::run} in tests); null for a thread of its own. */
    public InsidePane(InsideModel model, Executor executor) {
        setSpacing(8);
        this.model = model;
        this.requests = new Throttle(() -> model.kind() == InsideModel.Kind.IMAGE ? IMAGE_NANOS : PLANE_NANOS);
        this.worker = executor == null ? new LatestWinsWorker<>("nnplay-inside") : new LatestWinsWorker<>(executor);
        InsideModel.Kind kind = model.kind();
        space = kind == InsideModel.Kind.PLANE ? new TransformedSpaceView() : null;
        neurons = kind == InsideModel.Kind.TABLE || kind == InsideModel.Kind.IMAGE ? new TabularNeuronsView() : null;
        digits = kind == InsideModel.Kind.IMAGE ? new DigitsView() : null;
        if (space != null) {
            space.setLayers(model.blocks());
            space.setOnChoice(() -> {
                lastSpace = null;
                choiceChanged = true;
            });
            getChildren().add(space);
        }
        if (digits != null) {
            getChildren().add(digits);
        }
        if (neurons != null) {
            getChildren().add(neurons);
        }
    }

    /** What the data allows to be shown ({@code NONE}: the pane stays empty). */
    public InsideModel.Kind kind() {
        return model.kind();
    }

    /** The transformed-space view, or null when the data has not two inputs. */
    public TransformedSpaceView spaceView() {
        return space;
    }

    /** Light or dark. */
    public void applyTheme(boolean dark) {
        if (space != null) {
            space.applyTheme(dark);
        }
        choiceChanged = true;
    }

    /**
     * Once per frame, on the FX thread, with the trainer's newest snapshot: shows any pictures the
     * worker finished, and sends it {@code s} when it is new and the last request is old enough.
     */
    public void frame(Snapshot s) {
        Pictures p = worker.take();
        if (p != null) {
            show(p);
        }
        if (s == null || model.kind() == InsideModel.Kind.NONE) {
            return;
        }
        // a new choice of axes or layer is computed at once, a new snapshot no sooner than the gap allows
        if ((choiceChanged || s != requested) && requests.take(System.nanoTime(), !choiceChanged)) {
            choiceChanged = false;
            requested = s;
            int block = space == null ? -1 : space.block();
            var axes = space == null ? null : space.axes();
            worker.submit(() -> compute(s, block, axes));
        }
    }

    private Pictures compute(Snapshot s, int block, TransformedSpace.Axes axes) {
        return switch (model.kind()) {
            case PLANE -> block < 0 ? null : new Pictures(model.transformed(s, block, axes, lastSpace), null, null, null);
            case TABLE -> new Pictures(null, model.neurons(s), null, null);
            case IMAGE -> new Pictures(null, model.neurons(s), model.weightImages(s), model.misclassified(s));
            case NONE -> null;
        };
    }

    private void show(Pictures p) {
        if (p.space() != null && space != null) {
            lastSpace = p.space();
            space.show(p.space(), model.trainClasses());
        }
        if (p.neurons() != null && neurons != null) {
            neurons.show(p.neurons(), model.classNames());
        }
        if (p.weights() != null && digits != null) {
            digits.show(p.weights(), p.misses(), model.imageSide(), model.classNames());
        }
    }

    /** The node to save as a picture. */
    public Region exportNode() {
        return this;
    }

    /** Whether the worker has nothing left to do (for tests). */
    boolean idle() {
        return worker.idle();
    }

    @Override
    public void close() {
        worker.close();
    }
}
