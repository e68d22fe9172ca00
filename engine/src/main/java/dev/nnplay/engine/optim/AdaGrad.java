package dev.nnplay.engine.optim;

import dev.nnplay.engine.nn.Param;

/**
 * AdaGrad, as {@code torch.optim.Adagrad}: {@code G ← G + g²},
 * {@code θ ← θ − lr'·g/(√G + ε)} with {@code lr' = lr/(1 + (t − 1)·decay)}.
 */
public final class AdaGrad extends Optimizer {
    /** Learning-rate decay per step. */
    private final float lrDecay;
    /** ε added to the denominator (PyTorch's default 1e-10). */
    private final float eps;
    /** Starting value of the accumulator G. */
    private final float initialAccumulator;

    public AdaGrad(float lrDecay, float eps, float initialAccumulator) {
        this.lrDecay = lrDecay;
        this.eps = eps;
        this.initialAccumulator = initialAccumulator;
    }

    /** The learning rate's decay per step. */
    public float lrDecay() {
        return lrDecay;
    }

    /** ε, added to the denominator. */
    public float eps() {
        return eps;
    }

    @Override
    public String id() {
        return "adagrad";
    }

    @Override
    protected int buffersPerParam() {
        return 1;
    }

    @Override
    protected void update(Param p, float[][] s, float lr) {
        float[] w = p.value().data;
        float[] g = p.grad().data;
        float[] sum = s[0];
        if (steps == 1 && initialAccumulator != 0f) {
            java.util.Arrays.fill(sum, initialAccumulator);
        }
        float clr = (float) (lr / (1.0 + (steps - 1) * (double) lrDecay));
        for (int i = 0, n = p.size(); i < n; i++) {
            sum[i] += g[i] * g[i];
            w[i] -= clr * g[i] / ((float) Math.sqrt(sum[i]) + eps);
        }
    }
}
