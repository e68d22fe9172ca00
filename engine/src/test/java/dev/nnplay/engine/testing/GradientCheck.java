package dev.nnplay.engine.testing;

import java.util.function.DoubleSupplier;
import java.util.function.DoubleUnaryOperator;

/**
 * Central finite differences against an analytic gradient. The engine computes in float32, so a step
 * {@code h} is rounded to the float grid: the difference is divided by the step actually taken,
 * {@code (float)(x + h) − (float)(x − h)}, and the function is evaluated in double where it can be.
 *
 * <p>A value passes when {@code |analytic − numeric| ≤ rtol·max(|analytic|, |numeric|) + atol}.
 * Where the function has kinks (ReLU and friends), a step may straddle one; {@code kinkTolerant} then
 * also accepts either one-sided difference, since at most one side crosses a kink.
 */
public final class GradientCheck {
    /** The relative tolerance. */
    private final double rtol;
    /** The absolute floor. */
    private final double atol;
    /** The finite-difference step. */
    private final double h;
    /** Whether one-sided differences may stand in for the central one. */
    private final boolean kinkTolerant;
    /** The largest error seen, in units of the tolerance. */
    private double worstRatio;
    /** Where it was. */
    private String worstWhere = "nothing";

    public GradientCheck(double h, double rtol, double atol, boolean kinkTolerant) {
        this.h = h;
        this.rtol = rtol;
        this.atol = atol;
        this.kinkTolerant = kinkTolerant;
    }

    /** The central difference of {@code f} at {@code x}, over the float-rounded step. */
    public double derivative(DoubleUnaryOperator f, float x) {
        float xp = (float) (x + h);
        float xm = (float) (x - h);
        return (f.applyAsDouble(xp) - f.applyAsDouble(xm)) / ((double) xp - xm);
    }

    /** Checks one scalar derivative; throws an AssertionError naming {@code where} if it is off. */
    public void scalar(String where, DoubleUnaryOperator f, float x, double analytic) {
        double c = derivative(f, x);
        double ratio = Golden.errorRatio(c, analytic, rtol, atol);
        if (kinkTolerant && ratio > 1) {
            float xp = (float) (x + h);
            float xm = (float) (x - h);
            double fx = f.applyAsDouble(x);
            double forward = (f.applyAsDouble(xp) - fx) / ((double) xp - x);
            double backward = (fx - f.applyAsDouble(xm)) / ((double) x - xm);
            ratio = Math.min(ratio, Math.min(Golden.errorRatio(forward, analytic, rtol, atol),
                    Golden.errorRatio(backward, analytic, rtol, atol)));
        }
        record(where + " at " + x + ": analytic " + analytic + ", numeric " + c, ratio);
    }

    /**
     * Checks {@code analytic[i] = ∂f/∂x[i]} for every i, perturbing {@code x} in place (and restoring
     * it); {@code f} must read {@code x} afresh on every call.
     */
    public void vector(String what, float[] x, float[] analytic, DoubleSupplier f) {
        if (x.length != analytic.length) {
            throw new AssertionError(what + ": " + x.length + " values but " + analytic.length + " gradients");
        }
        for (int i = 0; i < x.length; i++) {
            float saved = x[i];
            final int at = i;
            scalar(what + "[" + i + "]", v -> {
                x[at] = (float) v;
                double r = f.getAsDouble();
                x[at] = saved;
                return r;
            }, saved, analytic[i]);
        }
    }

    private void record(String where, double ratio) {
        if (ratio > worstRatio || Double.isNaN(ratio)) {
            worstRatio = ratio;
            worstWhere = where;
        }
        if (!(ratio <= 1)) {
            throw new AssertionError("gradient check failed: " + where + " (" + String.format("%.1f", ratio)
                    + "× the tolerance " + rtol + " relative + " + atol + ")");
        }
    }

    /** The largest error so far in units of the tolerance (at most 1 when everything passed). */
    public double worstRatio() {
        return worstRatio;
    }

    @Override
    public String toString() {
        return String.format("worst %.3f of the tolerance, at %s", worstRatio, worstWhere);
    }
}
