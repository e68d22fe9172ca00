package dev.nnplay.app.ui.output;

import dev.nnplay.app.ui.common.Palette;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.data.DataViewModel;
import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.PreparedData;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;

/**
 * The fit for data with one input: the training points (blue), the test points (orange, when shown)
 * and the network's curve over them, redrawn from each evaluation. The points sit on a canvas of their
 * own that is redrawn only when the data or the test toggle change. With a neuron in focus, that
 * neuron's value along x is drawn instead, on its own scale, without the points.
 */
public final class CurveView extends StackPane {
    private static final Color TRAIN = Palette.fx(Palette.BLUE);
    private static final Color TEST = Palette.fx(Palette.ORANGE);
    private static final Color CURVE = Palette.fx(Palette.INK);
    private static final Color AXIS = Palette.fx(Palette.PLOT_AXIS);
    private static final Color BACKGROUND = Palette.fx(Palette.PLOT_BACKGROUND);

    private final DataViewModel vm;
    private final OutputViewModel out;
    private final double side;
    private final Canvas points;
    private final Canvas curve;
    private final Label caption = new Label();
    /** The raw plane shown: x along the data, y along the targets, with margins. */
    private double x0 = -1, x1 = 1, y0 = -1, y1 = 1;
    private Curve last;

    public CurveView(DataViewModel vm, OutputViewModel out, double side) {
        this.vm = vm;
        this.out = out;
        this.side = side;
        points = new Canvas(side, side);
        curve = new Canvas(side, side);
        curve.setId("fit-curve");
        getStyleClass().add("output-curve");
        caption.getStyleClass().add("map-caption");
        caption.setId("curve-caption");
        StackPane.setAlignment(caption, javafx.geometry.Pos.TOP_LEFT);
        caption.setMouseTransparent(true);
        caption.visibleProperty().bind(caption.textProperty().isNotEmpty());
        getChildren().addAll(points, curve, caption);
        setMaxSize(side, side);
        out.focusProperty().addListener((o, a, b) -> {
            if (last != null) {
                show(last);
            }
        });
        out.showTestProperty().addListener((o, a, b) -> drawPoints());
        vm.preparedProperty().addListener((o, a, b) -> drawPoints());
        drawPoints();
    }

    /** Draws the network's curve, or the focused neuron's. */
    public void show(Curve c) {
        last = c;
        GraphicsContext g = curve.getGraphicsContext2D();
        g.clearRect(0, 0, side, side);
        var f = out.focusProperty().get();
        float[] neuron = f == null ? null : c.neuron(f.layer(), f.unit());
        points.setVisible(neuron == null);
        caption.setText(neuron == null ? "" : Messages.format("output.neuron", f.layer(), f.unit() + 1));
        if (neuron != null) {
            showNeuron(g, c.x(), neuron);
            return;
        }
        g.setStroke(CURVE);
        g.setLineWidth(2.5);
        polyline(g, c.x(), c.y(), y0, y1);
    }

    /** One neuron along x on its own scale over a blank background, with its zero line. */
    private void showNeuron(GraphicsContext g, double[] xs, float[] v) {
        double[] span = Curve.span(v);
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, side, side);
        g.setStroke(AXIS);
        g.setLineWidth(1);
        double zero = (span[1]) / (span[1] - span[0]) * side;
        g.strokeLine(0, zero, side, zero);
        g.setStroke(TRAIN);
        g.setLineWidth(2.5);
        polyline(g, xs, v, span[0], span[1]);
    }

    /** Strokes {@code ys} over {@code xs}, the vertical scale running from {@code lo} to {@code hi}. */
    private void polyline(GraphicsContext g, double[] xs, float[] ys, double lo, double hi) {
        g.beginPath();
        for (int i = 0; i < xs.length; i++) {
            double px = px(xs[i]);
            double py = Math.max(-side, Math.min(2 * side, (hi - ys[i]) / (hi - lo) * side));
            if (i == 0) {
                g.moveTo(px, py);
            } else {
                g.lineTo(px, py);
            }
        }
        g.stroke();
    }

    /** The curve last drawn, or null; for tests. */
    public Curve curve() {
        return last;
    }

    private double px(double x) {
        return (x - x0) / (x1 - x0) * side;
    }

    private double py(double y) {
        return (y1 - y) / (y1 - y0) * side;
    }

    private void drawPoints() {
        PreparedData p = vm.preparedProperty().get();
        Dataset raw = p.raw();
        if (raw.inputs() != 1) {
            return;
        }
        fitBounds(raw);
        GraphicsContext g = points.getGraphicsContext2D();
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, side, side);
        g.setStroke(AXIS);
        g.setLineWidth(1);
        if (y0 < 0 && y1 > 0) {
            g.strokeLine(0, py(0), side, py(0));
        }
        if (x0 < 0 && x1 > 0) {
            g.strokeLine(px(0), 0, px(0), side);
        }
        drawSet(g, p.split().train(), TRAIN, null);
        if (out.showTestProperty().get()) {
            drawSet(g, p.split().test(), TEST, Color.rgb(30, 30, 30));
        }
        if (last != null) {
            show(last);
        }
    }

    private void fitBounds(Dataset raw) {
        double ax = Double.MAX_VALUE, bx = -Double.MAX_VALUE, ay = Double.MAX_VALUE, by = -Double.MAX_VALUE;
        int tc = raw.y().numCols;
        for (int i = 0; i < raw.size(); i++) {
            ax = Math.min(ax, raw.x().data[i]);
            bx = Math.max(bx, raw.x().data[i]);
            ay = Math.min(ay, raw.y().data[i * tc]);
            by = Math.max(by, raw.y().data[i * tc]);
        }
        double mx = Math.max(1e-3, (bx - ax) * 0.05);
        double my = Math.max(0.1, (by - ay) * 0.12);
        x0 = ax - mx;
        x1 = bx + mx;
        y0 = ay - my;
        y1 = by + my;
    }

    private void drawSet(GraphicsContext g, Dataset d, Color fill, Color stroke) {
        int tc = d.y().numCols;
        double r = 3;
        g.setFill(fill);
        if (stroke != null) {
            g.setStroke(stroke);
            g.setLineWidth(1);
        }
        for (int i = 0; i < d.size(); i++) {
            double px = px(d.x().data[i]);
            double py = py(d.y().data[i * tc]);
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
            if (stroke != null) {
                g.strokeOval(px - r, py - r, 2 * r, 2 * r);
            }
        }
    }
}
