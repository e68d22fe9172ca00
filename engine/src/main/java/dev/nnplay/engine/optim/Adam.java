package dev.nnplay.engine.optim;

import dev.nnplay.engine.nn.Param;

/**
 * Adam and AdamW, as {@code torch.optim.Adam} and {@code torch.optim.AdamW}:
 * {@code m ← β₁m + (1 − β₁)g}, {@code v ← β₂v + (1 − β₂)g²},
 * {@code θ ← θ − (lr/(1 − β₁ᵗ))·m/(√v/√(1 − β₂ᵗ) + ε)}. AdamW first shrinks regularized weights,
 * {@code θ ← θ(1 − lr·λ)} (decoupled weight decay), every parameter as PyTorch's default does, or the
 * weights only when biases are spared (PyTorch: the biases in a parameter group with
 * {@code weight_decay=0}).
 */
public final class Adam extends Optimizer {
    /** Decay of the first moment estimate β₁ (0.9), as set (double, for the bias correction). */
    private final double beta1;
    /** Decay of the second moment estimate β₂ (0.999), as set. */
    private final double beta2;
    /**
     * {@code 1 − β₁} and {@code 1 − β₂}, computed in double from the settings and rounded once, as
     * PyTorch passes them to its float kernels; {@code 1f − 0.999f} would be 0.00099998713, and the
     * second moment 1.3e-5 off.
     */
    private final float oneMinusBeta1;
    private final float oneMinusBeta2;
    /** ε added to the denominator (1e-8). */
    private final float eps;
    /** Decoupled weight decay λ; 0 for plain Adam. */
    private final float weightDecay;
    /** Whether this is AdamW (decoupled decay), for its name. */
    private final boolean decoupled;
    /** Whether the decay leaves biases (parameters that are not regularized) alone. */
    private final boolean spareBiases;

    public Adam(double beta1, double beta2, double eps, double weightDecay, boolean decoupled, boolean spareBiases) {
        if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
            throw new IllegalArgumentException("Adam's betas must be in [0, 1), got " + beta1 + ", " + beta2);
        }
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.oneMinusBeta1 = (float) (1.0 - beta1);
        this.oneMinusBeta2 = (float) (1.0 - beta2);
        this.eps = (float) eps;
        this.weightDecay = decoupled ? (float) weightDecay : 0f;
        this.decoupled = decoupled;
        this.spareBiases = spareBiases;
    }

    /** β₁, the first moment's decay. */
    public double beta1() {
        return beta1;
    }

    /** β₂, the second moment's decay. */
    public double beta2() {
        return beta2;
    }

    /** ε, added to the denominator. */
    public float eps() {
        return eps;
    }

    @Override
    public String id() {
        return decoupled ? "adamw" : "adam";
    }

    @Override
    protected int buffersPerParam() {
        return 2;
    }

    @Override
    protected void update(Param p, float[][] s, float lr) {
        float[] w = p.value().data;
        float[] g = p.grad().data;
        float[] m = s[0];
        float[] v = s[1];
        double bc1 = 1.0 - Math.pow(beta1, steps);
        double bc2 = 1.0 - Math.pow(beta2, steps);
        float stepSize = (float) (lr / bc1);
        float bc2Sqrt = (float) Math.sqrt(bc2);
        float decay = decoupled && (p.regularized() || !spareBiases) ? 1f - lr * weightDecay : 1f;
        float b2 = (float) beta2;
        float w1 = oneMinusBeta1;
        float w2 = oneMinusBeta2;
        for (int i = 0, n = p.size(); i < n; i++) {
            w[i] *= decay;
            m[i] = m[i] + w1 * (g[i] - m[i]);
            v[i] = b2 * v[i] + w2 * g[i] * g[i];
            float denom = (float) Math.sqrt(v[i]) / bc2Sqrt + eps;
            w[i] -= stepSize * m[i] / denom;
        }
    }
}
