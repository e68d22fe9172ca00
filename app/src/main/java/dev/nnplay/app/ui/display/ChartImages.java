package dev.nnplay.app.ui.display;

import dev.nnplay.app.ui.charts.ChartsView;
import dev.nnplay.app.ui.common.DialogService;
import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.files.FileMenu;
import dev.nnplay.engine.project.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javax.imageio.ImageIO;

/**
 * The loss chart saved for a slide: the chart alone (no Log box, no window legend: its own legend
 * drawn in), at a size the user picks, by default {@value #WIDTH} × {@value #HEIGHT} pixels times the
 * screen's scale, text and lines drawn as large as on a chart {@value #POINTS_WIDE} points wide.
 */
public final class ChartImages {
    /** The default picture, in pixels at a scale of 1. */
    public static final int WIDTH = 1600;
    public static final int HEIGHT = 1000;
    /** The width in points the picture's text and lines are sized for. */
    static final int POINTS_WIDE = 800;

    private ChartImages() {
    }

    /** Offers {@code charts} as a picture named {@code name} in the File menu and its own right-click menu. */
    public static void offer(FileMenu menu, ChartsView charts, String name, DialogService dialogs) {
        menu.addPicture(name, charts, () -> true, out -> {
            double screen = charts.getScene() != null && charts.getScene().getWindow() != null
                    ? charts.getScene().getWindow().getOutputScaleX() : 1;
            Optional<int[]> size = askSize((int) Math.round(WIDTH * screen), (int) Math.round(HEIGHT * screen));
            if (size.isEmpty()) {
                return false;
            }
            write(charts, size.get()[0], size.get()[1], out);
            return true;
        });
    }

    /** Writes the chart at {@code width × height} to {@code out}. */
    public static void write(ChartsView charts, int width, int height, Path out) throws IOException {
        BufferedImage img = charts.picture(width, height, Math.max(1, (double) width / POINTS_WIDE));
        AtomicFiles.write(out, o -> {
            if (!ImageIO.write(img, "png", o)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }

    private static Optional<int[]> askSize(int w, int h) {
        Dialog<int[]> d = new Dialog<>();
        d.setTitle(Messages.get("charts.export.title"));
        d.setHeaderText(Messages.get("charts.export.header"));
        Spinner<Integer> width = new Spinner<>(400, 8000, w, 100);
        Spinner<Integer> height = new Spinner<>(300, 8000, h, 100);
        width.setEditable(true);
        height.setEditable(true);
        GridPane g = new GridPane();
        g.setHgap(10);
        g.setVgap(8);
        g.addRow(0, new Label(Messages.get("charts.export.width")), width);
        g.addRow(1, new Label(Messages.get("charts.export.height")), height);
        d.getDialogPane().setContent(g);
        d.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        d.setResultConverter(b -> b == ButtonType.OK ? new int[] {width.getValue(), height.getValue()} : null);
        return d.showAndWait();
    }
}
