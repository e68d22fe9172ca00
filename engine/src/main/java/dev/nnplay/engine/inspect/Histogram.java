package dev.nnplay.engine.inspect;

/**
 * Counts of values in equal bins over {@code [lo, hi)}; values outside are counted in the end bins, so
 * the counts always add up to the number of values. For gradients the bins are over
 * {@code log₁₀|g|} (see {@link #logMagnitude}), and exact zeros are counted apart in {@code zeros}.
 *
 * @param lo     the left edge of the first bin
 * @param hi     the right edge of the last bin
 * @param log    whether the bins are over {@code log₁₀|v|} rather than {@code v}
 * @param counts values per bin
 * @param zeros  exact zeros (only counted apart on a log scale, where they have no bin)
 */
public record Histogram(double lo, double hi, boolean log, int[] counts, int zeros) {

    /** Bins per histogram. */
    public static final int BINS = 24;
    /** The log-scale range: {@code 10⁻¹⁰} to {@code 10²}, half a decade a bin. */
    public static final double LOG_LO = -10;
    public static final double LOG_HI = 2;

    /** The total count, zeros included. */
    public int total() {
        int n = zeros;
        for (int c : counts) {
            n += c;
        }
        return n;
    }

    /** The largest bin count. */
    public int peak() {
        int m = 0;
        for (int c : counts) {
            m = Math.max(m, c);
        }
        return m;
    }

    /** The bin of {@code v} among {@code bins} over {@code [lo, hi)}, clamped to the end bins. */
    static int bin(double v, double lo, double hi, int bins) {
        int b = (int) Math.floor((v - lo) / (hi - lo) * bins);
        return b < 0 ? 0 : Math.min(b, bins - 1);
    }

    /**
     * Adds the first {@code n} values of {@code v} into {@code counts} (Modified; not cleared) over
     * linear bins on {@code [lo, hi)}.
     */
    static void addLinear(float[] v, int n, double lo, double hi, int[] counts) {
        for (int i = 0; i < n; i++) {
            counts[bin(v[i], lo, hi, counts.length)]++;
        }
    }

    /**
     * Adds the first {@code n} values of {@code v} into {@code counts} (Modified; not cleared) over bins
     * of {@code log₁₀|v|} on {@code [LOG_LO, LOG_HI)}; returns how many were exactly zero (no bin).
     */
    static int addLogMagnitude(float[] v, int n, int[] counts) {
        int zeros = 0;
        for (int i = 0; i < n; i++) {
            float a = Math.abs(v[i]);
            if (a == 0f) {
                zeros++;
            } else {
                counts[bin(Math.log10(a), LOG_LO, LOG_HI, counts.length)]++;
            }
        }
        return zeros;
    }

    /** The histogram of {@code log₁₀|v|} over the whole of {@code v}; a new histogram. */
    public static Histogram logMagnitude(float[] v) {
        int[] c = new int[BINS];
        int z = addLogMagnitude(v, v.length, c);
        return new Histogram(LOG_LO, LOG_HI, true, c, z);
    }

    /** The histogram of {@code v} over linear bins on {@code [lo, hi)}; a new histogram. */
    public static Histogram linear(float[] v, double lo, double hi) {
        int[] c = new int[BINS];
        addLinear(v, v.length, lo, hi, c);
        return new Histogram(lo, hi, false, c, 0);
    }

    /**
     * A round number at least {@code x}: 1, 2 or 5 times a power of ten (at least 0.1), used as the
     * fixed half-width of a layer's weight histogram.
     */
    public static double niceCeiling(double x) {
        if (!(x > 0.1)) {
            return 0.1;
        }
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        double m = x / p;
        double nice = m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10;
        return nice * p;
    }
}
