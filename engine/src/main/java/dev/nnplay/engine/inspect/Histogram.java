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
    /**
     * The log-scale bins by binary exponent: a float {@code a} with {@code Math.getExponent(a) = e} lies in
     * {@code [2^e, 2^(e+1))}, which holds at most one bin edge (an octave is narrower than half a
     * decade), so its bin is {@code OCTAVE_BIN[e] + (a ≥ OCTAVE_EDGE[e] ? 1 : 0)}: exact, without a
     * logarithm or a branchy search per value, which on a wide layer cost far more. Indexed by
     * {@code e + 127}, for {@code e} from −127 (subnormals) to 128 (infinity, NaN).
     */
    private static final int[] OCTAVE_BIN = new int[256];
    private static final float[] OCTAVE_EDGE = new float[256];

    static {
        double[] edges = new double[BINS - 1];
        for (int j = 0; j < edges.length; j++) {
            edges[j] = Math.pow(10, LOG_LO + (j + 1) * (LOG_HI - LOG_LO) / BINS);
        }
        for (int e = -127; e <= 128; e++) {
            double low = e == -127 ? 0 : Math.pow(2, e);
            int bin = 0;
            while (bin < edges.length && (float) edges[bin] <= low) {
                bin++;
            }
            OCTAVE_BIN[e + 127] = Math.min(bin, BINS - 1);
            OCTAVE_EDGE[e + 127] = bin < edges.length && e < 128 ? (float) edges[bin] : Float.POSITIVE_INFINITY;
        }
    }

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
     * Adds every {@code stride}-th of the first {@code n} values of {@code v} into {@code counts}
     * (Modified; not cleared) over linear bins on {@code [lo, hi)}.
     */
    static void addLinear(float[] v, int n, int stride, double lo, double hi, int[] counts) {
        int last = counts.length - 1;
        float from = (float) lo;
        float perBin = (float) (counts.length / (hi - lo));
        for (int i = 0; i < n; i += stride) {
            // truncation toward zero puts anything below lo (and NaN) in bin 0, as the clamp would
            int b = (int) ((v[i] - from) * perBin);
            counts[b < 0 ? 0 : Math.min(b, last)]++;
        }
    }

    /**
     * Adds every {@code stride}-th of the first {@code n} values of {@code v} into {@code counts}
     * (Modified; not cleared) over bins of {@code log₁₀|v|} on {@code [LOG_LO, LOG_HI)}; returns how
     * many of them were exactly zero (no bin).
     */
    static int addLogMagnitude(float[] v, int n, int stride, int[] counts) {
        if (counts.length != BINS) {
            throw new IllegalArgumentException("log-scale histograms have " + BINS + " bins, not " + counts.length);
        }
        int zeros = 0;
        for (int i = 0; i < n; i += stride) {
            float x = Math.abs(v[i]);
            if (x == 0f) {
                zeros++;
                continue;
            }
            int e = Math.getExponent(x) + 127;
            counts[OCTAVE_BIN[e] + (x >= OCTAVE_EDGE[e] ? 1 : 0)]++;
        }
        return zeros;
    }

    /** The histogram of {@code log₁₀|v|} over the whole of {@code v}; a new histogram. */
    public static Histogram logMagnitude(float[] v) {
        int[] c = new int[BINS];
        int z = addLogMagnitude(v, v.length, 1, c);
        return new Histogram(LOG_LO, LOG_HI, true, c, z);
    }

    /** The histogram of {@code v} over linear bins on {@code [lo, hi)}; a new histogram. */
    public static Histogram linear(float[] v, double lo, double hi) {
        int[] c = new int[BINS];
        addLinear(v, v.length, 1, lo, hi, c);
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
