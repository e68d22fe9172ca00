package dev.nnplay.app.ui.diagnostics;

import dev.nnplay.app.ui.common.Palette;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Square images from rows of pixel values: a neuron's incoming weights (orange below zero, grey at
 * zero, blue above, scaled to the row's largest magnitude) or a data image (white to black, scaled to
 * its largest value). Each pixel becomes a {@code scale × scale} block, so 8×8 digits stay sharp.
 */
public final class DigitPainter {
    private DigitPainter() {
    }

    /** The weights {@code w} ({@code side²} values, row-major) as ARGB pixels, {@code side·scale} square. */
    public static int[] weightPixels(float[] w, int side, int scale) {
        double m = 1e-9;
        for (float v : w) {
            m = Math.max(m, Math.abs(v));
        }
        int[] cells = new int[side * side];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = Palette.diverging(w[i] / m);
        }
        return blocks(cells, side, scale);
    }

    /** The raw image {@code px} as grey ARGB pixels (0 white, the largest value black). */
    public static int[] imagePixels(float[] px, int side, int scale) {
        double m = 1e-9;
        for (float v : px) {
            m = Math.max(m, v);
        }
        int[] cells = new int[side * side];
        for (int i = 0; i < cells.length; i++) {
            int g = 255 - (int) Math.round(255 * Math.max(0, px[i]) / m);
            cells[i] = 0xFF000000 | g << 16 | g << 8 | g;
        }
        return blocks(cells, side, scale);
    }

    /** A weight image as a new FX image. */
    public static WritableImage weights(float[] w, int side, int scale) {
        return image(weightPixels(w, side, scale), side * scale);
    }

    /** A data image as a new FX image. */
    public static WritableImage image(float[] px, int side, int scale) {
        return image(imagePixels(px, side, scale), side * scale);
    }

    private static WritableImage image(int[] argb, int n) {
        WritableImage img = new WritableImage(n, n);
        img.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbInstance(), argb, 0, n);
        return img;
    }

    private static int[] blocks(int[] cells, int side, int scale) {
        int n = side * scale;
        int[] out = new int[n * n];
        for (int y = 0; y < n; y++) {
            for (int x = 0; x < n; x++) {
                out[y * n + x] = cells[(y / scale) * side + x / scale];
            }
        }
        return out;
    }
}
