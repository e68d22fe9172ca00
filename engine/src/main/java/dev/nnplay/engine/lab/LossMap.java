package dev.nnplay.engine.lab;

/**
 * A surface sampled on a grid, with its contour levels: what a view paints.
 *
 * @param box    the box sampled
 * @param cols   samples across, from {@code box.xMin()} to {@code box.xMax()}
 * @param rows   samples up, from {@code box.yMin()} to {@code box.yMax()}
 * @param values {@code J} at each sample, entry {@code j * cols + i}, row 0 at the bottom
 * @param levels the contour levels, increasing ({@link Contours#logSpaced})
 */
public record LossMap(ViewBox box, int cols, int rows, double[] values, double[] levels) {

    /** The number of levels a map gets unless asked otherwise. */
    public static final int LEVELS = 14;

    /** {@code surface} sampled on {@code cols × rows} over {@code box}, with {@value #LEVELS} levels. */
    public static LossMap of(Surface surface, ViewBox box, int cols, int rows) {
        if (cols < 2 || rows < 2) {
            throw new IllegalArgumentException("a map needs at least 2 × 2 samples, got " + cols + " × " + rows);
        }
        double[] v = surface.grid(box, cols, rows);
        return new LossMap(box, cols, rows, v, Contours.logSpaced(v, LEVELS));
    }

    /** J at sample {@code (i, j)}. */
    public double value(int i, int j) {
        return values[j * cols + i];
    }

    /** The fill colour ({@code 0xRRGGBB}) of sample {@code (i, j)}: its band's colour on the ramp. */
    public int colour(int i, int j) {
        return Contours.colour(value(i, j), levels);
    }

    /** Whether sample {@code (i, j)} lies on a contour: its band differs from the next sample's across or up. */
    public boolean onContour(int i, int j) {
        int b = Contours.band(value(i, j), levels);
        return i + 1 < cols && Contours.band(value(i + 1, j), levels) != b
                || j + 1 < rows && Contours.band(value(i, j + 1), levels) != b;
    }
}
