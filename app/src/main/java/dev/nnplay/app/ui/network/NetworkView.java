package dev.nnplay.app.ui.network;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.Throttle;
import dev.nnplay.app.ui.common.Tips;
import dev.nnplay.app.ui.output.Curve;
import dev.nnplay.app.ui.output.GridEvaluator;
import dev.nnplay.app.ui.output.GridResult;
import dev.nnplay.app.ui.output.OutputViewModel;
import dev.nnplay.app.ui.output.OutputViewModel.NeuronRef;
import dev.nnplay.app.ui.common.Palette;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.train.Snapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The network as a graph: a column of neurons per layer (inputs, hidden layers, outputs), each with a
 * thumbnail of its own output over the input plane (for one input, a plot of it along x), and a link per weight coloured by its sign and
 * as thick as its size, all drawn on one {@link LinkCanvas}. Hover a link or a bias marker for its value; click a
 * link to type a new one;
 * click a neuron to see it large in the output view. The editor's controls sit above each column.
 */
public final class NetworkView extends Pane {
    /** Side of a neuron's thumbnail. */
    static final double NODE = 38;
    /** Vertical distance between neurons. */
    static final double ROW = 50;
    /** Horizontal distance between layers. */
    static final double COLUMN = 130;
    /** Space above the first neuron for the layer controls. */
    static final double TOP = 150;
    /** Inputs beyond this many are drawn as a block of small cells (Digits' 64 as 8 × 8). */
    static final int BLOCK_FROM = 16;
    /** Side of one cell of that block, and the distance between two. */
    static final double CELL = 13;
    static final double PITCH = 15;
    /** Pixels per side of a thumbnail image (the grid sampled every other cell). */
    static final int THUMB = GridEvaluator.SIZE / 2;

    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("shown");
    private static final Color POSITIVE = Palette.fx(Palette.BLUE);
    private static final Color NEGATIVE = Palette.fx(Palette.ORANGE);
    /** A 1-D thumbnail's background and zero line. */

    private final NetworkViewModel vm;
    private final OutputViewModel out;
    private final LayerControls controls;
    /** Per layer, per neuron: the thumbnail images, filled each frame. */
    private final List<List<WritableImage>> thumbs = new ArrayList<>();
    private final List<List<StackPane>> neurons = new ArrayList<>();
    /** The links, one per weight, all drawn on one canvas. */
    private final LinkCanvas links = new LinkCanvas();
    private final Tooltip linkTip = new Tooltip();
    /** The snapshot whose weights the links are still to show, or null. */
    private Snapshot pendingLinks;
    /** While playing, the links are drawn no more often than their own interval allows. */
    private final Throttle linkPace = new Throttle(links::interval);
    private final List<Rectangle[]> biases = new ArrayList<>();
    private final int[] buffer = new int[THUMB * THUMB];
    private final float[] sampled = new float[THUMB * THUMB];
    private Snapshot shown;

    public NetworkView(NetworkViewModel vm, OutputViewModel out) {
        this.vm = vm;
        this.out = out;
        this.controls = new LayerControls(vm.editor());
        getStyleClass().add("network-graph");
        links.setOnMouseMoved(e -> hoverAt(e.getX(), e.getY(), e.getScreenX(), e.getScreenY()));
        links.setOnMouseExited(e -> hoverAt(-1e9, -1e9, 0, 0));
        links.setOnMouseClicked(e -> {
            int[] h = links.at(e.getX(), e.getY());
            if (h != null) {
                editValue(2 * h[0], h[1]);
            }
        });
        out.focusProperty().addListener((o, a, b) -> markFocus());
    }

    /** Lays the graph out again for the current structure. */
    public void rebuild() {
        getChildren().clear();
        thumbs.clear();
        neurons.clear();
        links.clear();
        biases.clear();
        shown = null;
        pendingLinks = null;
        PreparedData p = vm.prepared();
        List<Integer> sizes = vm.layerSizes();
        // many inputs (Digits' 64 pixels) are a compact block of small cells instead of a tall column
        boolean block = sizes.get(0) > BLOCK_FROM;
        int blockCols = block ? (int) Math.ceil(Math.sqrt(sizes.get(0))) : 1;
        int blockRows = block ? (sizes.get(0) + blockCols - 1) / blockCols : 0;
        double shift = block ? Math.max(0, blockCols * PITCH - NODE) : 0;
        int tallest = 1;
        for (int l = block ? 1 : 0; l < sizes.size(); l++) {
            tallest = Math.max(tallest, sizes.get(l));
        }
        double height = TOP + Math.max(tallest * ROW, blockRows * PITCH);
        double blockTop = TOP; // at the top, in sight without scrolling
        List<javafx.scene.Node> nodeNodes = new ArrayList<>();
        for (int l = 0; l < sizes.size(); l++) {
            double x = 20 + l * COLUMN + (l > 0 ? shift : 0);
            int n = sizes.get(l);
            double y0 = TOP + (tallest - n) * ROW / 2;
            List<WritableImage> imgs = new ArrayList<>();
            List<StackPane> cells = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                boolean small = block && l == 0;
                StackPane cell = small
                        ? neuron(l, j, x + (j % blockCols) * PITCH, blockTop + (j / blockCols) * PITCH, CELL, imgs,
                                names(p, l, j, sizes.size()))
                        : neuron(l, j, x, y0 + j * ROW, NODE, imgs, names(p, l, j, sizes.size()));
                cells.add(cell);
                nodeNodes.add(cell);
            }
            thumbs.add(imgs);
            neurons.add(cells);
            if (l > 0) {
                int nin = sizes.get(l - 1);
                boolean fromBlock = block && l == 1;
                double px = fromBlock ? 20 + blockCols * PITCH - (PITCH - CELL) : 20 + (l - 1) * COLUMN + NODE
                        + (l > 1 ? shift : 0);
                double py0 = TOP + (tallest - nin) * ROW / 2;
                double[] ls = new double[4 * n * nin];
                Rectangle[] bs = new Rectangle[n];
                for (int o = 0; o < n; o++) {
                    for (int i = 0; i < nin; i++) {
                        int k = 4 * (o * nin + i);
                        ls[k] = px;
                        ls[k + 1] = fromBlock ? blockTop + (i / blockCols) * PITCH + CELL / 2 : py0 + i * ROW + NODE / 2;
                        ls[k + 2] = x;
                        ls[k + 3] = y0 + o * ROW + NODE / 2;
                    }
                    bs[o] = biasMarker(x - 9, y0 + o * ROW + NODE - 7, l - 1, o);
                    nodeNodes.add(bs[o]);
                }
                links.add(ls);
                biases.add(bs);
            }
            if (l > 0 && l < sizes.size() - 1) {
                nodeNodes.add(controls.column(l - 1, vm.networkProperty().get().hidden().get(l - 1), x - 28, 8));
            }
            Label title = new Label(l == 0 ? Messages.get("network.inputs")
                    : l == sizes.size() - 1 ? Messages.get("network.outputs") : "");
            title.getStyleClass().add("layer-title");
            title.relocate(x - 4, TOP - 24);
            if (!title.getText().isEmpty()) {
                nodeNodes.add(title);
            }
        }
        double width = 40 + (sizes.size() - 1) * COLUMN + NODE + 20 + shift;
        links.setWidth(width);
        links.setHeight(height);
        getChildren().add(links);
        getChildren().addAll(nodeNodes);
        links.draw(true);
        setPrefSize(width, height);
        setMinSize(USE_PREF_SIZE, USE_PREF_SIZE);
        markFocus();
    }

    private static String names(PreparedData p, int l, int j, int layers) {
        if (l == 0) {
            return p.train().inputNames().get(j);
        }
        if (l == layers - 1) {
            return Messages.format("network.output.tip", j + 1);
        }
        return Messages.format("network.neuron.tip", l, j + 1);
    }

    private StackPane neuron(int layer, int unit, double x, double y, double side, List<WritableImage> imgs,
                             String tip) {
        WritableImage img = new WritableImage(THUMB, THUMB);
        imgs.add(img);
        ImageView view = new ImageView(img);
        view.setFitWidth(side);
        view.setFitHeight(side);
        view.setSmooth(true);
        StackPane cell = new StackPane(view);
        cell.getStyleClass().add("neuron");
        cell.setId("neuron-" + layer + "-" + unit);
        cell.relocate(x, y);
        cell.setPrefSize(side, side);
        if (side < NODE) {
            cell.getStyleClass().add("input-cell");
        }
        Tips.install(cell, tip + "\n" + Messages.get("network.neuron.click"));
        cell.setOnMouseClicked(e -> out.toggleFocus(new NeuronRef(layer, unit)));
        return cell;
    }

    /** The snapshot whose weights the links show, or null before the first. */
    Snapshot linksShown() {
        return shown;
    }

    /** Where link {@code index} of dense layer {@code dense} starts and ends: x0, y0, x1, y1. */
    double[] linkEnds(int dense, int index) {
        return links.ends(dense, index);
    }

    /** The link within a few pixels of {@code (x, y)} as {dense, index}, or null. */
    int[] linkAt(double x, double y) {
        return links.at(x, y);
    }

    /** Highlights the link under the mouse and shows its weight beside the pointer. */
    private void hoverAt(double x, double y, double screenX, double screenY) {
        int[] h = links.at(x, y);
        if (!links.hover(h)) {
            return;
        }
        if (h == null) {
            linkTip.hide();
            return;
        }
        linkTip.setText(Messages.format("network.weight.tip", format(value(2 * h[0], h[1]))));
        if (!linkTip.isShowing() && getScene() != null) {
            linkTip.show(links, screenX + 14, screenY + 14);
        }
    }

    private Rectangle biasMarker(double x, double y, int dense, int unit) {
        Rectangle r = new Rectangle(x, y, 7, 7);
        r.getStyleClass().add("bias");
        Tooltip t = new Tooltip();
        t.setShowDelay(Duration.millis(80));
        t.setOnShowing(e -> t.setText(Messages.format("network.bias.tip", format(value(2 * dense + 1, unit)))));
        Tooltip.install(r, t);
        r.setOnMouseClicked(e -> editValue(2 * dense + 1, unit));
        return r;
    }

    private float value(int param, int index) {
        Snapshot s = vm.snapshotProperty().get();
        return param < s.weights().length && index < s.weights()[param].length ? s.weights()[param][index] : Float.NaN;
    }

    private static String format(float v) {
        return String.format(java.util.Locale.ROOT, "%.4f", v);
    }

    private void editValue(int param, int index) {
        TextInputDialog d = new TextInputDialog(format(value(param, index)));
        d.setTitle(Messages.get("network.edit.title"));
        d.setHeaderText(Messages.get("network.edit.header"));
        d.initOwner(getScene() == null ? null : getScene().getWindow());
        d.showAndWait().ifPresent(text -> {
            try {
                vm.setWeight(param, index, Float.parseFloat(text.trim()));
            } catch (NumberFormatException ex) {
                // not a number: nothing to apply; the dialog's text stays the user's to retry
            }
        });
    }

    /**
     * Redraws every thumbnail from {@code r}, and takes {@code s}'s weights for the links and bias
     * markers, which {@link #frame} draws.
     */
    public void update(Snapshot s, GridResult r) {
        if (s != shown && s.weights().length == 2 * links.layers()) {
            pendingLinks = s;
        }
        if (r != null && r.layers().size() == thumbs.size()) {
            for (int l = 0; l < thumbs.size(); l++) {
                float[][] units = r.layers().get(l);
                List<WritableImage> imgs = thumbs.get(l);
                for (int j = 0; j < imgs.size() && j < units.length; j++) {
                    paint(units[j], r.size(), imgs.get(j), l == thumbs.size() - 1 && r.loss().classification());
                }
            }
        }
    }

    /**
     * Draws the links and bias markers of the newest snapshot {@link #update} was given: at once when
     * paused, and while playing no sooner than {@link LinkCanvas#interval} after the last time. Drawn in
     * software, a link costs the renderer about as much as the rows it spans (some 85 µs for one of
     * Digits' under Xvfb), so a large network redrawn with every snapshot took the renderer a whole core
     * and the training thread half of one.
     */
    public void frame(long now, boolean playing) {
        Snapshot s = pendingLinks;
        if (s == null || !linkPace.take(now, playing)) {
            return;
        }
        pendingLinks = null;
        shown = s;
        if (!links.show(s.weights())) {
            return;
        }
        for (int d = 0; d < links.layers(); d++) {
            float[] b = s.weights()[2 * d + 1];
            Rectangle[] bs = biases.get(d);
            for (int i = 0; i < bs.length && i < b.length; i++) {
                Color c = b[i] >= 0 ? POSITIVE : NEGATIVE;
                if (bs[i].getFill() != c) {
                    bs[i].setFill(c);
                }
            }
        }
    }

    /**
     * Redraws every thumbnail, for data with one input, as a plot of the neuron's value along the
     * curve's x (each neuron on its own scale, zero line included): blue where positive, orange where
     * negative.
     */
    public void updateCurves(Curve c) {
        if (c.layers().size() != thumbs.size()) {
            return;
        }
        for (int l = 0; l < thumbs.size(); l++) {
            List<WritableImage> imgs = thumbs.get(l);
            for (int j = 0; j < imgs.size(); j++) {
                float[] v = c.neuron(l, j);
                if (v != null) {
                    plot(v, imgs.get(j));
                }
            }
        }
    }

    private void plot(float[] v, WritableImage img) {
        java.util.Arrays.fill(buffer, Palette.PLOT_BACKGROUND);
        double[] span = Curve.span(v);
        int zero = row(0, span);
        for (int x = 0; x < THUMB; x++) {
            buffer[zero * THUMB + x] = Palette.PLOT_AXIS;
        }
        int prev = -1;
        for (int x = 0; x < THUMB; x++) {
            float f = v[(int) Math.round(x * (v.length - 1.0) / (THUMB - 1))];
            int y = row(f, span);
            int from = prev < 0 ? y : Math.min(prev, y);
            int to = prev < 0 ? y : Math.max(prev, y);
            int colour = f >= 0 ? Palette.BLUE : Palette.ORANGE;
            for (int r = from; r <= to + 1 && r < THUMB; r++) { // two pixels thick: the image is shown smaller
                buffer[r * THUMB + x] = colour;
            }
            prev = y;
        }
        img.getPixelWriter().setPixels(0, 0, THUMB, THUMB, PixelFormat.getIntArgbPreInstance(), buffer, 0, THUMB);
    }

    /** The image row of value {@code f} over {@code span}, row 0 at the top. */
    private static int row(double f, double[] span) {
        double t = (span[1] - f) / (span[1] - span[0]);
        return (int) Math.max(0, Math.min(THUMB - 1, Math.round(t * (THUMB - 1))));
    }

    private void paint(float[] v, int size, WritableImage img, boolean probability) {
        for (int y = 0; y < THUMB; y++) {
            for (int x = 0; x < THUMB; x++) {
                sampled[y * THUMB + x] = v[(2 * y) * size + 2 * x];
            }
        }
        if (probability) {
            for (int i = 0; i < buffer.length; i++) {
                buffer[i] = Palette.diverging(2 * sampled[i] - 1);
            }
        } else {
            Palette.fillNeuron(sampled, buffer);
        }
        img.getPixelWriter().setPixels(0, 0, THUMB, THUMB, PixelFormat.getIntArgbPreInstance(), buffer, 0, THUMB);
    }

    private void markFocus() {
        NeuronRef f = out.focusProperty().get();
        for (int l = 0; l < neurons.size(); l++) {
            for (int j = 0; j < neurons.get(l).size(); j++) {
                neurons.get(l).get(j).pseudoClassStateChanged(FOCUSED, f != null && f.layer() == l && f.unit() == j);
            }
        }
    }
}
