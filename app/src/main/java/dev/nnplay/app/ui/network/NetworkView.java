package dev.nnplay.app.ui.network;

import dev.nnplay.app.ui.common.Messages;
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
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
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

// Over 400 lines: the graph's layout, its neuron thumbnails and its link canvas are drawn from one layout pass
// and share its coordinates; split, each half would need the other's geometry.

/**
 * The network as a graph: a column of neurons per layer (inputs, hidden layers, outputs), each with a
 * thumbnail of its own output over the input plane (for one input, a plot of it along x), and a link per weight coloured by its sign and
 * as thick as its size, all drawn on one canvas. Hover a link or a bias marker for its value; click a
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
    /**
     * The links' end points, in params order: dense layer d's weight {@code [o][i]} (index
     * {@code k = o * nin + i}) runs from {@code (g[4k], g[4k+1])} to {@code (g[4k+2], g[4k+3])} of
     * {@code links.get(d)}. All links are drawn on one canvas: one node instead of one per weight.
     */
    private final List<double[]> links = new ArrayList<>();
    private final Canvas linkCanvas = new Canvas();
    private final Tooltip linkTip = new Tooltip();
    /** The weights the links were last drawn with, or null before the first snapshot. */
    private float[][] linkWeights;
    /** The link under the mouse as {dense, index}, or null. */
    private int[] hover;
    /** Looks: size steps of a link, each drawn in two colours; see {@link #look}. */
    static final int LOOKS = 36;
    /** Per link (numbered across the dense layers), its look, and the links sorted by look. */
    private int[] looks = new int[0];
    private int[] order = new int[0];
    /** The looks being worked out, compared with {@link #looks} before anything is drawn. */
    private int[] fresh = new int[0];
    /** While playing, the links drawn per second at most (see {@link #linkInterval}). */
    static final double LINKS_PER_SECOND = 1000;
    /** The snapshot whose weights the links are still to show, or null. */
    private Snapshot pendingLinks;
    /** When the links were last drawn, on the frame clock. */
    private long linksDrawn;
    private final List<Rectangle[]> biases = new ArrayList<>();
    private final int[] buffer = new int[THUMB * THUMB];
    private final float[] sampled = new float[THUMB * THUMB];
    private Snapshot shown;

    public NetworkView(NetworkViewModel vm, OutputViewModel out) {
        this.vm = vm;
        this.out = out;
        this.controls = new LayerControls(vm.editor());
        getStyleClass().add("network-graph");
        linkCanvas.getStyleClass().add("links");
        linkCanvas.setOnMouseMoved(e -> hoverAt(e.getX(), e.getY(), e.getScreenX(), e.getScreenY()));
        linkCanvas.setOnMouseExited(e -> hoverAt(-1e9, -1e9, 0, 0));
        linkCanvas.setOnMouseClicked(e -> {
            int[] h = linkAt(e.getX(), e.getY());
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
        linkWeights = null;
        hover = null;
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
        linkCanvas.setWidth(width);
        linkCanvas.setHeight(height);
        getChildren().add(linkCanvas);
        getChildren().addAll(nodeNodes);
        drawLinks();
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
        return Arrays.copyOfRange(links.get(dense), 4 * index, 4 * index + 4);
    }

    /**
     * Draws every link from {@link #linkWeights}: colour by sign, width and opacity by size. Links that
     * look the same (same sign, same {@linkplain #look size step}) are stroked as one path, weakest first
     * so the strong links lie on top: the software renderer pays for every row a stroked shape covers,
     * and Digits' 2 368 links one shape each took it half a second a frame.
     */
    private void drawLinks() {
        drawLinks(true);
    }

    /** As {@link #drawLinks()}; unless {@code always}, nothing is drawn when no link's look changed. */
    private void drawLinks(boolean always) {
        int total = 0;
        for (double[] ls : links) {
            total += ls.length / 4;
        }
        if (order.length != total) {
            order = new int[total];
            looks = new int[total];
            fresh = new int[total];
            always = true;
        }
        // a counting sort of the links by look: starts[b] is where look b's links begin in order
        int[] starts = new int[2 * LOOKS + 1];
        for (int d = 0, k0 = 0; d < links.size(); k0 += links.get(d).length / 4, d++) {
            float[] w = weightsOf(d);
            for (int k = 0; k < links.get(d).length / 4; k++) {
                fresh[k0 + k] = w == null ? 0 : look(k < w.length ? w[k] : 0);
                starts[fresh[k0 + k] + 1]++;
            }
        }
        if (!always && Arrays.equals(fresh, looks)) {
            return;
        }
        int[] swap = looks;
        looks = fresh;
        fresh = swap;
        for (int b = 0; b < 2 * LOOKS; b++) {
            starts[b + 1] += starts[b];
        }
        int[] next = Arrays.copyOf(starts, 2 * LOOKS);
        for (int i = 0; i < total; i++) {
            order[next[looks[i]]++] = i;
        }
        GraphicsContext g = linkCanvas.getGraphicsContext2D();
        g.clearRect(0, 0, linkCanvas.getWidth(), linkCanvas.getHeight());
        if (hover != null) {
            g.setGlobalAlpha(0.35);
            g.setStroke(Color.GRAY);
            g.setLineWidth(width(magnitude(look(valueAt(hover[0], hover[1])))) + 5);
            g.beginPath();
            curve(g, links.get(hover[0]), hover[1]);
            g.stroke();
        }
        for (int step = 0; step < LOOKS; step++) {
            for (int sign = 0; sign < 2; sign++) {
                int b = 2 * step + sign;
                if (starts[b] == starts[b + 1]) {
                    continue;
                }
                double v = magnitude(b);
                g.setGlobalAlpha(linkWeights == null ? 0.35 : Math.min(1, 0.35 + v));
                g.setStroke(linkWeights == null ? Color.GRAY : sign == 0 ? POSITIVE : NEGATIVE);
                g.setLineWidth(width(v));
                g.beginPath();
                for (int i = starts[b]; i < starts[b + 1]; i++) {
                    int d = 0;
                    int k = order[i];
                    while (k >= links.get(d).length / 4) {
                        k -= links.get(d).length / 4;
                        d++;
                    }
                    curve(g, links.get(d), k);
                }
                g.stroke();
            }
        }
        g.setGlobalAlpha(1);
    }

    /** Dense layer {@code d}'s weights as last drawn, or null when there are none to draw. */
    private float[] weightsOf(int d) {
        return linkWeights != null && 2 * d < linkWeights.length ? linkWeights[2 * d] : null;
    }

    private float valueAt(int d, int k) {
        float[] w = weightsOf(d);
        return w != null && k < w.length ? w[k] : 0;
    }

    /**
     * A weight's look: {@code 2 * step + (negative ? 1 : 0)}, its size rounded to steps of 0.05 up to
     * 1 and of 0.25 beyond, where the width changes slowly and the opacity no more (a width step is
     * at most 0.4 px); the widest look is every size from 4.625 on, the most {@link #width} draws.
     */
    static int look(float v) {
        double a = Math.abs(v);
        int step = a < 1 ? (int) Math.round(a / 0.05) : 20 + (int) Math.round((a - 1) / 0.25);
        return 2 * Math.min(step, LOOKS - 1) + (v < 0 ? 1 : 0);
    }

    /** The size a look stands for. */
    static double magnitude(int look) {
        int step = look / 2;
        return step <= 20 ? step * 0.05 : 1 + (step - 20) * 0.25;
    }

    /** A link's line width for a weight of size {@code v}. */
    private static double width(double v) {
        return Math.min(8, 0.6 + v * 1.6);
    }

    /** Adds link {@code k} of {@code ls} to the current path. */
    private static void curve(GraphicsContext g, double[] ls, int k) {
        double x0 = ls[4 * k], y0 = ls[4 * k + 1], x1 = ls[4 * k + 2], y1 = ls[4 * k + 3];
        double mx = (x0 + x1) / 2;
        g.moveTo(x0, y0);
        g.bezierCurveTo(mx, y0, mx, y1, x1, y1);
    }

    /** The link within a few pixels of {@code (x, y)} as {dense, index}, or null. */
    int[] linkAt(double x, double y) {
        int[] best = null;
        double bestD = 5 * 5;
        for (int d = 0; d < links.size(); d++) {
            double[] ls = links.get(d);
            for (int k = 0; k < ls.length / 4; k++) {
                double x0 = ls[4 * k], y0 = ls[4 * k + 1], x1 = ls[4 * k + 2], y1 = ls[4 * k + 3];
                if (x < x0 - 5 || x > x1 + 5) {
                    continue;
                }
                double mx = (x0 + x1) / 2;
                for (int i = 0; i <= 32; i++) {
                    double t = i / 32.0, u = 1 - t;
                    double bx = u * u * u * x0 + 3 * u * u * t * mx + 3 * u * t * t * mx + t * t * t * x1;
                    double by = u * u * u * y0 + 3 * u * u * t * y0 + 3 * u * t * t * y1 + t * t * t * y1;
                    double dd = (bx - x) * (bx - x) + (by - y) * (by - y);
                    if (dd < bestD) {
                        bestD = dd;
                        best = new int[] {d, k};
                    }
                }
            }
        }
        return best;
    }

    /** Highlights the link under the mouse and shows its weight beside the pointer. */
    private void hoverAt(double x, double y, double screenX, double screenY) {
        int[] h = linkAt(x, y);
        boolean same = h == null ? hover == null : hover != null && hover[0] == h[0] && hover[1] == h[1];
        if (same) {
            return;
        }
        hover = h;
        drawLinks();
        if (h == null) {
            linkTip.hide();
            return;
        }
        linkTip.setText(Messages.format("network.weight.tip", format(value(2 * h[0], h[1]))));
        if (!linkTip.isShowing() && getScene() != null) {
            linkTip.show(linkCanvas, screenX + 14, screenY + 14);
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
        if (s != shown && s.weights().length == 2 * links.size()) {
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
     * paused, and while playing no sooner than {@link #linkInterval} after the last time. Drawn in
     * software, a link costs the renderer about as much as the rows it spans (some 85 µs for one of
     * Digits' under Xvfb), so a large network redrawn with every snapshot took the renderer a whole core
     * and the training thread half of one.
     */
    public void frame(long now, boolean playing) {
        Snapshot s = pendingLinks;
        if (s == null || playing && now - linksDrawn < linkInterval()) {
            return;
        }
        pendingLinks = null;
        linksDrawn = now;
        shown = s;
        for (int d = 0; d < links.size(); d++) {
            if (s.weights()[2 * d].length != links.get(d).length / 4) {
                return;
            }
        }
        boolean grey = linkWeights == null; // drawn without weights: in grey, whatever the looks say
        linkWeights = s.weights();
        drawLinks(grey);
        for (int d = 0; d < links.size(); d++) {
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
     * The least time between two drawings of the links while playing, in nanoseconds: {@value
     * #LINKS_PER_SECOND} links a second, so the opening networks redraw with every snapshot, a
     * 8-16-16-3 network's 432 links twice a second and Digits' 2 368 every 2.4 s.
     */
    long linkInterval() {
        return (long) (order.length * 1e9 / LINKS_PER_SECOND);
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
