package dev.nnplay.engine.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ContoursTest {

    @Test
    void levelsAreIncreasingAndLogSpacedAboveTheMinimum() {
        double[] grid = TestSurface.RAVINE.grid(TestSurface.RAVINE.view(), 60, 40);
        double[] levels = Contours.logSpaced(grid, 12);
        assertEquals(12, levels.length);
        double min = java.util.Arrays.stream(grid).min().orElseThrow();
        double max = java.util.Arrays.stream(grid).max().orElseThrow();
        assertEquals(max, levels[11]);
        assertTrue(levels[0] > min);
        double ratio = (levels[2] - min) / (levels[1] - min);
        for (int i = 1; i < 11; i++) {
            assertTrue(levels[i] > levels[i - 1]);
            assertEquals(ratio, (levels[i + 1] - min) / (levels[i] - min), 1e-9 * ratio, "even in log(J − min)");
        }
    }

    @Test
    void bandsAndDegenerateMaps() {
        double[] levels = {1, 2, 4};
        assertEquals(0, Contours.band(0.5, levels));
        assertEquals(1, Contours.band(1.5, levels));
        assertEquals(2, Contours.band(4, levels));
        assertEquals(3, Contours.band(9, levels));
        assertEquals(3, Contours.band(Double.NaN, levels));
        assertEquals(1, Contours.logSpaced(new double[] {3, 3, 3}, 10).length);
        assertEquals(1, Contours.logSpaced(new double[] {Double.NaN}, 10).length);
        assertEquals(5, Contours.logSpaced(new double[] {0, 1, Double.POSITIVE_INFINITY, 1e6}, 5).length);
    }

    @Test
    void rampRisesInLightnessAndPathsDiffer() {
        double prev = -1;
        for (int i = 0; i <= 20; i++) {
            int c = ColourRamp.rgb(i / 20.0);
            double l = 0.2126 * (c >> 16 & 255) + 0.7152 * (c >> 8 & 255) + 0.0722 * (c & 255);
            assertTrue(l > prev, "lighter at " + i);
            prev = l;
        }
        assertEquals(ColourRamp.rgb(0), ColourRamp.rgb(-3));
        assertEquals(ColourRamp.rgb(1), ColourRamp.rgb(7));
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (String t : dev.nnplay.engine.optim.OptimizerSpec.TYPES) {
            assertTrue(seen.add(ColourRamp.optimizer(t)), t + " has its own colour");
        }
        assertTrue(ColourRamp.isLight(ColourRamp.rgb(1)) && !ColourRamp.isLight(ColourRamp.rgb(0)));
    }
}
