package dev.nnplay.engine.lab;

/**
 * What moves the point at one step of a path, per axis (index 0 is θ₁, 1 is θ₂): the negative
 * gradient, the velocity or first moment the optimizer carries, the adaptive per-axis scale it divides
 * by, and the step it takes. A view draws the first two as arrows, the scale as the sides of a
 * rectangle and the step as the segment to the next point. All are read from the engine's optimizer.
 *
 * @param x            θ₁ of the point
 * @param y            θ₂ of the point
 * @param loss         J at the point
 * @param negGradient  −∂J/∂θ
 * @param velocity     the momentum buffer v (SGD with momentum, Nesterov, RMSProp with momentum) or
 *                     Adam's bias-corrected first moment m̂, after the update; NaN where the method has none
 * @param scale        the per-axis denominator (AdaGrad √G+ε, RMSProp √s+ε, Adam √ŝ+ε); NaN where none
 * @param step         Δθ = θ′ − θ, the step the optimizer takes
 */
public record Forces(double x, double y, double loss, double[] negGradient, double[] velocity, double[] scale,
                     double[] step) {

    /** Whether the method carries a velocity or first moment. */
    public boolean hasVelocity() {
        return !Double.isNaN(velocity[0]);
    }

    /** Whether the method divides by a per-axis scale. */
    public boolean hasScale() {
        return !Double.isNaN(scale[0]);
    }

    /** The forces of a worked update of two parameters. */
    static Forces of(Worksheet w, OptimizerAnatomy a) {
        double[] neg = new double[2];
        double[] vel = new double[2];
        double[] sc = new double[2];
        double[] st = new double[2];
        for (int i = 0; i < 2; i++) {
            Worksheet.Entry e = w.entries().get(i);
            neg[i] = -e.grad();
            vel[i] = a.velocity(e.after(), e.derived());
            sc[i] = a.scale(e.derived());
            st[i] = e.delta();
        }
        return new Forces(w.entries().get(0).theta(), w.entries().get(1).theta(), w.loss(), neg, vel, sc, st);
    }
}
