package dev.nnplay.engine.kernel.panama;

import static dev.nnplay.engine.kernel.panama.Species.L;
import static dev.nnplay.engine.kernel.panama.Species.S;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;

/**
 * The element-wise functions as vector loops over arrays, {@code n} a multiple of the vector length.
 *
 * <p>The Vector API's EXP, TANH, SIN, ... lanes round differently before and after C2 compiles them
 * (Java fallback versus SVML), so a training run's bits would depend on JIT timing. These loops use
 * only exactly rounded lane operations, step for step as the scalar twin {@link FloatMath}, which
 * documents the methods and constants; FloatMathTest checks both give the same bits.
 *
 * <p>Each function is a few small loops: a vector handed to or returned from a method that C2 does
 * not inline is boxed on the heap, which is the Vector API's slow mode, and one loop with the whole of
 * tanh or softplus in it passes C2's inlining node budget (NodeCountInliningCutoff) half-way through.
 * So exp goes into scratch, {@link Tuning#CHUNK} floats at a time, and a second loop finishes the
 * function from it ({@link Pointwise}).
 */
final class VectorMath {

    private VectorMath() {
    }

    /**
     * {@code e[i] = exp(s·|x[xo + i]|)} for {@code i < n}, s = 2 or −1 (exact scalings), or that minus 1
     * when {@code minusOne}: {@link FloatMath#exp}, {@link FloatMath#expm1}.
     */
    static void expOfAbs(float[] x, int xo, float s, float[] e, int n, boolean minusOne) {
        for (int i = 0; i < n; i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xo + i).abs().mul(s);
            v = v.max(FloatMath.EXP_MIN).min(FloatMath.EXP_MAX);
            FloatVector t = v.fma(FloatMath.LOG2E, FloatMath.SHIFTER);
            IntVector k = ((IntVector) t.reinterpretAsInts()).sub(FloatMath.SHIFTER_BITS);
            FloatVector kf = t.sub(FloatMath.SHIFTER);
            FloatVector r = kf.fma(FloatVector.broadcast(S, -FloatMath.LN2_HI), v);
            r = kf.fma(FloatVector.broadcast(S, -FloatMath.LN2_LO), r);
            FloatVector p = r.fma(FloatMath.E5, FloatMath.E4);
            p = p.fma(r, FloatVector.broadcast(S, FloatMath.E3));
            p = p.fma(r, FloatVector.broadcast(S, FloatMath.E2));
            p = p.fma(r, FloatVector.broadcast(S, FloatMath.E1));
            p = p.fma(r, FloatVector.broadcast(S, FloatMath.E0));
            FloatVector em1 = p.fma(r.mul(r), r);
            IntVector k1 = k.lanewise(VectorOperators.ASHR, 1);
            FloatVector s1 = k1.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            FloatVector s2 = k.sub(k1).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            if (minusOne) {
                FloatVector scale = s1.mul(s2);
                scale.fma(em1, scale.sub(1f)).intoArray(e, i);
            } else {
                em1.add(1f).mul(s1).mul(s2).intoArray(e, i);
            }
        }
    }

    /** tanh from {@code e = exp(2|x|)}: {@link FloatMath#tanh}. */
    static void tanhFromExp(float[] x, int xo, float[] e, float[] out, int n) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int i = 0; i < n; i += L) {
            IntVector bits = (IntVector) FloatVector.fromArray(S, x, xo + i).reinterpretAsInts();
            IntVector sign = bits.lanewise(VectorOperators.AND, 0x80000000);
            FloatVector ax = bits.lanewise(VectorOperators.AND, 0x7fffffff).reinterpretAsFloats();
            FloatVector z = ax.mul(ax);
            FloatVector p = z.fma(FloatMath.T4, FloatMath.T3);
            p = p.fma(z, FloatVector.broadcast(S, FloatMath.T2));
            p = p.fma(z, FloatVector.broadcast(S, FloatMath.T1));
            p = p.fma(z, FloatVector.broadcast(S, FloatMath.T0));
            FloatVector small = p.mul(z).fma(ax, ax);
            FloatVector large = one.sub(FloatVector.broadcast(S, 2f).div(FloatVector.fromArray(S, e, i).add(one)));
            FloatVector y = large.blend(small, ax.compare(VectorOperators.LT, FloatMath.TANH_SMALL));
            ((IntVector) y.reinterpretAsInts()).lanewise(VectorOperators.OR, sign).reinterpretAsFloats()
                    .intoArray(out, xo + i);
        }
    }

    /** sigmoid from {@code e = exp(−|x|)}, into {@code out[oo + i]}: {@link FloatMath#sigmoid}. */
    static void sigmoidFromExp(float[] x, int xo, float[] e, float[] out, int oo, int n) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int i = 0; i < n; i += L) {
            FloatVector ev = FloatVector.fromArray(S, e, i);
            FloatVector num = one.blend(ev, FloatVector.fromArray(S, x, xo + i).compare(VectorOperators.LT, 0f));
            num.div(one.add(ev)).intoArray(out, oo + i);
        }
    }

    /** softplus from {@code u = exp(−|x|)}: {@link FloatMath#softplus}. */
    static void softplusFromExp(float[] x, int xo, float[] e, float[] out, int n) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        FloatVector zero = FloatVector.zero(S);
        for (int i = 0; i < n; i += L) {
            FloatVector xv = FloatVector.fromArray(S, x, xo + i);
            FloatVector u = FloatVector.fromArray(S, e, i);
            FloatVector w = one.add(u);
            VectorMask<Float> big = w.compare(VectorOperators.GT, FloatMath.SQRT2);
            FloatVector f = w.sub(one).blend(w.mul(0.5f).sub(one), big);
            FloatVector z = f.mul(f);
            FloatVector g = f.fma(FloatMath.G8, FloatMath.G7);
            g = g.fma(f, FloatVector.broadcast(S, FloatMath.G6));
            g = g.fma(f, FloatVector.broadcast(S, FloatMath.G5));
            g = g.fma(f, FloatVector.broadcast(S, FloatMath.G4));
            g = g.fma(f, FloatVector.broadcast(S, FloatMath.G3));
            g = g.fma(f, FloatVector.broadcast(S, FloatMath.G2));
            g = g.fma(f, FloatVector.broadcast(S, FloatMath.G1));
            g = g.fma(f, FloatVector.broadcast(S, FloatMath.G0));
            FloatVector ex = zero.blend(one, big);
            FloatVector y = ex.fma(FloatVector.broadcast(S, FloatMath.LN2_LO), g.mul(f).mul(z));
            y = z.mul(-0.5f).add(y);
            FloatVector log = ex.fma(FloatVector.broadcast(S, FloatMath.LN2_HI), f.add(y));
            FloatVector log1p = log.add(u.sub(w.sub(one)).div(w));
            zero.blend(xv, xv.compare(VectorOperators.GT, 0f)).add(log1p)
                    .blend(xv, xv.compare(VectorOperators.GT, FloatMath.SOFTPLUS_LINEAR)).intoArray(out, xo + i);
        }
    }

    /** ELU from {@code e = expm1(−|x|)}: {@code a·e} for x ≤ 0, x above. */
    static void eluFromExpm1(float[] x, int xo, float[] e, float[] out, float a, int n) {
        for (int i = 0; i < n; i += L) {
            FloatVector xv = FloatVector.fromArray(S, x, xo + i);
            FloatVector.fromArray(S, e, i).mul(a).blend(xv, xv.compare(VectorOperators.GT, 0f)).intoArray(out, xo + i);
        }
    }

    /** {@code r = g · (x > 0 ? 1 : a·eˣ)} with {@code e = exp(−|x|)}. */
    static void eluBackFromExp(float[] x, int xo, float[] e, float[] g, int go, float[] r, float a, int n) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int i = 0; i < n; i += L) {
            FloatVector d = FloatVector.fromArray(S, e, i).mul(a)
                    .blend(one, FloatVector.fromArray(S, x, xo + i).compare(VectorOperators.GT, 0f));
            FloatVector.fromArray(S, g, go + i).mul(d).intoArray(r, go + i);
        }
    }

    /** {@code r = g · (x > 20 ? 1 : sigmoid(x))}, the sigmoid already in {@code sg}. */
    static void softplusBackFromSigmoid(float[] x, int xo, float[] sg, float[] g, int go, float[] r, int n) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int i = 0; i < n; i += L) {
            FloatVector d = FloatVector.fromArray(S, sg, i)
                    .blend(one, FloatVector.fromArray(S, x, xo + i).compare(VectorOperators.GT, FloatMath.SOFTPLUS_LINEAR));
            FloatVector.fromArray(S, g, go + i).mul(d).intoArray(r, go + i);
        }
    }

    static void sine(float[] in, float[] out, int n) {
        trig(in, 0, out, 0, n, 0);
    }

    /** {@code r = g · cos x}, the cosine {@link Tuning#CHUNK} floats at a time into scratch. */
    static void sineBack(float[] x, float[] g, int go, float[] r, int n, float[] e) {
        for (int c = 0; c < n; c += Tuning.CHUNK) {
            int len = Math.min(Tuning.CHUNK, n - c);
            trig(x, c, e, 0, len, 1);
            for (int i = 0; i < len; i += L) {
                FloatVector.fromArray(S, g, go + c + i).mul(FloatVector.fromArray(S, e, i)).intoArray(r, go + c + i);
            }
        }
    }

    /**
     * {@code out[oo + i] = sin(x[xo + i] + q·π/2)}, q = 0 (sin) or 1 (cos): {@link FloatMath#trig}; the
     * rare lanes beyond the float reduction's range go through the scalar twin.
     */
    static void trig(float[] x, int xo, float[] out, int oo, int n, int q) {
        for (int i = 0; i < n; i += L) {
            FloatVector xv = FloatVector.fromArray(S, x, xo + i);
            FloatVector t = xv.fma(FloatMath.TWO_OVER_PI, FloatMath.SHIFTER);
            IntVector k = ((IntVector) t.reinterpretAsInts()).sub(FloatMath.SHIFTER_BITS - q);
            FloatVector kf = t.sub(FloatMath.SHIFTER);
            FloatVector r = kf.fma(FloatVector.broadcast(S, -FloatMath.PIO2_1), xv);
            r = kf.fma(FloatVector.broadcast(S, -FloatMath.PIO2_2), r);
            r = kf.fma(FloatVector.broadcast(S, -FloatMath.PIO2_3), r);
            FloatVector z = r.mul(r);
            FloatVector s = z.fma(FloatMath.S2, FloatMath.S1);
            s = s.fma(z, FloatVector.broadcast(S, FloatMath.S0));
            s = s.mul(z).fma(r, r);
            FloatVector c = z.fma(FloatMath.C2, FloatMath.C1);
            c = c.fma(z, FloatVector.broadcast(S, FloatMath.C0));
            c = c.mul(z).fma(z, z.fma(-0.5f, 1f));
            // Odd k picks the cosine, k & 2 flips the sign: all in the bits, no mask conversion.
            IntVector odd = k.lanewise(VectorOperators.LSHL, 31).lanewise(VectorOperators.ASHR, 31);
            IntVector y = ((IntVector) s.reinterpretAsInts()).lanewise(VectorOperators.AND_NOT, odd)
                    .lanewise(VectorOperators.OR, ((IntVector) c.reinterpretAsInts()).lanewise(VectorOperators.AND, odd))
                    .lanewise(VectorOperators.XOR, k.lanewise(VectorOperators.AND, 2).lanewise(VectorOperators.LSHL, 30));
            VectorMask<Float> far = xv.abs().compare(VectorOperators.LE, FloatMath.TRIG_MAX).not();
            if (far.anyTrue()) {
                for (int l = 0; l < L; l++) {
                    float v = x[xo + i + l];
                    out[oo + i + l] = far.laneIsSet(l) ? FloatMath.trig(v, q) : Float.intBitsToFloat(y.lane(l));
                }
            } else {
                y.reinterpretAsFloats().intoArray(out, oo + i);
            }
        }
    }

    /** ReLU for slope 0 (the {@code 0·x} is then 0, as the reference's). */
    static void leakyRelu(float[] in, float[] out, int n, float a) {
        FloatVector zero = FloatVector.zero(S);
        for (int i = 0; i < n; i += L) {
            FloatVector x = FloatVector.fromArray(S, in, i);
            (a == 0f ? zero : x.mul(a)).blend(x, x.compare(VectorOperators.GT, 0f)).intoArray(out, i);
        }
    }

    static void leakyReluBack(float[] x, float[] g, int go, float[] r, int n, float a) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        FloatVector slope = FloatVector.broadcast(S, a);
        for (int i = 0; i < n; i += L) {
            FloatVector d = slope.blend(one, FloatVector.fromArray(S, x, i).compare(VectorOperators.GT, 0f));
            FloatVector.fromArray(S, g, go + i).mul(d).intoArray(r, go + i);
        }
    }

    /** {@code y(1 − y)}. */
    static void sigmoidBack(float[] y, int yo, float[] g, int go, float[] r, int n) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int i = 0; i < n; i += L) {
            FloatVector yv = FloatVector.fromArray(S, y, yo + i);
            FloatVector.fromArray(S, g, go + i).mul(yv.mul(one.sub(yv))).intoArray(r, go + i);
        }
    }

    /** {@code 1 − y²}. */
    static void tanhBack(float[] y, int yo, float[] g, int go, float[] r, int n) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int i = 0; i < n; i += L) {
            FloatVector yv = FloatVector.fromArray(S, y, yo + i);
            FloatVector.fromArray(S, g, go + i).mul(one.sub(yv.mul(yv))).intoArray(r, go + i);
        }
    }
}
