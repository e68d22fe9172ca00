package dev.nnplay.engine.nn;

import dev.nnplay.engine.kernel.Kernels;
import org.ejml.data.FMatrixRMaj;

/**
 * Inverted dropout: while training, each value is zeroed with probability {@code p} and the survivors
 * are scaled by {@code 1/(1 − p)}, so evaluation (which passes values through unchanged) needs no
 * rescaling. The mask comes from the network's seeded random source.
 */
public final class Dropout implements Layer {
    /** Probability that a value is dropped, in {@code [0, 1)}. */
    private final float p;
    /** Width of a row, in and out. */
    private final int width;
    /** The source of masks. */
    private final Rng rng;
    /** The mask of the last training batch: 0 or {@code 1/(1 − p)} per value. */
    private final FMatrixRMaj mask = new FMatrixRMaj(1, 1);
    /** The output buffer. */
    private final FMatrixRMaj output = new FMatrixRMaj(1, 1);
    /** The input-gradient buffer. */
    private final FMatrixRMaj inputGrad = new FMatrixRMaj(1, 1);
    /** Whether the last forward pass dropped anything (training with p > 0). */
    private boolean masked;

    public Dropout(float p, int width, Rng rng) {
        if (!(p >= 0f && p < 1f)) {
            throw new IllegalArgumentException("dropout probability must be in [0, 1), got " + p);
        }
        this.p = p;
        this.width = width;
        this.rng = rng;
    }

    /** The drop probability. */
    public float probability() {
        return p;
    }

    @Override
    public int inputSize() {
        return width;
    }

    @Override
    public int outputSize() {
        return width;
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj x, boolean training, Kernels k) {
        masked = training && p > 0f;
        if (!masked) {
            return x;
        }
        int n = x.getNumElements();
        mask.reshape(x.numRows, x.numCols);
        output.reshape(x.numRows, x.numCols);
        float keep = 1f / (1f - p);
        float[] m = mask.data;
        float[] in = x.data;
        float[] out = output.data;
        for (int i = 0; i < n; i++) {
            m[i] = rng.nextDouble() < p ? 0f : keep;
            out[i] = in[i] * m[i];
        }
        return output;
    }

    @Override
    public FMatrixRMaj backward(FMatrixRMaj dy, boolean needInputGrad, Kernels k) {
        if (!needInputGrad) {
            return null;
        }
        if (!masked) {
            return dy;
        }
        inputGrad.reshape(dy.numRows, dy.numCols);
        float[] m = mask.data;
        float[] g = dy.data;
        float[] r = inputGrad.data;
        for (int i = 0, n = dy.getNumElements(); i < n; i++) {
            r[i] = g[i] * m[i];
        }
        return inputGrad;
    }

    @Override
    public String describe() {
        return "dropout " + p;
    }
}
