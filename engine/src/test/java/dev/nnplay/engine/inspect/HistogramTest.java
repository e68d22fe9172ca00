package dev.nnplay.engine.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HistogramTest {
    @Test
    void logBinsAreHalfDecadesClampedAtTheEndsWithZerosApart() {
        // 10^-9.75 is the middle of bin 0; each half decade up is one bin further
        float[] v = new float[Histogram.BINS + 3];
        for (int b = 0; b < Histogram.BINS; b++) {
            v[b] = (float) ((b % 2 == 0 ? 1 : -1) * Math.pow(10, Histogram.LOG_LO + 0.25 + 0.5 * b));
        }
        v[Histogram.BINS] = 1e-30f;   // below the range: the first bin
        v[Histogram.BINS + 1] = 1e30f; // above: the last
        v[Histogram.BINS + 2] = 0f;
        Histogram h = Histogram.logMagnitude(v);
        int[] expected = new int[Histogram.BINS];
        java.util.Arrays.fill(expected, 1);
        expected[0] = 2;
        expected[Histogram.BINS - 1] = 2;
        assertArrayEquals(expected, h.counts());
        assertEquals(1, h.zeros());
        assertEquals(v.length, h.total());
    }

    @Test
    void theOctaveTableAgreesWithTheLogarithm() {
        java.util.SplittableRandom r = new java.util.SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            float a = (float) Math.pow(10, r.nextDouble(-45, 39));
            double l = Math.log10(a);
            double pos = (l - Histogram.LOG_LO) * 2;
            if (Math.abs(pos - Math.rint(pos)) < 1e-5 || a == 0f || Float.isInfinite(a)) {
                continue; // on an edge float rounding may go either way
            }
            int expected = (int) Math.max(0, Math.min(Histogram.BINS - 1, Math.floor(pos)));
            int[] c = new int[Histogram.BINS];
            Histogram.addLogMagnitude(new float[] {a}, 1, 1, c);
            assertEquals(1, c[expected], a + " belongs in bin " + expected);
        }
    }

    @Test
    void linearBinsAndNiceCeilings() {
        Histogram h = Histogram.linear(new float[] {-5f, -1f, -0.01f, 0.01f, 0.99f, 5f}, -1, 1);
        assertEquals(2, h.counts()[0], "−5 clamped into the first bin with −1");
        assertEquals(1, h.counts()[11]);
        assertEquals(1, h.counts()[12]);
        assertEquals(2, h.counts()[23], "0.99 and 5 (clamped)");
        assertEquals(0.1, Histogram.niceCeiling(0.01));
        assertEquals(2.0, Histogram.niceCeiling(1.3));
        assertEquals(5.0, Histogram.niceCeiling(2.5));
        assertEquals(10.0, Histogram.niceCeiling(7));
    }
}
