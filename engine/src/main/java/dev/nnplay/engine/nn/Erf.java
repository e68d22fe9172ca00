package dev.nnplay.engine.nn;

/**
 * The error function in double precision, for GELU. Java's standard library has none.
 *
 * <p>Uses the complementary error function's Chebyshev fit from W. J. Cody's rational approximations
 * as given in Numerical Recipes (3rd ed., {@code Erf.erfccheb}): erfc within 4e-14 relative of
 * Python's {@code math.erfc} on [0, 12] (the tests check it to z = 6), and so erf within about 1e-16
 * absolute (not relative near 0, where it is 1 − erfc). Both are far below float32's 6e-8, so GELU
 * rounds to the same float as a correctly rounded one.
 */
final class Erf {
    private static final double[] COF = {
        -1.3026537197817094, 6.4196979235649026e-1, 1.9476473204185836e-2, -9.561514786808631e-3,
        -9.46595344482036e-4, 3.66839497852761e-4, 4.2523324806907e-5, -2.0278578112534e-5,
        -1.624290004647e-6, 1.303655835580e-6, 1.5626441722e-8, -8.5238095915e-8, 6.529054439e-9,
        5.059343495e-9, -9.91364156e-10, -2.27365122e-10, 9.6467911e-11, 2.394038e-12, -6.886027e-12,
        8.94487e-13, 3.13092e-13, -1.12708e-13, 3.81e-16, 7.106e-15, -1.523e-15, -9.4e-17, 1.21e-16,
        -2.8e-17
    };
    private static final double INV_SQRT2 = 0.7071067811865476;
    private static final double INV_SQRT_2PI = 0.3989422804014327;

    private Erf() {
    }

    /** {@code erf(x)}. */
    static double erf(double x) {
        return x >= 0 ? 1.0 - erfcCheb(x) : erfcCheb(-x) - 1.0;
    }

    /** The standard normal cumulative distribution {@code Φ(x) = ½(1 + erf(x/√2))}. */
    static double normalCdf(double x) {
        double z = x * INV_SQRT2;
        return z >= 0 ? 1.0 - 0.5 * erfcCheb(z) : 0.5 * erfcCheb(-z);
    }

    /** The standard normal density {@code φ(x) = e^(−x²/2)/√(2π)}. */
    static double normalPdf(double x) {
        return INV_SQRT_2PI * Math.exp(-0.5 * x * x);
    }

    /** {@code erfc(z)} for {@code z ≥ 0}. */
    private static double erfcCheb(double z) {
        double t = 2.0 / (2.0 + z);
        double ty = 4.0 * t - 2.0;
        double d = 0.0;
        double dd = 0.0;
        for (int j = COF.length - 1; j > 0; j--) {
            double tmp = d;
            d = ty * d - dd + COF[j];
            dd = tmp;
        }
        return t * Math.exp(-z * z + 0.5 * (COF[0] + ty * d) - dd);
    }
}
