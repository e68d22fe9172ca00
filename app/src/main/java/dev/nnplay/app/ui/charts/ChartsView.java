package dev.nnplay.app.ui.charts;

import dev.nnplay.app.ui.common.LatestWinsWorker;
import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.Tips;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
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
        viewer.setMinSize(200, 140);
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
        Label legend = new Label(Messages.get("charts.legend"));
        legend.getStyleClass().add("chart-legend");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox bar = new HBox(6, legend, grow, logScale);
        bar.setAlignment(Pos.CENTER_LEFT);
        note.setId("chart-note");
        note.getStyleClass().add("chart-legend");
        note.setWrapText(true);
        note.managedProperty().bind(note.visibleProperty());
        note.setVisible(false);
        getChildren().addAll(bar, note, stack);
        Tips.install(viewer, Messages.get("charts.tip"));
        applyTheme(false);
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
        if (!playing || w <= 0 || h <= 0) {
            picture.setVisible(false);
            model.flush();
            return;
        }
        if (worker == null) {
            worker = new LatestWinsWorker<>("nnplay-charts");
        }
        double[][][] points = model.copy();
        boolean d = dark;
        boolean l = logOn;
        worker.submit(() -> {
            if (painter == null) {
                painter = new ChartPainter();
            }
            return painter.paint(points, w, h, d, l);
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
    }

    /** The chart, for tests and PNG export. */
    public JFreeChart chart() {
        return loss.chart;
    }
}
