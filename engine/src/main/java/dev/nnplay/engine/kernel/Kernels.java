package dev.nnplay.engine.kernel;

import org.ejml.data.FMatrixRMaj;

/**
 * The hot operations of training, behind one seam so that a fast implementation can replace the
 * reference one. Matrices are EJML row-major float matrices, {@code data[row * numCols + col]}, one row
 * per sample. Every output argument comes last, must already have the right shape, may not alias an
 * input, and is overwritten (Modified); every other argument is Not modified.
 *
 * <p>The three products are the shapes a dense layer needs when its weight {@code W} is stored as
 * PyTorch stores it, {@code out × in}: forward {@code Y = X·Wᵀ} ({@link #multTransB}), the weight
 * gradient {@code dW = dYᵀ·X} ({@link #multTransA}) and the input gradient {@code dX = dY·W}
 * ({@link #mult}).
 *
 * <p>Implementations must be deterministic: the same inputs give the same bits on every call, with
 * any thread count.
 *
 * <p>Kernels may start threads for large products; {@link #close()} stops them. The shared kernels of
 * {@link KernelProvider#get()} live as long as the process; close the ones you got from
 * {@link KernelProvider#select(String)} when done with them.
 */
public interface Kernels extends AutoCloseable {

    /** A short name for logs and benchmarks: {@code reference} or {@code panama}. */
    String name();

    /** {@code C = A·B} with A {@code m×k}, B {@code k×n}, C {@code m×n}. */
    void mult(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c);

    /** {@code C = Aᵀ·B} with A {@code k×m}, B {@code k×n}, C {@code m×n}. */
    void multTransA(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c);

    /** {@code C = A·Bᵀ} with A {@code m×k}, B {@code n×k}, C {@code m×n}. */
    void multTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c);

    /**
     * The forward pass of a dense layer: {@code Y = X·Wᵀ + b}, with X {@code batch×in}, W
     * {@code out×in}, b of length {@code out} and Y {@code batch×out}.
     */
    default void dense(FMatrixRMaj x, FMatrixRMaj w, float[] b, FMatrixRMaj y) {
        multTransB(x, w, y);
        addRowVector(y, b);
    }

    /** {@code A[i][j] += v[j]} for every row i. A is Modified. */
    void addRowVector(FMatrixRMaj a, float[] v);

    /** {@code out[j] = Σᵢ A[i][j]}, the column sums (the bias gradient). */
    void sumColumns(FMatrixRMaj a, float[] out);

    /** {@code Y = f(X)} element-wise, with the function's setting {@code p}. */
    void activate(Elementwise f, float p, FMatrixRMaj x, FMatrixRMaj y);

    /**
     * {@code dX = dY ⊙ f'(X)} element-wise, given the forward input X and output Y.
     */
    void activationBackward(Elementwise f, float p, FMatrixRMaj x, FMatrixRMaj y, FMatrixRMaj dy,
                            FMatrixRMaj dx);

    /** The vector width these kernels compute with, in bits; 0 for scalar code. */
    default int vectorBits() {
        return 0;
    }

    /**
     * Stops every thread these kernels started and waits for them to end (a product running on
     * another thread finishes first). The kernels still work afterwards, on the calling thread only.
     */
    @Override
    default void close() {
    }
}
