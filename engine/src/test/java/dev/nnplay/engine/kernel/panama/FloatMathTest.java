package dev.nnplay.engine.kernel.panama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.nn.Activation;
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The transcendental functions of the Panama kernels: the vector code gives the same bits as its
 * scalar twin {@link FloatMath} for every input tried (edge cases, saturation points, and floats from
 * every binade), on the first, interpreted calls and after the JIT has compiled it; and the twin is
 * within a few ulp of the double-precision reference.
 */
class FloatMathTest {

    /** Inputs: the edges, sweeps across the points where the functions saturate, and random floats. */
    static float[] inputs() {
        float[] edges = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, Float.MIN_NORMAL, -Float.MIN_NORMAL,
            1e-30f, -1e-30f, 1e-8f, -1e-8f, 1f, -1f, 0.625f, -0.625f, Math.nextDown(0.625f), 20f,
            Math.nextUp(20f), 9.0109f, -9.0109f, 16.6355f, -16.6355f, 88.7228f, -88.7228f, 89f, -87f,
            -87.3365f, -103.972f, -104f, -105f, 1e4f, -1e4f, 8192f, Math.nextUp(8192f), 3e38f, -3e38f,
            Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN,
            Float.intBitsToFloat(0x7fc12345), (float) Math.PI, (float) -Math.PI, (float) (Math.PI / 2)};
        SplittableRandom r = new SplittableRandom(11);
        int sweeps = 6 * 2000;
        int random = 60_000;
        float[] x = new float[edges.length + sweeps + random];
        System.arraycopy(edges, 0, x, 0, edges.length);
        int i = edges.length;
        float[] centres = {0f, 9.0109f, 16.6355f, 88.72f, -103.97f, 20f};
        for (float c : centres) {
            float v = c - 1000 * Math.ulp(c == 0f ? 1e-3f : c);
            for (int s = 0; s < 2000; s++, i++) {
                // Both signs of each magnitude, then the next float up.
                x[i] = (s & 1) == 0 ? v : -v;
                if ((s & 1) == 1) {
                    v = Math.nextUp(v);
                }
            }
        }
        for (int s = 0; s < random; s++, i++) {
            x[i] = s % 3 == 0 ? Float.intBitsToFloat(r.nextInt()) : (float) r.nextDouble(-30, 30);
        }
        return x;
    }

    /** The value the scalar twin gives for activation {@code f}'s forward pass. */
    private static float twinForward(Activation f, float x, float a) {
        switch (f) {
            case TANH: return FloatMath.tanh(x);
            case SIGMOID: return FloatMath.sigmoid(x);
            case SOFTPLUS: return FloatMath.softplus(x);
            case SINE: return FloatMath.sin(x);
            case ELU: return x > 0f ? x : FloatMath.expm1(x) * a;
            default: throw new IllegalArgumentException(f.toString());
        }
    }

    /** The derivative the scalar twin gives where it differs from {@code f'(y)}. */
    private static float twinDerivative(Activation f, float x, float y, float a) {
        switch (f) {
            case TANH: return 1f - y * y;
            case SIGMOID: return y * (1f - y);
            case SOFTPLUS: return x > FloatMath.SOFTPLUS_LINEAR ? 1f : FloatMath.sigmoid(x);
            case SINE: return FloatMath.cos(x);
            case ELU: return x > 0f ? 1f : FloatMath.exp(x) * a;
            default: throw new IllegalArgumentException(f.toString());
        }
    }

    private static final Activation[] TRANSCENDENTAL = {
        Activation.TANH, Activation.SIGMOID, Activation.SOFTPLUS, Activation.SINE, Activation.ELU};

    @Test
    void vectorCodeGivesTheScalarTwinsBitsColdAndWarm() {
        assumeTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "jdk.incubator.vector is not in this JVM");
        // Unguarded: the first calls below are then the first calls of these loops in this class's
        // own instance, so the earliest rounds run before C2 has compiled them.
        Kernels fast = PanamaKernels.unguarded();
        float[] xs = inputs();
        int n = xs.length;
        FMatrixRMaj x = new FMatrixRMaj(1, n);
        System.arraycopy(xs, 0, x.data, 0, n);
        FMatrixRMaj y = new FMatrixRMaj(1, n);
        FMatrixRMaj ones = new FMatrixRMaj(1, n);
        java.util.Arrays.fill(ones.data, 1f);
        FMatrixRMaj dx = new FMatrixRMaj(1, n);
        // A small slice first, cold; then the whole array many times, until it is certainly compiled.
        for (int round = 0; round < 40; round++) {
            int len = round == 0 ? 37 : n;
            FMatrixRMaj xr = round == 0 ? slice(x, len) : x;
            FMatrixRMaj yr = round == 0 ? new FMatrixRMaj(1, len) : y;
            FMatrixRMaj gr = round == 0 ? slice(ones, len) : ones;
            FMatrixRMaj dr = round == 0 ? new FMatrixRMaj(1, len) : dx;
            for (Activation f : TRANSCENDENTAL) {
                float a = f == Activation.ELU ? 0.7f : 0f;
                fast.activate(f, a, xr, yr);
                fast.activationBackward(f, a, xr, yr, gr, dr);
                if (round == 0 || round == 1 || round == 39) {
                    for (int i = 0; i < len; i++) {
                        float xi = xr.data[i];
                        float want = twinForward(f, xi, a);
                        assertSameBits(want, yr.data[i], f + " forward, round " + round, xi);
                        assertSameBits(twinDerivative(f, xi, want, a), dr.data[i], f + " derivative, round " + round, xi);
                    }
                }
            }
        }
    }

    @Test
    void theTwinIsWithinAFewUlpOfDoublePrecision() {
        float[] xs = inputs();
        assertUlps("exp", FloatMath::exp, Math::exp, xs, 2);
        assertUlps("expm1", FloatMath::expm1, Math::expm1, nonPositive(xs), 3);
        assertUlps("tanh", FloatMath::tanh, Math::tanh, xs, 3);
        assertUlps("sigmoid", FloatMath::sigmoid, v -> 1 / (1 + Math.exp(-v)), xs, 3);
        assertUlps("softplus", FloatMath::softplus, v -> v > 20 ? v : Math.log1p(Math.exp(v)), xs, 3);
        assertUlps("sin", FloatMath::sin, Math::sin, xs, 3);
        assertUlps("cos", FloatMath::cos, Math::cos, xs, 3);
    }

    @Test
    void edgeValuesAreRight() {
        assertEquals(1f, FloatMath.exp(0f));
        assertEquals(0f, FloatMath.exp(Float.NEGATIVE_INFINITY));
        assertEquals(Float.POSITIVE_INFINITY, FloatMath.exp(Float.POSITIVE_INFINITY));
        assertEquals(Float.POSITIVE_INFINITY, FloatMath.exp(89f));
        assertEquals(Float.MIN_VALUE, FloatMath.exp(-103.28f));
        assertEquals(1f, FloatMath.tanh(Float.POSITIVE_INFINITY));
        assertEquals(-1f, FloatMath.tanh(-10f));
        assertEquals(Float.floatToRawIntBits(-0f), Float.floatToRawIntBits(FloatMath.tanh(-0f)));
        assertEquals(1f, FloatMath.sigmoid(Float.POSITIVE_INFINITY));
        assertEquals(0f, FloatMath.sigmoid(Float.NEGATIVE_INFINITY));
        assertEquals(0.5f, FloatMath.sigmoid(0f));
        assertEquals(-1f, FloatMath.expm1(Float.NEGATIVE_INFINITY));
        assertEquals(0f, FloatMath.softplus(Float.NEGATIVE_INFINITY));
        assertEquals(Float.POSITIVE_INFINITY, FloatMath.softplus(Float.POSITIVE_INFINITY));
        assertTrue(Float.isNaN(FloatMath.tanh(Float.NaN)) && Float.isNaN(FloatMath.sigmoid(Float.NaN))
                && Float.isNaN(FloatMath.exp(Float.NaN)) && Float.isNaN(FloatMath.softplus(Float.NaN))
                && Float.isNaN(FloatMath.sin(Float.NaN)) && Float.isNaN(FloatMath.sin(Float.POSITIVE_INFINITY))
                && Float.isNaN(FloatMath.expm1(Float.NaN)), "NaN in, NaN out");
    }

    // ---------------------------------------------------------------- helpers

    private static FMatrixRMaj slice(FMatrixRMaj m, int len) {
        FMatrixRMaj s = new FMatrixRMaj(1, len);
        System.arraycopy(m.data, 0, s.data, 0, len);
        return s;
    }

    private static float[] nonPositive(float[] xs) {
        float[] out = xs.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = -Math.abs(out[i]);
        }
        return out;
    }

    /** Same bits, every NaN counted as one. */
    private static void assertSameBits(float want, float got, String what, float x) {
        if (Float.floatToIntBits(want) != Float.floatToIntBits(got)) {
            throw new AssertionError(what + " at x = " + x + " (0x" + Integer.toHexString(Float.floatToRawIntBits(x))
                    + "): vector " + got + ", scalar twin " + want);
        }
    }

    /**
     * Every finite result within {@code maxUlps} ulp of the double reference rounded to float, where
     * an ulp is the reference's own (at least {@link Float#MIN_VALUE}'s); NaN exactly where the
     * reference is NaN; and sin/cos lanes whose true value is near a zero of the function, where a
     * float reduction cannot be relatively exact, within 2⁻²⁴ absolutely.
     */
    private static void assertUlps(String name, java.util.function.Function<Float, Float> f, DoubleUnaryOperator ref,
                                   float[] xs, int maxUlps) {
        double worst = 0;
        float worstX = 0;
        for (float x : xs) {
            float got = f.apply(x);
            double exact = ref.applyAsDouble(x);
            float want = (float) exact;
            if (Float.isNaN(want) || Float.isNaN(got)) {
                assertEquals(Float.isNaN(want), Float.isNaN(got), name + "(" + x + ") = " + got + ", reference " + want);
                continue;
            }
            if (Float.isInfinite(want) || Float.isInfinite(got)) {
                assertEquals(want, got, name + "(" + x + ")");
                continue;
            }
            double ulps = Math.abs(got - exact) / Math.ulp(want);
            boolean trig = name.startsWith("sin") || name.startsWith("cos");
            if (trig && Math.abs(got - exact) <= 0x1p-24) {
                continue;
            }
            if (ulps > worst) {
                worst = ulps;
                worstX = x;
            }
        }
        assertTrue(worst <= maxUlps, name + ": " + worst + " ulp at x = " + worstX + " (allowed " + maxUlps + ")");
    }
}
