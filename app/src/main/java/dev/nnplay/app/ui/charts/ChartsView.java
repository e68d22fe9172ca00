package dev.nnplay.app.ui.charts;

import dev.nnplay.app.ui.common.LatestWinsWorker;
import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.Look;
import dev.nnplay.app.ui.common.Palette;
import dev.nnplay.app.ui.common.Tips;
import java.awt.image.BufferedImage;
import javafx.scene.shape.Line;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;

/**
 * Loss curves (train solid, test dashed) over the steps, linear or log scale, with the test metric on a
 * second axis; hover a point for its exact value. Themed to the window: no grey plot, no serif.
 *
 * <p>While training plays, the curves are drawn off the FX thread ({@link ChartPainter}) and shown as
 * an image, so JFreeChart's slow redraw never stalls a frame; when paused, the interactive chart (with
 * its tooltips) is shown and brought up to date.
 */
public final class ChartsView extends VBox {
    private final ChartsViewModel model;
    private final LossChart loss;
    private final ChartViewer viewer;
    /** The picture drawn off the FX thread, over the viewer while playing. */
    private final ImageView picture = new ImageView();
    private WritableImage pixels;
    /** Draws pictures; created on first use, closed by {@link #close()}. */
    private LatestWinsWorker<ChartPainter.Picture> worker;
    /** Used only on the worker's thread. */
    private ChartPainter painter;
    private boolean dark;
    private boolean logOn;
    /** Says when the curves come from samples of large parts, and the whole parts' latest figures. */
    private final Label note = new Label();

    public ChartsView(ChartsViewModel model) {
        this.model = model;
        getStyleClass().add("charts");
        loss = new LossChart(model.losses(), model.metrics());
        viewer = new ChartViewer(loss.chart);
        viewer.setId("loss-chart");
        viewer.setPrefSize(300, 180);
        viewer.setMinSize(200, 110); // 1024 × 768 has room for a chart this tall under the map
        picture.setId("loss-chart-picture");
        picture.setMouseTransparent(true);
        picture.setVisible(false);
        StackPane stack = new StackPane(viewer, picture);
        StackPane.setAlignment(picture, Pos.TOP_LEFT);
        VBox.setVgrow(stack, Priority.ALWAYS);

        CheckBox logScale = new CheckBox(Messages.get("charts.log"));
        logScale.setId("log-scale");
        logScale.selectedProperty().addListener((o, a, b) -> {
            logOn = b;
            loss.setLog(b);
        });
        Tips.install(logScale, Messages.get("charts.log.tip"));
        FlowPane legend = new FlowPane(10, 2, key(0, "train", false), key(1, "test", true), key(2, "metric", false));
        legend.setId("chart-legend");
        legend.getStyleClass().add("chart-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.setMinWidth(0);
        legend.setPrefWrapLength(200);
        HBox.setHgrow(legend, Priority.ALWAYS);
        legend.getChildren().add(logScale); // flows with the keys: one row fewer on a narrow column
        HBox bar = new HBox(6, legend);
        bar.setAlignment(Pos.CENTER_LEFT);
        note.setId("chart-note");
        note.getStyleClass().add("chart-legend");
        note.setWrapText(true);
        note.managedProperty().bind(note.visibleProperty());
        note.setVisible(false);
        getChildren().addAll(bar, note, stack);
        Tips.install(viewer, Messages.get("charts.tip"));
        applyTheme(false);
        loss.setTextScale(Look.textScale());
        Look.textScaleProperty().addListener((o, a, b) -> {
            loss.setTextScale(b.doubleValue());
            loss.setMarks(model.marks());
        });
        Look.lineScaleProperty().addListener((o, a, b) -> {
            loss.setLineScale(b.doubleValue());
            for (Line l : keyLines) {
                l.setStrokeWidth(2.5 * b.doubleValue());
            }
        });
    }

    private final Label[] values = new Label[3];
    private final Line[] keyLines = new Line[3];

    /** One entry of the legend: a short line in the curve's colour, its name and its newest value. */
    private HBox key(int k, String name, boolean dashed) {
        Line line = new Line(0, 0, 18, 0);
        line.setStrokeWidth(2.5);
        line.setStroke(Palette.fx(k == 0 ? Palette.BLUE : k == 1 ? Palette.ORANGE : Palette.GREEN));
        if (dashed) {
            line.getStrokeDashArray().setAll(5.0, 3.0);
        }
        keyLines[k] = line;
        Label text = new Label(Messages.get("charts.key." + name)); // short: the legend fits two rows
        values[k] = new Label("—");
        values[k].setId("legend-" + name);
        values[k].getStyleClass().add("legend-value");
        HBox h = new HBox(4, line, text, values[k]);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    private void showValues() {
        double[] v = model.latest();
        for (int k = 0; k < 3; k++) {
            values[k].setText(Double.isFinite(v[k]) ? String.format(java.util.Locale.ROOT, k == 2 ? "%.3f" : "%.4f", v[k])
                    : "—");
        }
    }

    /** The newest values the legend shows: train loss, test loss, metric ("—" where there is none). */
    public String[] legendValues() {
        return new String[] {values[0].getText(), values[1].getText(), values[2].getText()};
    }

    /**
     * The chart alone, without the window's controls, as a {@code width × height} picture at
     * {@code scale} pixels per point (2 draws text and lines twice as large), with a legend.
     */
    public BufferedImage picture(int width, int height, double scale) {
        ChartPainter p = new ChartPainter();
        return p.paint(model.copy(), model.marks(), width, height, scale, Look.lineScale(), dark, logOn, true);
    }

    /**
     * Shows the points added since the last call: while {@code playing} as a picture drawn off the FX
     * thread, else in the interactive chart at once.
     */
    public void redraw(boolean playing) {
        String n = model.note();
        if (!n.equals(note.getText())) {
            note.setText(n);
            note.setVisible(!n.isEmpty());
        }
        int w = (int) viewer.getWidth();
        int h = (int) viewer.getHeight();
        showValues();
        if (!playing || w <= 0 || h <= 0) {
            picture.setVisible(false);
            loss.setMarks(model.marks());
            model.flush();
            return;
        }
        if (worker == null) {
            worker = new LatestWinsWorker<>("nnplay-charts");
        }
        double[][][] points = model.copy();
        var marks = model.marks();
        double lines = Look.lineScale();
        double text = Look.textScale();
        boolean d = dark;
        boolean l = logOn;
        worker.submit(() -> {
            if (painter == null) {
                painter = new ChartPainter();
            }
            return painter.paint(points, marks, lines, text, w, h, d, l);
        });
    }

    /** Called each frame: shows a finished picture, or the interactive chart again once paused. */
    public void frame(boolean playing) {
        ChartPainter.Picture p = worker == null ? null : worker.take();
        if (!playing) {
            if (picture.isVisible()) {
                redraw(false);
            }
            return;
        }
        if (p == null) {
            return;
        }
        if (pixels == null || pixels.getWidth() != p.width() || pixels.getHeight() != p.height()) {
            pixels = new WritableImage(p.width(), p.height());
            picture.setImage(pixels);
        }
        pixels.getPixelWriter().setPixels(0, 0, p.width(), p.height(), PixelFormat.getIntArgbPreInstance(), p.argb(),
                0, p.width());
        picture.setVisible(true);
    }

    /** Whether the picture drawn off the FX thread is shown (while playing). */
    public boolean showingPicture() {
        return picture.isVisible();
    }

    /** Stops the drawing thread. */
    public void close() {
        if (worker != null) {
            worker.close();
            worker = null;
        }
    }

    /** Colours the chart for the light or the dark theme. */
    public void applyTheme(boolean dark) {
        this.dark = dark;
        loss.applyTheme(dark);
        loss.setMarks(model.marks());
    }

    /** The chart, for tests and PNG export. */
    public JFreeChart chart() {
        return loss.chart;
    }
}
