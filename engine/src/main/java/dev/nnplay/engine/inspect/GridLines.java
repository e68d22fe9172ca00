package dev.nnplay.engine.inspect;

import org.ejml.data.FMatrixRMaj;

/**
 * The lines of a square grid over a rectangle of the input plane, as points along each line: first
 * the vertical lines (left to right, each from bottom to top), then the horizontal ones (bottom to top,
 * each from left to right). Row {@code (l · samples + s)} is point {@code s} of line {@code l}.
 *
 * @param lines   lines in each direction
 * @param samples points along each line
 * @param points  the raw points, {@code 2·lines·samples × 2}
 */
public record GridLines(int lines, int samples, FMatrixRMaj points) {

    /** A grid of {@code lines} lines each way over {@code [x0, x1] × [y0, y1]}, {@code samples} points a line. */
    public static GridLines over(double x0, double x1, double y0, double y1, int lines, int samples) {
        if (lines < 2 || samples < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 lines of 2 points, got " + lines + " × " + samples);
        }
        FMatrixRMaj p = new FMatrixRMaj(2 * lines * samples, 2);
        for (int l = 0; l < lines; l++) {
            double a = (double) l / (lines - 1);
            for (int s = 0; s < samples; s++) {
                double t = (double) s / (samples - 1);
                int v = l * samples + s;
                p.data[2 * v] = (float) (x0 + a * (x1 - x0));
                p.data[2 * v + 1] = (float) (y0 + t * (y1 - y0));
                int h = (lines + l) * samples + s;
                p.data[2 * h] = (float) (x0 + t * (x1 - x0));
                p.data[2 * h + 1] = (float) (y0 + a * (y1 - y0));
            }
        }
        return new GridLines(lines, samples, p);
    }

    /** A grid over the bounding box of the raw points {@code xy} ({@code n × 2}), widened by a tenth. */
    public static GridLines around(FMatrixRMaj xy, int lines, int samples) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xy.numRows; i++) {
            x0 = Math.min(x0, xy.data[2 * i]);
            x1 = Math.max(x1, xy.data[2 * i]);
            y0 = Math.min(y0, xy.data[2 * i + 1]);
            y1 = Math.max(y1, xy.data[2 * i + 1]);
        }
        if (!(x1 > x0)) {
            x0 = -1;
            x1 = 1;
        }
        if (!(y1 > y0)) {
            y0 = -1;
            y1 = 1;
        }
        double px = (x1 - x0) / 10;
        double py = (y1 - y0) / 10;
        return over(x0 - px, x1 + px, y0 - py, y1 + py, lines, samples);
    }

    /** Number of polylines (both directions). */
    public int count() {
        return 2 * lines;
    }
}
