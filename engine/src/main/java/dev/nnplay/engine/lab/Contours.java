package dev.nnplay.engine.lab;

import java.util.Arrays;

/**
 * Contour levels for a loss map, spaced evenly in {@code log(J − J_min)}: a loss falls over orders of
 * magnitude, so even spacing in J would spend every level on the walls and leave the valley floor,
 * where the paths go, one flat colour. Pure arithmetic, shared by the window and the command line.
 */
public final class Contours {

    private Contours() {
    }

    /**
     * {@code n} increasing levels between the smallest and largest finite value of {@code values}: the
     * first lies above the minimum by the 1st percentile of the positive gaps (at least a millionth of
     * the range), the last at the maximum, the others evenly spaced in log of the gap. Fewer levels
     * when the values are all equal (then one). Non-finite values are ignored.
     */
    public static double[] logSpaced(double[] values, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("at least one level, got " + n);
        }
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        int finite = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
                finite++;
            }
        }
        if (finite == 0) {
            return new double[] {0};
        }
        double range = max - min;
        if (!(range > 0) || n == 1) {
            return new double[] {max};
        }
        double[] gaps = new double[finite];
        int k = 0;
        for (double v : values) {
            if (Double.isFinite(v) && v > min) {
                gaps[k++] = v - min;
            }
        }
        Arrays.sort(gaps, 0, k);
        double lo = Math.max(gaps[Math.min(k - 1, k / 100)], range * 1e-6);
        double[] levels = new double[n];
        double l0 = Math.log(lo);
        double l1 = Math.log(range);
        for (int i = 0; i < n; i++) {
            levels[i] = min + Math.exp(l0 + (l1 - l0) * i / (n - 1));
        }
        levels[n - 1] = max;
        return levels;
    }

    /**
     * The band {@code value} falls in: 0 below {@code levels[0]}, {@code i} between {@code levels[i−1]}
     * and {@code levels[i]}, {@code levels.length} above the last; the last band for non-finite values.
     */
    public static int band(double value, double[] levels) {
        if (!Double.isFinite(value)) {
            return levels.length;
        }
        int i = Arrays.binarySearch(levels, value);
        return i >= 0 ? i : -i - 1;
    }

    /** The colour of {@code value}'s band: bands spread evenly over the ramp, lowest darkest. */
    public static int colour(double value, double[] levels) {
        return ColourRamp.rgb((double) band(value, levels) / levels.length);
    }
}
