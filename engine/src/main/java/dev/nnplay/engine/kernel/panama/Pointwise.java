package dev.nnplay.engine.kernel.panama;

import static dev.nnplay.engine.kernel.panama.Species.L;
import static dev.nnplay.engine.kernel.panama.Species.S;

import dev.nnplay.engine.kernel.Elementwise;
import dev.nnplay.engine.kernel.ReferenceKernels;
import jdk.incubator.vector.FloatVector;
import org.ejml.data.FMatrixRMaj;

/**
 * The element-wise operations: bias rows, column sums, and the activations with their derivatives,
 * dispatched on the function's {@link Elementwise.Kind} to the vector loops of {@link VectorMath}.
 * Functions of kind {@code OTHER} (GELU, which needs erf) run the reference kernels' scalar loop.
 *
 * <p>A vector body covers the whole vectors; the last partial vector is copied into padded scratch
 * and goes through the same lane-wise code, so every element is computed the same way.
 */
final class Pointwise {

    private Pointwise() {
    }

    /** {@code A[i][j] += v[j]} for every row i. */
    static void addRowVector(FMatrixRMaj a, float[] v) {
        int cols = a.numCols;
        float[] d = a.data;
        int cv = cols - cols % L;
        for (int i = 0, rows = a.numRows; i < rows; i++) {
            int base = i * cols;
            for (int j = 0; j < cv; j += L) {
                FloatVector.fromArray(S, d, base + j).add(FloatVector.fromArray(S, v, j)).intoArray(d, base + j);
            }
            for (int j = cv; j < cols; j++) {
                d[base + j] += v[j];
            }
        }
    }

    /** {@code out[j] = Σᵢ A[i][j]}, column by column in row order, as the reference: the same sums to the bit. */
    static void sumColumns(FMatrixRMaj a, float[] out) {
        int cols = a.numCols;
        int rows = a.numRows;
        float[] d = a.data;
        int cv = cols - cols % L;
        for (int j = 0; j < cv; j += L) {
            FloatVector s = FloatVector.zero(S);
            for (int i = 0, off = j; i < rows; i++, off += cols) {
                s = s.add(FloatVector.fromArray(S, d, off));
            }
            s.intoArray(out, j);
        }
        for (int j = cv; j < cols; j++) {
            float s = 0f;
            for (int i = 0, off = j; i < rows; i++, off += cols) {
                s += d[off];
            }
            out[j] = s;
        }
    }

    /** {@code Y = f(X)} element-wise. */
    static void activate(Elementwise f, float p, FMatrixRMaj x, FMatrixRMaj y, Scratch s) {
        Elementwise.Kind kind = f.kind();
        if (kind == Elementwise.Kind.OTHER) {
            ReferenceKernels.INSTANCE.activate(f, p, x, y);
            return;
        }
        float[] in = x.data;
        float[] out = y.data;
        int n = x.getNumElements();
        int nv = n - n % L;
        float[] t = s.tail;
        if (nv < n) {
            java.util.Arrays.fill(t, 0f);
            System.arraycopy(in, nv, t, 0, n - nv);
        }
        // One call site for the whole arrays and the padded tail alike: C2 inlines the loops once.
        for (int part = nv < n ? 0 : 1; part < 2; part++) {
            boolean tail = part == 0;
            forward(kind, p, tail ? t : in, tail ? t : out, tail ? L : nv, s.exp);
        }
        if (nv < n) {
            System.arraycopy(t, 0, out, nv, n - nv);
        }
    }

    /** {@code dX = dY ⊙ f'(X)} element-wise, given the forward input X and output Y. */
    static void backward(Elementwise f, float p, FMatrixRMaj x, FMatrixRMaj y, FMatrixRMaj dy, FMatrixRMaj dx,
                         Scratch s) {
        Elementwise.Kind kind = f.kind();
        if (kind == Elementwise.Kind.OTHER) {
            ReferenceKernels.INSTANCE.activationBackward(f, p, x, y, dy, dx);
            return;
        }
        int n = x.getNumElements();
        int nv = n - n % L;
        float[] t = s.tail;
        if (nv < n) {
            int rest = n - nv;
            java.util.Arrays.fill(t, 0f);
            System.arraycopy(x.data, nv, t, 0, rest);
            System.arraycopy(y.data, nv, t, L, rest);
            System.arraycopy(dy.data, nv, t, 2 * L, rest);
        }
        for (int part = nv < n ? 0 : 1; part < 2; part++) {
            boolean tail = part == 0;
            backward(kind, p, tail ? t : x.data, tail ? t : y.data, tail ? t : dy.data, tail ? t : dx.data,
                    tail ? L : 0, tail ? L : nv, s.exp);
        }
        if (nv < n) {
            System.arraycopy(t, 2 * L, dx.data, nv, n - nv);
        }
    }

    /** {@code out[i] = f(in[i])} for {@code i < n}, n a multiple of L. */
    private static void forward(Elementwise.Kind f, float a, float[] in, float[] out, int n, float[] e) {
        final int chunk = Tuning.CHUNK;
        switch (f) {
            case IDENTITY -> System.arraycopy(in, 0, out, 0, n);
            case RELU -> VectorMath.leakyRelu(in, out, n, 0f);
            case LEAKY_RELU -> VectorMath.leakyRelu(in, out, n, a);
            case ELU -> {
                for (int c = 0; c < n; c += chunk) {
                    int len = Math.min(chunk, n - c);
                    // expm1(−|x|) is expm1(x) wherever ELU uses it (x ≤ 0).
                    VectorMath.expOfAbs(in, c, -1f, e, len, true);
                    VectorMath.eluFromExpm1(in, c, e, out, a, len);
                }
            }
            case SIGMOID -> {
                for (int c = 0; c < n; c += chunk) {
                    int len = Math.min(chunk, n - c);
                    VectorMath.expOfAbs(in, c, -1f, e, len, false);
                    VectorMath.sigmoidFromExp(in, c, e, out, c, len);
                }
            }
            case TANH -> {
                for (int c = 0; c < n; c += chunk) {
                    int len = Math.min(chunk, n - c);
                    VectorMath.expOfAbs(in, c, 2f, e, len, false);
                    VectorMath.tanhFromExp(in, c, e, out, len);
                }
            }
            case SOFTPLUS -> {
                for (int c = 0; c < n; c += chunk) {
                    int len = Math.min(chunk, n - c);
                    VectorMath.expOfAbs(in, c, -1f, e, len, false);
                    VectorMath.softplusFromExp(in, c, e, out, len);
                }
            }
            case SINE -> VectorMath.sine(in, out, n);
            default -> throw new IllegalArgumentException("no vector form for " + f);
        }
    }

    /**
     * {@code r[2·off + i] = g[2·off + i] · f'(x[i], y[off + i])} for {@code i < n}: {@code off} is 0 for
     * whole arrays and L for the padded tail scratch, which holds x, y and g one after the other.
     */
    private static void backward(Elementwise.Kind f, float a, float[] x, float[] y, float[] g, float[] r, int off,
                                 int n, float[] e) {
        final int chunk = Tuning.CHUNK;
        int yo = off;
        int go = 2 * off;
        switch (f) {
            case IDENTITY -> System.arraycopy(g, go, r, go, n);
            case RELU -> VectorMath.leakyReluBack(x, g, go, r, n, 0f);
            case LEAKY_RELU -> VectorMath.leakyReluBack(x, g, go, r, n, a);
            case ELU -> {
                for (int c = 0; c < n; c += chunk) {
                    int len = Math.min(chunk, n - c);
                    // e^{−|x|} is eˣ wherever the derivative uses it (x ≤ 0).
                    VectorMath.expOfAbs(x, c, -1f, e, len, false);
                    VectorMath.eluBackFromExp(x, c, e, g, go + c, r, a, len);
                }
            }
            case SIGMOID -> VectorMath.sigmoidBack(y, yo, g, go, r, n);
            case TANH -> VectorMath.tanhBack(y, yo, g, go, r, n);
            case SOFTPLUS -> {
                for (int c = 0; c < n; c += chunk) {
                    int len = Math.min(chunk, n - c);
                    VectorMath.expOfAbs(x, c, -1f, e, len, false);
                    VectorMath.sigmoidFromExp(x, c, e, e, 0, len);
                    VectorMath.softplusBackFromSigmoid(x, c, e, g, go + c, r, len);
                }
            }
            case SINE -> VectorMath.sineBack(x, g, go, r, n, e);
            default -> throw new IllegalArgumentException("no vector form for " + f);
        }
    }
}
