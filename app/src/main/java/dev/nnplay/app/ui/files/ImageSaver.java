package dev.nnplay.app.ui.files;

import dev.nnplay.engine.project.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/** A picture of part of the window (heat map, network graph, charts) saved as a PNG, atomically. */
public final class ImageSaver {
    private ImageSaver() {
    }

    /** Draws {@code node} as it is on screen and writes it to {@code file}; on the FX thread. */
    public static void savePng(Node node, Path file) throws IOException {
        WritableImage image = node.snapshot(new SnapshotParameters(), null);
        BufferedImage pixels = SwingFXUtils.fromFXImage(image, null);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(pixels, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }
}
