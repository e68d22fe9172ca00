package dev.nnplay.app.ui.diagnostics;

import dev.nnplay.app.ui.common.Palette;
import dev.nnplay.engine.inspect.NeuronStrips;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * A neuron's thumbnail for tabular data: the histogram of its output over the rows, one column per bin
 * (low values left), each column stacked by class in the classes' colours, over a pale background with
 * a zero mark when zero is in range. Heights follow the square root of the counts, so that a ReLU's
 * tall spike at zero leaves the rest of the shape visible. Pixels are computed in plain arithmetic ({@link #pixels}), so the
 * picture is tested without a toolkit and can fill any {@link WritableImage} (a network graph's
 * thumbnails, for instance).
 */
public final class NeuronStripPainter {
    /** The background and the zero mark. */
    static final int BACKGROUND = 0xFFF3F4F5;
    static final int ZERO = 0xFF9AA0A6;
    /** The one-pixel frame, so that neighbouring thumbnails stay apart. */
    static final int FRAME = 0xFFC4C9CE;

    private NeuronStripPainter() {
    }

    /** The thumbnail as {@code w × h} ARGB pixels, row by row, top first. */
    public static int[] pixels(NeuronStrips s, int w, int h) {
        int[] argb = new int[w * h];
        java.util.Arrays.fill(argb, BACKGROUND);
        int bins = s.counts()[0].length;
        int peak = Math.max(1, s.peak());
        if (s.lo() < 0 && s.hi() > 0) {
            int zx = (int) Math.round((0 - s.lo()) / (s.hi() - s.lo()) * (w - 1));
            for (int y = 0; y < h; y++) {
                argb[y * w + zx] = ZERO;
            }
        }
        for (int b = 0; b < bins; b++) {
            int x0 = b * w / bins;
            int x1 = Math.max(x0 + 1, (b + 1) * w / bins - (w / bins > 2 ? 1 : 0));
            int total = 0;
            for (int[] c : s.counts()) {
                total += c[b];
            }
            double height = Math.sqrt((double) total / peak) * (h - 1);
            int y = h; // stack upwards from the bottom, each class its share of the column
            int sum = 0;
            for (int c = 0; c < s.counts().length; c++) {
                sum += s.counts()[c][b];
                int top = h - (int) Math.round(total == 0 ? 0 : height * sum / total);
                int color = s.counts().length == 1 ? Palette.BLUE : Palette.classColor(c);
                for (int py = Math.max(0, top); py < y; py++) {
                    for (int px = x0; px < x1 && px < w; px++) {
                        argb[py * w + px] = color;
                    }
                }
                y = Math.min(y, Math.max(0, top));
            }
        }
        for (int x = 0; x < w; x++) {
            argb[x] = FRAME;
            argb[(h - 1) * w + x] = FRAME;
        }
        for (int y = 0; y < h; y++) {
            argb[y * w] = FRAME;
            argb[y * w + w - 1] = FRAME;
        }
        return argb;
    }

    /** The thumbnail written into {@code img} (which gives the size). */
    public static void paint(NeuronStrips s, WritableImage img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        img.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), pixels(s, w, h), 0, w);
    }

    /** A new {@code w × h} thumbnail. */
    public static WritableImage image(NeuronStrips s, int w, int h) {
        WritableImage img = new WritableImage(w, h);
        paint(s, img);
        return img;
    }
}
