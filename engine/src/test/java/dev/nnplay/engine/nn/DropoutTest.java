package dev.nnplay.engine.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.kernel.ReferenceKernels;
import java.util.Arrays;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inverted dropout, statistically and exactly: the share of zeros is p within a binomial bound, the
 * survivors are scaled by exactly {@code 1/(1 − p)}, the mean is preserved, the backward pass uses
 * the forward pass's mask, evaluation passes values through, and a seed fixes the mask.
 */
class DropoutTest {
    static final Kernels K = ReferenceKernels.INSTANCE;
    /** How many standard deviations a deterministic (seeded) sample may stray: 5σ. */
    static final double SIGMAS = 5;

    static FMatrixRMaj filled(int rows, int cols, float v) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        Arrays.fill(m.data, v);
        return m;
    }

    @ParameterizedTest
    @ValueSource(floats = {0.05f, 0.1f, 0.5f, 0.9f})
    void dropsASharePAndScalesSurvivorsExactly(float p) {
        int rows = 500;
        int cols = 200;
        Dropout d = new Dropout(p, cols, new Rng(42));
        FMatrixRMaj y = d.forward(filled(rows, cols, 1f), true, K);
        int n = rows * cols;
        float keep = 1f / (1f - p);
        int zeros = 0;
        double sum = 0;
        for (float v : y.data) {
            if (v == 0f) {
                zeros++;
            } else {
                assertEquals(keep, v, 0f, "a survivor is scaled by exactly 1/(1 − p)");
            }
            sum += v;
        }
        double share = (double) zeros / n;
        double sd = Math.sqrt(p * (1.0 - p) / n);
        assertTrue(Math.abs(share - p) <= SIGMAS * sd,
                "dropped share " + share + " for p = " + p + " (±" + SIGMAS * sd + ")");
        // Each output has mean 1 and variance p/(1 − p) when the input is 1.
        double mean = sum / n;
        double sdMean = Math.sqrt(p / (1.0 - p) / n);
        assertTrue(Math.abs(mean - 1) <= SIGMAS * sdMean, "mean " + mean + " for p = " + p);
    }

    @Test
    void preservesTheMeanOfVaryingInputs() {
        int rows = 2000;
        int cols = 50;
        float p = 0.3f;
        Rng rng = new Rng(9);
        FMatrixRMaj x = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) (2 + rng.nextGaussian());
        }
        FMatrixRMaj y = new Dropout(p, cols, new Rng(1)).forward(x, true, K);
        double diff = 0;
        double second = 0;
        for (int i = 0; i < x.data.length; i++) {
            diff += y.data[i] - x.data[i];
            second += (double) x.data[i] * x.data[i];
        }
        int n = x.data.length;
        // y − x has mean 0 and variance x²·p/(1 − p) per element.
        double sd = Math.sqrt(second * p / (1 - p)) / n;
        assertTrue(Math.abs(diff / n) <= SIGMAS * sd, "mean shift " + diff / n + " (±" + SIGMAS * sd + ")");
    }

    @Test
    void evaluationAndZeroProbabilityPassThrough() {
        FMatrixRMaj x = filled(3, 4, 2.5f);
        x.data[5] = -1f;
        float[] before = x.data.clone();
        Dropout d = new Dropout(0.5f, 4, new Rng(3));
        FMatrixRMaj y = d.forward(x, false, K);
        assertArrayEquals(before, y.data);
        FMatrixRMaj dy = filled(3, 4, 1f);
        assertArrayEquals(dy.data, d.backward(dy, true, K).data);
        assertArrayEquals(before, new Dropout(0f, 4, new Rng(3)).forward(x, true, K).data);
        assertArrayEquals(before, x.data, "the input is not modified");
    }

    @Test
    void sameSeedSameMaskOtherSeedOtherMask() {
        FMatrixRMaj x = filled(20, 10, 1f);
        float[] a = new Dropout(0.5f, 10, new Rng(7)).forward(x, true, K).data.clone();
        float[] b = new Dropout(0.5f, 10, new Rng(7)).forward(x, true, K).data.clone();
        float[] c = new Dropout(0.5f, 10, new Rng(8)).forward(x, true, K).data.clone();
        assertArrayEquals(a, b);
        assertFalse(Arrays.equals(a, c));
        // And a layer draws a fresh mask on every training pass.
        Dropout d = new Dropout(0.5f, 10, new Rng(7));
        float[] first = d.forward(x, true, K).data.clone();
        assertFalse(Arrays.equals(first, d.forward(x, true, K).data));
    }

    /**
     * The backward pass reuses the forward mask: with the mask fixed, {@code y = x ⊙ m} is linear, so
     * {@code ∂(Σ R ⊙ y)/∂x = R ⊙ m} exactly, and m is readable from the forward output as y/x.
     */
    @Test
    void backwardUsesTheForwardMask() {
        Rng rng = new Rng(5);
        int rows = 6;
        int cols = 7;
        FMatrixRMaj x = new FMatrixRMaj(rows, cols);
        FMatrixRMaj r = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) (0.5 + Math.abs(rng.nextGaussian()));
            r.data[i] = (float) rng.nextGaussian();
        }
        Dropout d = new Dropout(0.4f, cols, new Rng(2));
        float[] y = d.forward(x, true, K).data.clone();
        float[] dx = d.backward(r, true, K).data.clone();
        float keep = 1f / (1f - 0.4f);
        int dropped = 0;
        for (int i = 0; i < y.length; i++) {
            float m = y[i] == 0f ? 0f : keep;
            dropped += m == 0f ? 1 : 0;
            assertEquals(y[i] == 0f ? 0f : x.data[i] * keep, y[i], 0f, "forward at " + i);
            assertEquals(r.data[i] * m, dx[i], 0f, "backward at " + i);
        }
        assertTrue(dropped > 0 && dropped < y.length, "the mask dropped " + dropped + " of " + y.length);
        assertArrayEquals(dx, d.backward(r, true, K).data, "a second backward uses the same mask");
        assertSame(null, d.backward(r, false, K));
    }
}
