package dev.nnplay.engine.optim;

import dev.nnplay.engine.nn.Param;

/**
 * Stochastic gradient descent, optionally with momentum (heavy ball) or Nesterov momentum, as
 * {@code torch.optim.SGD}: {@code b ← μb + (1 − τ)g} ({@code b ← g} on the first step),
 * {@code g ← g + μb} for Nesterov or {@code g ← b} otherwise, then {@code θ ← θ − lr·g}.
 * With the whole data set as one batch this is plain gradient descent.
 */
public final class Sgd extends Optimizer {
    /** Momentum factor μ; 0 for none. */
    private final float momentum;
    /** Dampening τ of the momentum. */
    private final float dampening;
    /** Whether to use Nesterov's look-ahead. */
    private final boolean nesterov;

    public Sgd(float momentum, float dampening, boolean nesterov) {
        if (momentum < 0f) {
            throw new IllegalArgumentException("momentum must not be negative, got " + momentum);
        }
        if (nesterov && (momentum <= 0f || dampening != 0f)) {
            throw new IllegalArgumentException("Nesterov momentum needs a momentum above 0 and no dampening");
        }
        this.momentum = momentum;
        this.dampening = dampening;
        this.nesterov = nesterov;
    }

    /** The momentum factor μ; 0 for none. */
    public float momentum() {
        return momentum;
    }

    /** Whether this is Nesterov's variant. */
    public boolean nesterov() {
        return nesterov;
    }

    @Override
    public String id() {
        return nesterov ? "nesterov" : momentum > 0f ? "momentum" : "sgd";
    }

    @Override
    protected int buffersPerParam() {
        return momentum > 0f ? 1 : 0;
    }

    @Override
    protected void update(Param p, float[][] s, float lr) {
        float[] w = p.value().data;
        float[] g = p.grad().data;
        int n = p.size();
        if (momentum == 0f) {
            for (int i = 0; i < n; i++) {
                w[i] -= lr * g[i];
            }
            return;
        }
        float[] b = s[0];
        boolean first = steps == 1;
        for (int i = 0; i < n; i++) {
            b[i] = first ? g[i] : momentum * b[i] + (1f - dampening) * g[i];
            float d = nesterov ? g[i] + momentum * b[i] : b[i];
            w[i] -= lr * d;
        }
    }
}
