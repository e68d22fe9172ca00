package dev.nnplay.engine.optim;

import dev.nnplay.engine.nn.Param;

/**
 * RMSProp, as {@code torch.optim.RMSprop}: {@code v ← αv + (1 − α)g²}, optionally centred
 * ({@code m ← αm + (1 − α)g}, denominator {@code √(v − m²) + ε}), optionally with momentum
 * ({@code b ← μb + g/denom}, {@code θ ← θ − lr·b}); otherwise {@code θ ← θ − lr·g/(√v + ε)}.
 */
public final class RmsProp extends Optimizer {
    /** Smoothing constant α (PyTorch's default 0.99). */
    private final float alpha;
    /**
     * {@code 1 − α}, computed in double from the setting and rounded once, as PyTorch passes it to its
     * float kernels; {@code 1f − alpha} would differ (0.0099999905 against 0.01 for α = 0.99).
     */
    private final float oneMinusAlpha;
    /** ε added to the denominator (1e-8). */
    private final float eps;
    /** Momentum factor; 0 for none. */
    private final float momentum;
    /** Whether to divide by the variance estimate instead of the raw second moment. */
    private final boolean centered;

    public RmsProp(double alpha, double eps, double momentum, boolean centered) {
        this.alpha = (float) alpha;
        this.oneMinusAlpha = (float) (1.0 - alpha);
        this.eps = (float) eps;
        this.momentum = (float) momentum;
        this.centered = centered;
    }

    /** ε, added to the denominator. */
    public float eps() {
        return eps;
    }

    /** The momentum factor; 0 for none. */
    public float momentum() {
        return momentum;
    }

    /** Whether the denominator is the variance estimate (centred). */
    public boolean centered() {
        return centered;
    }

    @Override
    public String id() {
        return "rmsprop";
    }

    @Override
    protected int buffersPerParam() {
        return 3;
    }

    @Override
    protected void update(Param p, float[][] s, float lr) {
        float[] w = p.value().data;
        float[] g = p.grad().data;
        float[] v = s[0];
        float[] m = s[1];
        float[] b = s[2];
        for (int i = 0, n = p.size(); i < n; i++) {
            v[i] = alpha * v[i] + oneMinusAlpha * g[i] * g[i];
            float avg;
            if (centered) {
                m[i] = alpha * m[i] + oneMinusAlpha * g[i];
                avg = (float) Math.sqrt(v[i] - m[i] * m[i]) + eps;
            } else {
                avg = (float) Math.sqrt(v[i]) + eps;
            }
            if (momentum > 0f) {
                b[i] = momentum * b[i] + g[i] / avg;
                w[i] -= lr * b[i];
            } else {
                w[i] -= lr * g[i] / avg;
            }
        }
    }
}
