package dev.nnplay.app.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChartPainterTest {
    /** Pixels within a few steps of {@code rgb}. */
    private static int near(int[] argb, int rgb) {
        int n = 0;
        for (int p : argb) {
            int dr = Math.abs(((p >> 16) & 255) - ((rgb >> 16) & 255));
            int dg = Math.abs(((p >> 8) & 255) - ((rgb >> 8) & 255));
            int db = Math.abs((p & 255) - (rgb & 255));
            if (dr + dg + db < 30) {
                n++;
            }
        }
        return n;
    }

    @Test
    void drawsTheCurvesInTheirColoursOnTheThemesBackground() {
        int steps = 200;
        double[][][] points = new double[3][2][steps];
        for (int i = 0; i < steps; i++) {
            for (int k = 0; k < 3; k++) {
                points[k][0][i] = i;
            }
            points[0][1][i] = 1.0 / (1 + i);
            points[1][1][i] = 1.2 / (1 + i);
            points[2][1][i] = Math.min(1, i / 100.0);
        }
        ChartPainter p = new ChartPainter();
        ChartPainter.Picture light = p.paint(points, 320, 180, false, false);
        assertEquals(320 * 180, light.argb().length);
        assertTrue(near(light.argb(), 0x0877bd) > 50, "the train curve is drawn in blue");
        assertTrue(near(light.argb(), 0xffffff) > 320 * 180 / 2, "light background");
        ChartPainter.Picture dark = p.paint(points, 320, 180, true, true);
        assertTrue(near(dark.argb(), 0x0d1117) > 320 * 180 / 2, "dark background");
    }
}
