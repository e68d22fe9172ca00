package dev.nnplay.app.ui.output;

import dev.nnplay.app.ui.common.Look;
import dev.nnplay.app.ui.common.Palette;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.data.DataViewModel;
import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.data.Task;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.paint.Color;
import javafx.scene.layout.StackPane;

/**
 * The decision boundary: the grid's colours written with a PixelWriter into a 100×100 image, drawn
 * scaled on a canvas, with the data's points on top. In draw mode a click adds a point and a
 * right-click removes the nearest.
 */
public final class OutputView extends StackPane {
    /** Side of the canvas in pixels. */
    public static final double SIDE = 300;

    private final DataViewModel vm;
    private final OutputViewModel out;
    private final Canvas canvas = new Canvas(SIDE, SIDE);
    /** The data's points, redrawn only when the data, the plane or the test toggle change. */
    private final Canvas points = new Canvas(SIDE, SIDE);
    private final WritableImage image = new WritableImage(GridEvaluator.SIZE, GridEvaluator.SIZE);
    private final int[] argb = new int[GridEvaluator.SIZE * GridEvaluator.SIZE];
    private final Label caption = new Label();
    private GridEvaluator.Domain domain = GridEvaluator.Domain.PLAYGROUND;
    private GridResult last;
    /** The largest target magnitude of the data, which scales regression colours. */
    private double range = 1;

    public OutputView(DataViewModel vm, OutputViewModel out) {
        this.vm = vm;
        this.out = out;
        getStyleClass().add("output-map");
        canvas.setId("heat-map");
        caption.getStyleClass().add("map-caption");
        StackPane.setAlignment(caption, javafx.geometry.Pos.TOP_LEFT);
        caption.setMouseTransparent(true);
        caption.visibleProperty().bind(caption.textProperty().isNotEmpty());
        points.setMouseTransparent(true);
        getChildren().addAll(canvas, points, caption);
        setMaxSize(SIDE, SIDE);
        canvas.setOnMouseClicked(e -> {
            if (!vm.drawModeProperty().get()) {
                return;
            }
            double x = domain.x0() + e.getX() / SIDE * (domain.x1() - domain.x0());
            double y = domain.y1() - e.getY() / SIDE * (domain.y1() - domain.y0());
            if (e.getButton() == MouseButton.SECONDARY) {
                vm.removeNearest(x, y);
            } else {
                vm.addPoint(x, y, vm.drawTargetProperty().get());
            }
        });
        out.showTestProperty().addListener((o, a, b) -> drawPoints());
        vm.preparedProperty().addListener((o, a, b) -> drawPoints());
        vm.pendingDrawingProperty().addListener((o, a, b) -> drawPoints());
        Look.lineScaleProperty().addListener((o, a, b) -> drawPoints());
        out.discretizeProperty().addListener((o, a, b) -> redraw());
        out.focusProperty().addListener((o, a, b) -> redraw());
        drawPoints();
        vm.drawModeProperty().addListener((o, a, b) -> pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("drawing"), b));
    }

    /** Shows a new evaluation over {@code d}. */
    public void show(GridResult r, GridEvaluator.Domain d) {
        this.last = r;
        if (!d.equals(domain)) {
            domain = d;
            drawPoints();
        }
        redraw();
    }

    /** The pixels last written, for tests that check the map changed. */
    public int[] pixels() {
        return argb.clone();
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, SIDE, SIDE);
        if (last != null) {
            var f = out.focusProperty().get();
            if (f != null && f.layer() < last.layers().size() && f.unit() < last.layers().get(f.layer()).length) {
                Palette.fillNeuron(last.layers().get(f.layer())[f.unit()], argb);
                caption.setText(Messages.format("output.neuron", f.layer(), f.unit() + 1));
            } else {
                Palette.fillOutput(last.outputs(), last.loss().classification(), range,
                        out.discretizeProperty().get(), argb);
                caption.setText("");
            }
            image.getPixelWriter().setPixels(0, 0, GridEvaluator.SIZE, GridEvaluator.SIZE,
                    PixelFormat.getIntArgbPreInstance(), argb, 0, GridEvaluator.SIZE);
            g.setImageSmoothing(true);
            g.drawImage(image, 0, 0, SIDE, SIDE);
        }
    }

    /** Regression targets are scaled by their largest magnitude so the colours use the full range. */
    private double outputRange() {
        Dataset raw = vm.preparedProperty().get().raw();
        double m = 1e-6;
        for (int i = 0; i < raw.y().getNumElements(); i++) {
            m = Math.max(m, Math.abs(raw.y().data[i]));
        }
        return m;
    }

    private void drawPoints() {
        GraphicsContext g = points.getGraphicsContext2D();
        g.clearRect(0, 0, SIDE, SIDE);
        PreparedData p = vm.preparedProperty().get();
        range = outputRange();
        if (p.raw().inputs() != 2) {
            return;
        }
        if (vm.pendingDrawingProperty().get() != null) {
            drawSet(g, vm.pendingDrawingProperty().get(), Color.WHITE, range); // an empty canvas being drawn on
            return;
        }
        drawSet(g, p.split().train(), Color.WHITE, range);
        if (out.showTestProperty().get()) {
            drawSet(g, p.split().test(), Color.rgb(30, 30, 30), range);
        }
    }

    private void drawSet(GraphicsContext g, Dataset d, Color stroke, double range) {
        float[] x = d.x().data;
        float[] y = d.y().data;
        boolean classify = d.task() == Task.CLASSIFY;
        g.setStroke(stroke);
        g.setLineWidth(Look.lineScale());
        double r = 3.2 * Look.lineScale();
        for (int i = 0; i < d.size(); i++) {
            double px = (x[2 * i] - domain.x0()) / (domain.x1() - domain.x0()) * SIDE;
            double py = (domain.y1() - x[2 * i + 1]) / (domain.y1() - domain.y0()) * SIDE;
            int c = classify ? Palette.classColor((int) y[i * d.y().numCols]) : Palette.diverging(y[i * d.y().numCols] / range);
            g.setFill(Color.rgb((c >> 16) & 255, (c >> 8) & 255, c & 255));
            g.fillOval(px - r, py - r, 2 * r, 2 * r);
            g.strokeOval(px - r, py - r, 2 * r, 2 * r);
        }
    }
}
