package dev.nnplay.app.ui.diagnostics;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.Tips;
import dev.nnplay.app.ui.common.Palette;
import dev.nnplay.engine.inspect.Block;
import dev.nnplay.engine.inspect.TransformedSpace;
import dev.nnplay.engine.inspect.TransformedSpace.Axes;
import dev.nnplay.engine.nn.Activation;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.ejml.data.FMatrixRMaj;

/**
 * The transformed space: the input grid and the training points as a chosen hidden layer sees them,
 * on two of its neurons or its first two principal directions. The grid lines show how the network
 * bends the plane; the points are coloured by class. Choose the layer and the axes above the picture;
 * {@link #setOnChoice} hears about a change so the owner can recompute.
 */
public final class TransformedSpaceView extends VBox {
    /** Side of the picture. */
    public static final double SIZE = 360;

    private final Canvas canvas = new Canvas(SIZE, SIZE);
    private final ComboBox<String> layer = new ComboBox<>();
    private final ComboBox<String> axes = new ComboBox<>();
    private final Label caption = new Label();
    /** The hidden blocks offered, in the layer box's order. */
    private final List<Block> blocks = new ArrayList<>();
    /** The drawn bounds, eased from frame to frame: {@code {x0, x1, y0, y1}}. */
    private double[] view;
    private Runnable onChoice = () -> { };
    private boolean dark;

    public TransformedSpaceView() {
        Views.style(this);
        Label title = Views.title("diag.space.title", "diag.space.tip");
        Tips.install(canvas, Messages.get("diag.space.tip"));
        HBox controls = new HBox(6, title, new Label(Messages.get("diag.space.layer")), layer,
                new Label(Messages.get("diag.space.axes")), axes);
        controls.setAlignment(Pos.CENTER_LEFT);
        caption.getStyleClass().add("diag-caption");
        getChildren().addAll(controls, canvas, caption);
        layer.valueProperty().addListener((o, a, b) -> {
            fillAxes();
            view = null;
            onChoice.run();
        });
        axes.valueProperty().addListener((o, a, b) -> {
            view = null;
            onChoice.run();
        });
    }

    /** Offers the hidden layers of {@code all} (the network's blocks); keeps the choice when it still exists. */
    public void setLayers(List<Block> all) {
        int keep = Math.max(0, layer.getSelectionModel().getSelectedIndex());
        blocks.clear();
        List<String> names = new ArrayList<>();
        for (Block b : all) {
            if (b.hidden()) {
                blocks.add(b);
                names.add(Messages.format("diag.neurons.layer", b.index() + 1) + " (" + b.units() + ")");
            }
        }
        layer.setItems(FXCollections.observableArrayList(names));
        if (!names.isEmpty()) {
            layer.getSelectionModel().select(Math.min(keep, names.size() - 1));
        }
        setDisable(blocks.isEmpty());
    }

    private void fillAxes() {
        Block b = selected();
        List<String> items = new ArrayList<>();
        if (b != null) {
            if (b.units() > 2) {
                items.add(Messages.get("diag.space.axes.pca"));
            }
            for (int i = 0; i + 1 < b.units(); i++) {
                items.add(Messages.format("diag.space.axes.neurons", i + 1, i + 2));
            }
            if (b.units() == 1) {
                items.add(Messages.format("diag.space.axes.neurons", 1, 1));
            }
        }
        axes.setItems(FXCollections.observableArrayList(items));
        if (!items.isEmpty()) {
            axes.getSelectionModel().select(0);
        }
    }

    private Block selected() {
        int i = layer.getSelectionModel().getSelectedIndex();
        return i >= 0 && i < blocks.size() ? blocks.get(i) : null;
    }

    /** Called when the layer or the axes change. */
    public void setOnChoice(Runnable r) {
        this.onChoice = r;
    }

    /** The chosen block's index among the network's dense layers, or −1. */
    public int block() {
        Block b = selected();
        return b == null ? -1 : b.index();
    }

    /** The chosen axes. */
    public Axes axes() {
        Block b = selected();
        if (b == null) {
            return Axes.principalDirections();
        }
        int i = Math.max(0, axes.getSelectionModel().getSelectedIndex());
        if (b.units() > 2) {
            return i == 0 ? Axes.principalDirections() : Axes.neurons(i - 1, i);
        }
        return Axes.neurons(0, Math.min(1, b.units() - 1));
    }

    /** Picks layer {@code i} of the offered ones and axes item {@code a} (for tests and screenshots). */
    public void choose(int i, int a) {
        layer.getSelectionModel().select(i);
        axes.getSelectionModel().select(a);
    }

    /** Light or dark background. */
    public void applyTheme(boolean darkTheme) {
        this.dark = darkTheme;
    }

    /** Draws {@code t}, the points coloured by {@code classes} (one class index a row; null for one colour). */
    public void show(TransformedSpace t, FMatrixRMaj classes) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        Theme th = Theme.of(dark);
        g.setFill(th.background());
        g.fillRect(0, 0, SIZE, SIZE);
        double[] b = target(t);
        view = ease(view, b);
        double pad = 10;
        double sx = (SIZE - 2 * pad) / (view[1] - view[0]);
        double sy = (SIZE - 2 * pad) / (view[3] - view[2]);
        g.setLineWidth(1);
        for (int l = 0; l < 2 * t.lines(); l++) {
            boolean vertical = l < t.lines();
            g.setStroke(vertical ? Color.web("#7f8c99", 0.55) : Color.web("#b08d57", 0.55));
            double[] cx = new double[t.samples()];
            double[] cy = new double[t.samples()];
            for (int s = 0; s < t.samples(); s++) {
                int i = l * t.samples() + s;
                cx[s] = pad + (t.gridX()[i] - view[0]) * sx;
                cy[s] = SIZE - pad - (t.gridY()[i] - view[2]) * sy;
            }
            Views.polyline(g, cx, cy);
        }
        g.setStroke(dark ? Color.web("#1f2326") : Color.WHITE);
        g.setLineWidth(0.8);
        for (int i = 0; i < t.pointX().length; i++) {
            int c = classes == null ? Palette.BLUE : Palette.classColor((int) classes.data[i]);
            g.setFill(Color.rgb((c >> 16) & 255, (c >> 8) & 255, c & 255));
            double cx = pad + (t.pointX()[i] - view[0]) * sx;
            double cy = SIZE - pad - (t.pointY()[i] - view[2]) * sy;
            g.fillOval(cx - 3.2, cy - 3.2, 6.4, 6.4);
            g.strokeOval(cx - 3.2, cy - 3.2, 6.4, 6.4);
        }
        caption.setText(t.pca() != null
                ? Messages.format("diag.space.caption.pca", t.block() + 1,
                        String.format(java.util.Locale.ROOT, "%.0f%%", 100 * t.pca().explained()))
                : Messages.format("diag.space.caption.neurons", t.block() + 1, t.axes().first() + 1,
                        t.axes().second() + 1));
    }

    /** The bounds to show: a bounded function's range on neuron axes, else the points' and grid's box. */
    private double[] target(TransformedSpace t) {
        Activation f = null;
        for (Block b : blocks) {
            if (b.index() == t.block()) {
                f = b.function();
            }
        }
        if (t.pca() == null && (f == Activation.TANH || f == Activation.SIGMOID)) {
            double lo = f == Activation.TANH ? -1 : 0;
            double[] b = {lo, 1, lo, 1};
            if (t.axes().first() == t.axes().second()) {
                b[2] = -0.5;
                b[3] = 0.5;
            }
            return b;
        }
        double[] b = t.bounds();
        for (int k = 0; k < 4; k += 2) {
            if (!(b[k + 1] > b[k])) {
                double c = Double.isFinite(b[k]) ? b[k] : 0;
                b[k] = c - 1;
                b[k + 1] = c + 1;
            }
            double m = (b[k + 1] - b[k]) * 0.04;
            b[k] -= m;
            b[k + 1] += m;
        }
        return b;
    }

    /** Grows at once to hold everything, shrinks gently, so the picture does not jump from frame to frame. */
    private static double[] ease(double[] now, double[] target) {
        if (now == null) {
            return target.clone();
        }
        double[] out = new double[4];
        for (int k = 0; k < 4; k++) {
            boolean grow = k % 2 == 0 ? target[k] < now[k] : target[k] > now[k];
            out[k] = grow ? target[k] : now[k] + 0.15 * (target[k] - now[k]);
        }
        return out;
    }

    /** The picture, for the Save image menu. */
    public Canvas picture() {
        return canvas;
    }
}
