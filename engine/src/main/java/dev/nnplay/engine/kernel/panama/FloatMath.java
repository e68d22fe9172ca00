package dev.nnplay.engine.kernel.panama;

/**
 * The scalar twin of the Panama kernels' transcendental functions: exp, expm1, tanh, sigmoid,
 * softplus, sin and cos in float, built only from exactly rounded operations (add, subtract,
 * multiply, divide, {@link Math#fma}, comparisons, bit manipulation), step for step as the vector code
 * in {@link VectorMath} does them. Because every step is exactly rounded, the result does not
 * depend on whether the JIT has compiled the code yet — unlike the Vector API's own {@code EXP},
 * {@code TANH}, {@code SIN} lanes, whose interpreted fallback and compiled (SVML) forms round
 * differently — and the vector code gives the same bits as this class for every input (tested).
 *
 * <p>Accuracy is a few ulp of float against the double-precision reference (tested); sin and cos
 * reduce their argument in float for {@code |x| <} {@value #TRIG_MAX} and fall back to
 * {@link StrictMath} above, which is also deterministic.
 */
final class FloatMath {

    // exp: x = n·ln2 + r, |r| ≤ ln2/2; eʳ by a degree-6 polynomial (Cephes expf); 2ⁿ from exponent bits.

    /** log₂e. */
    static final float LOG2E = 1.44269504088896341f;
    /** High part of ln 2, few enough bits that {@code n·LN2_HI} is exact for |n| ≤ 2⁹. */
    static final float LN2_HI = 0.693359375f;
    /** ln 2 − {@link #LN2_HI}. */
    static final float LN2_LO = -2.12194440e-4f;
    /** 1.5·2²³: adding it rounds a float below 2²² to an integer, left in the low mantissa bits. */
    static final float SHIFTER = 0x1.8p23f;
    /** The bits of {@link #SHIFTER}; subtracted from the bits of {@code t + SHIFTER} they give the integer. */
    static final int SHIFTER_BITS = 0x4B400000;
    /** Below this, eˣ is 0 in float (e⁻¹⁰⁴ < 2⁻¹⁵⁰). */
    static final float EXP_MIN = -104f;
    /** Above this, eˣ overflows float. */
    static final float EXP_MAX = 89f;
    /** Polynomial coefficients of eʳ = 1 + r + r²·P(r), highest first. */
    static final float E5 = 1.9875691500e-4f;
    static final float E4 = 1.3981999507e-3f;
    static final float E3 = 8.3334519073e-3f;
    static final float E2 = 4.1665795894e-2f;
    static final float E1 = 1.6666665459e-1f;
    static final float E0 = 5.0000001201e-1f;

    // tanh: below TANH_SMALL an odd polynomial (Cephes tanhf), above 1 − 2/(e²ˣ + 1).

    /** Where tanh switches from the polynomial to exp. */
    static final float TANH_SMALL = 0.625f;
    static final float T4 = -5.70498872745e-3f;
    static final float T3 = 2.06390887954e-2f;
    static final float T2 = -5.37397155531e-2f;
    static final float T1 = 1.33314422036e-1f;
    static final float T0 = -3.33332819422e-1f;

    // log(1 + f) for f in [√½ − 1, √2 − 1] (Cephes logf), used by softplus's log1p.

    static final float SQRT2 = 1.41421356237f;
    static final float G8 = 7.0376836292e-2f;
    static final float G7 = -1.1514610310e-1f;
    static final float G6 = 1.1676998740e-1f;
    static final float G5 = -1.2420140846e-1f;
    static final float G4 = 1.4249322787e-1f;
    static final float G3 = -1.6668057665e-1f;
    static final float G2 = 2.0000714765e-1f;
    static final float G1 = -2.4999993993e-1f;
    static final float G0 = 3.3333331174e-1f;

    /** Softplus is x itself above this, as PyTorch's threshold. */
    static final float SOFTPLUS_LINEAR = 20f;

    // sin, cos: x = k·π/2 + r, |r| ≤ π/4 (π/2 in three parts, Cody–Waite); Cephes sinf/cosf polynomials.

    /** Above this |x|, sin and cos use {@link StrictMath} (the float reduction loses accuracy). */
    static final float TRIG_MAX = 8192f;
    static final float TWO_OVER_PI = 0.636619772367581f;
    static final float PIO2_1 = 1.5703125f;
    static final float PIO2_2 = 4.837512969970703125e-4f;
    static final float PIO2_3 = 7.54978995489188216e-8f;
    static final float S2 = -1.9515295891e-4f;
    static final float S1 = 8.3321608736e-3f;
    static final float S0 = -1.6666654611e-1f;
    static final float C2 = 2.443315711809948e-5f;
    static final float C1 = -1.388731625493765e-3f;
    static final float C0 = 4.166664568298827e-2f;

    private FloatMath() {
    }

    /** {@code eˣ}. */
    static float exp(float x) {
        return exp(x, false);
    }

    /** {@code eˣ − 1}, accurate near 0 (no cancellation); −1 far below 0. */
    static float expm1(float x) {
        return exp(x, true);
    }

    /** {@code eˣ}, or {@code eˣ − 1} when {@code minusOne}. */
    private static float exp(float x, boolean minusOne) {
        x = Math.min(Math.max(x, EXP_MIN), EXP_MAX);
        float t = Math.fma(x, LOG2E, SHIFTER);
        int n = Float.floatToRawIntBits(t) - SHIFTER_BITS;
        float nf = t - SHIFTER;
        float r = Math.fma(nf, -LN2_HI, x);
        r = Math.fma(nf, -LN2_LO, r);
        float p = Math.fma(E5, r, E4);
        p = Math.fma(p, r, E3);
        p = Math.fma(p, r, E2);
        p = Math.fma(p, r, E1);
        p = Math.fma(p, r, E0);
        float em1 = Math.fma(p, r * r, r);
        // 2ⁿ as two normal factors, so that subnormal results round once and overflow gives infinity.
        int n1 = n >> 1;
        float s1 = Float.intBitsToFloat((n1 + 127) << 23);
        float s2 = Float.intBitsToFloat((n - n1 + 127) << 23);
        if (minusOne) {
            // 2ⁿ(eʳ − 1) + (2ⁿ − 1); for n = 0 just eʳ − 1.
            float scale = s1 * s2;
            return Math.fma(scale, em1, scale - 1f);
        }
        return (em1 + 1f) * s1 * s2;
    }

    /** {@code tanh x}. */
    static float tanh(float x) {
        int sign = Float.floatToRawIntBits(x) & 0x80000000;
        float ax = Float.intBitsToFloat(Float.floatToRawIntBits(x) & 0x7fffffff);
        float z = ax * ax;
        float p = Math.fma(T4, z, T3);
        p = Math.fma(p, z, T2);
        p = Math.fma(p, z, T1);
        p = Math.fma(p, z, T0);
        float small = Math.fma(p * z, ax, ax);
        float large = 1f - 2f / (exp(ax * 2f) + 1f);
        float y = ax < TANH_SMALL ? small : large;
        return Float.intBitsToFloat(Float.floatToRawIntBits(y) | sign);
    }

    /** {@code 1 / (1 + e⁻ˣ)}, as {@code e^{−|x|} / (1 + e^{−|x|})} below 0 so that it never overflows. */
    static float sigmoid(float x) {
        float e = exp(Math.abs(x) * -1f);
        float num = x < 0f ? e : 1f;
        return num / (1f + e);
    }

    /** {@code ln(1 + eˣ)} as {@code max(x, 0) + log1p(e^{−|x|})}, and x itself above 20. */
    static float softplus(float x) {
        float u = exp(Math.abs(x) * -1f);
        float w = 1f + u;
        // log(w) for w in [1, 2]: halve w above √2 so that f = w' − 1 stays in [√½ − 1, √2 − 1].
        boolean big = w > SQRT2;
        float f = big ? w * 0.5f - 1f : w - 1f;
        float z = f * f;
        float g = Math.fma(G8, f, G7);
        g = Math.fma(g, f, G6);
        g = Math.fma(g, f, G5);
        g = Math.fma(g, f, G4);
        g = Math.fma(g, f, G3);
        g = Math.fma(g, f, G2);
        g = Math.fma(g, f, G1);
        g = Math.fma(g, f, G0);
        float e = big ? 1f : 0f;
        float y = g * f * z;
        y = Math.fma(e, LN2_LO, y);
        y = z * -0.5f + y;
        float log = Math.fma(e, LN2_HI, f + y);
        // log1p(u) = log(w) + (u − (w − 1)) / w: the rounding of 1 + u put back.
        float log1p = log + (u - (w - 1f)) / w;
        float pos = x > 0f ? x : 0f;
        float v = pos + log1p;
        return x > SOFTPLUS_LINEAR ? x : v;
    }

    /** {@code sin x}. */
    static float sin(float x) {
        return trig(x, 0);
    }

    /** {@code cos x}: sin shifted by one quadrant. */
    static float cos(float x) {
        return trig(x, 1);
    }

    /** {@code sin(x + q·π/2)} for q = 0 or 1. */
    static float trig(float x, int q) {
        if (!(Math.abs(x) <= TRIG_MAX)) {
            return Float.isNaN(x) ? x : (float) (q == 0 ? StrictMath.sin(x) : StrictMath.cos(x));
        }
        float t = Math.fma(x, TWO_OVER_PI, SHIFTER);
        int k = Float.floatToRawIntBits(t) - (SHIFTER_BITS - q);
        float kf = t - SHIFTER;
        float r = Math.fma(kf, -PIO2_1, x);
        r = Math.fma(kf, -PIO2_2, r);
        r = Math.fma(kf, -PIO2_3, r);
        float z = r * r;
        float s = Math.fma(S2, z, S1);
        s = Math.fma(s, z, S0);
        s = Math.fma(s * z, r, r);
        float c = Math.fma(C2, z, C1);
        c = Math.fma(c, z, C0);
        c = Math.fma(c * z, z, Math.fma(z, -0.5f, 1f));
        float y = (k & 1) == 0 ? s : c;
        return Float.intBitsToFloat(Float.floatToRawIntBits(y) ^ ((k & 2) << 30));
    }
}
