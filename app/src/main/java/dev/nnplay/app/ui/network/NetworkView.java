package dev.nnplay.app.ui.network;

import dev.nnplay.app.ui.Messages;
import dev.nnplay.app.ui.PlaygroundViewModel;
import dev.nnplay.app.ui.Tips;
import dev.nnplay.app.ui.output.GridEvaluator;
import dev.nnplay.app.ui.output.GridResult;
import dev.nnplay.app.ui.output.OutputViewModel;
import dev.nnplay.app.ui.output.OutputViewModel.NeuronRef;
import dev.nnplay.app.ui.output.Palette;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.nn.LayerSpec;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.train.Snapshot;
import java.util.ArrayList;
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
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

/**
 * The network as a graph: a column of neurons per layer (inputs, hidden layers, outputs), each with a
 * thumbnail of its own output over the input plane, and a link per weight coloured by its sign and
 * as thick as its size. Hover a link or a bias marker for its value; click a link to type a new one;
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
    /** Pixels per side of a thumbnail image (the grid sampled every other cell). */
    static final int THUMB = GridEvaluator.SIZE / 2;

    private static final PseudoClass FOCUSED = PseudoClass.getPseudoClass("shown");
    private static final Color POSITIVE = Color.web("#0877bd");
    private static final Color NEGATIVE = Color.web("#f59322");

    private final PlaygroundViewModel vm;
    private final OutputViewModel out;
    private final LayerControls controls;
    /** Per layer, per neuron: the thumbnail images, filled each frame. */
    private final List<List<WritableImage>> thumbs = new ArrayList<>();
    private final List<List<StackPane>> neurons = new ArrayList<>();
    /** The links, in params order: dense layer d's weight {@code [o][i]} is {@code links.get(d)[o * nin + i]}. */
    private final List<CubicCurve[]> links = new ArrayList<>();
    private final List<Rectangle[]> biases = new ArrayList<>();
    private final int[] buffer = new int[THUMB * THUMB];
    private final float[] sampled = new float[THUMB * THUMB];
    private Snapshot shown;

    public NetworkView(PlaygroundViewModel vm, NetworkEditorViewModel editor, OutputViewModel out) {
        this.vm = vm;
        this.out = out;
        this.controls = new LayerControls(editor);
        getStyleClass().add("network-graph");
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
        PreparedData p = vm.preparedProperty().get();
        NetworkSpec spec = vm.networkProperty().get();
        List<Integer> sizes = new ArrayList<>();
        sizes.add(p.train().inputs());
        for (LayerSpec l : spec.hidden()) {
            sizes.add(l.units());
        }
        sizes.add(p.train().outputsFor(vm.trainingProperty().get().lossFunction()));
        int tallest = sizes.stream().mapToInt(Integer::intValue).max().orElse(1);
        double height = TOP + tallest * ROW;
        List<javafx.scene.Node> linkNodes = new ArrayList<>();
        List<javafx.scene.Node> nodeNodes = new ArrayList<>();
        for (int l = 0; l < sizes.size(); l++) {
            double x = 20 + l * COLUMN;
            int n = sizes.get(l);
            double y0 = TOP + (tallest - n) * ROW / 2;
            List<WritableImage> imgs = new ArrayList<>();
            List<StackPane> cells = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                StackPane cell = neuron(l, j, x, y0 + j * ROW, imgs, names(p, l, j, sizes.size()));
                cells.add(cell);
                nodeNodes.add(cell);
            }
            thumbs.add(imgs);
            neurons.add(cells);
            if (l > 0) {
                int nin = sizes.get(l - 1);
                double px = 20 + (l - 1) * COLUMN + NODE;
                double py0 = TOP + (tallest - nin) * ROW / 2;
                CubicCurve[] ls = new CubicCurve[n * nin];
                Rectangle[] bs = new Rectangle[n];
                for (int o = 0; o < n; o++) {
                    for (int i = 0; i < nin; i++) {
                        CubicCurve c = link(px, py0 + i * ROW + NODE / 2, x, y0 + o * ROW + NODE / 2, l - 1, o * nin + i);
                        ls[o * nin + i] = c;
                        linkNodes.add(c);
                    }
                    bs[o] = biasMarker(x - 9, y0 + o * ROW + NODE - 7, l - 1, o);
                    nodeNodes.add(bs[o]);
                }
                links.add(ls);
                biases.add(bs);
            }
            if (l > 0 && l < sizes.size() - 1) {
                nodeNodes.add(controls.column(l - 1, spec.hidden().get(l - 1), x - 28, 8));
            }
            Label title = new Label(l == 0 ? Messages.get("network.inputs")
                    : l == sizes.size() - 1 ? Messages.get("network.outputs") : "");
            title.getStyleClass().add("layer-title");
            title.relocate(x - 4, TOP - 24);
            if (!title.getText().isEmpty()) {
                nodeNodes.add(title);
            }
        }
        getChildren().addAll(linkNodes);
        getChildren().addAll(nodeNodes);
        setPrefSize(40 + (sizes.size() - 1) * COLUMN + NODE + 20, height);
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

    private StackPane neuron(int layer, int unit, double x, double y, List<WritableImage> imgs, String tip) {
        WritableImage img = new WritableImage(THUMB, THUMB);
        imgs.add(img);
        ImageView view = new ImageView(img);
        view.setFitWidth(NODE);
        view.setFitHeight(NODE);
        view.setSmooth(true);
        StackPane cell = new StackPane(view);
        cell.getStyleClass().add("neuron");
        cell.setId("neuron-" + layer + "-" + unit);
        cell.relocate(x, y);
        cell.setPrefSize(NODE, NODE);
        Tips.install(cell, tip + "\n" + Messages.get("network.neuron.click"));
        cell.setOnMouseClicked(e -> out.toggleFocus(new NeuronRef(layer, unit)));
        return cell;
    }

    private CubicCurve link(double x0, double y0, double x1, double y1, int dense, int index) {
        double mx = (x0 + x1) / 2;
        CubicCurve c = new CubicCurve(x0, y0, mx, y0, mx, y1, x1, y1);
        c.setFill(null);
        c.getStyleClass().add("link");
        c.setStroke(Color.GRAY);
        Tooltip t = new Tooltip();
        t.setShowDelay(Duration.millis(80));
        t.setOnShowing(e -> t.setText(Messages.format("network.weight.tip", format(value(2 * dense, index)))));
        Tooltip.install(c, t);
        c.setOnMouseClicked(e -> editValue(2 * dense, index));
        return c;
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

    /** Recolours the links and bias markers from {@code s}, and redraws every thumbnail from {@code r}. */
    public void update(Snapshot s, GridResult r) {
        if (s != shown && s.weights().length == 2 * links.size()) {
            shown = s;
            for (int d = 0; d < links.size(); d++) {
                float[] w = s.weights()[2 * d];
                CubicCurve[] ls = links.get(d);
                if (w.length != ls.length) {
                    return;
                }
                for (int i = 0; i < ls.length; i++) {
                    float v = w[i];
                    ls[i].setStroke(v >= 0 ? POSITIVE : NEGATIVE);
                    ls[i].setStrokeWidth(Math.min(8, 0.6 + Math.abs(v) * 1.6));
                    ls[i].setOpacity(Math.min(1, 0.35 + Math.abs(v)));
                }
                float[] b = s.weights()[2 * d + 1];
                Rectangle[] bs = biases.get(d);
                for (int i = 0; i < bs.length && i < b.length; i++) {
                    bs[i].setFill(b[i] >= 0 ? POSITIVE : NEGATIVE);
                }
            }
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
