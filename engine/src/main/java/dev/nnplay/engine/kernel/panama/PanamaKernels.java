package dev.nnplay.engine.kernel.panama;

import dev.nnplay.engine.kernel.Elementwise;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.kernel.Kernels;
import java.util.logging.Logger;
import org.ejml.data.FMatrixRMaj;

/**
 * The fast kernels, on the Panama Vector API ({@code jdk.incubator.vector}). This package is the only
 * one that imports it; {@link KernelProvider} loads this class by name, so everything else runs where
 * the module is missing. The work is split by job:
 *
 * <ul>
 *   <li>{@link Gemm} and {@link Tiles}: the products, register-blocked tiles over packed panels;
 *   <li>{@link RowSplit} and {@link WorkerPool}: the split of large products over threads;
 *   <li>{@link Pointwise}: element-wise operations, dispatched on the function's kind;
 *   <li>{@link VectorMath} and its scalar twin {@link FloatMath}: exp, tanh, sigmoid, softplus, sin
 *       and cos from exactly rounded lane operations, so their bits do not depend on JIT timing;
 *   <li>{@link Species}: the vector width, {@link Tuning}: every threshold, {@link StartupGuard}: the
 *       slow-mode watch.
 * </ul>
 *
 * <p>Scratch: each thread's buffers are a {@link Scratch} that knows its thread. The one these kernels
 * used last is kept in a field and taken when the calling thread owns it, so a training thread pays
 * one comparison per call instead of a {@code ThreadLocal} lookup; workers hand their own to the parts
 * they run.
 *
 * <p>Instances are safe to share between threads. {@link #close()} stops the worker threads.
 */
public final class PanamaKernels implements Kernels {

    private static final Logger LOG = Logger.getLogger(PanamaKernels.class.getName());

    /** Each thread's buffers, for threads other than the one that used these kernels last. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** The split over threads, with its one worker pool. */
    private final RowSplit split = new RowSplit();
    /** The slow-mode watch, or null for unguarded kernels. */
    private final StartupGuard guard;
    /** The scratch of the thread that called last; its owner field says whose it is. */
    private Scratch last;

    /**
     * Kernels on this CPU's preferred vector width, or the one {@code nnplay.vectorBits} forces.
     *
     * @throws IllegalStateException where the vector code should not run: under {@code -Xint}, or
     *         with a vector width this CPU does not have
     */
    public PanamaKernels() {
        String refusal = StartupGuard.refusal();
        if (refusal != null) {
            throw new IllegalStateException(refusal);
        }
        guard = new StartupGuard(name());
        LOG.fine(() -> "panama kernels: " + Species.L + " float lanes (" + Species.S.vectorBitSize() + " bits)");
    }

    private PanamaKernels(StartupGuard none) {
        this.guard = none;
    }

    /**
     * Kernels without the start-up checks and the slow-mode watch: for tests that run them under
     * {@code -Xint} on purpose.
     */
    public static PanamaKernels unguarded() {
        return new PanamaKernels(null);
    }

    @Override
    public String name() {
        return "panama";
    }

    /** Floats per vector: 16 with 512-bit vectors, 8 with 256, 4 with 128. */
    public static int lanes() {
        return Species.L;
    }

    @Override
    public int vectorBits() {
        return Species.S.vectorBitSize();
    }

    /** How many products have been split over threads since start-up, by all instances. */
    public static long splitProducts() {
        return RowSplit.splitProducts();
    }

    /** Worker threads these kernels have running now. */
    public int workerThreads() {
        return split.pool().workerCount();
    }

    /** The prefix of the names of these kernels' worker threads. */
    public String workerNamePrefix() {
        return split.pool().threadNamePrefix();
    }

    /** Whether the slow-mode watch has settled (fast, warned, or cannot tell); false when unguarded. */
    boolean watchSettled() {
        return guard != null && guard.settled();
    }

    /** Stops and joins every worker thread; later products run on the calling thread only. */
    @Override
    public void close() {
        split.close();
    }

    // ---------------------------------------------------------------- products

    @Override
    public void mult(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        Gemm.check(a.numCols == b.numRows && c.numRows == a.numRows && c.numCols == b.numCols, "mult", a, b, c);
        Scratch s = scratch();
        long mark = watchBefore();
        Gemm.gemm(a.data, a.numCols, 1, b.data, b.numCols, 1, c.data, a.numRows, b.numCols, a.numCols, null, s, split);
        watchAfter(mark);
    }

    @Override
    public void multTransA(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        Gemm.check(a.numRows == b.numRows && c.numRows == a.numCols && c.numCols == b.numCols, "multTransA", a, b, c);
        Scratch s = scratch();
        long mark = watchBefore();
        Gemm.gemm(a.data, 1, a.numCols, b.data, b.numCols, 1, c.data, a.numCols, b.numCols, a.numRows, null, s, split);
        watchAfter(mark);
    }

    @Override
    public void multTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        Gemm.check(a.numCols == b.numCols && c.numRows == a.numRows && c.numCols == b.numRows, "multTransB", a, b, c);
        Scratch s = scratch();
        long mark = watchBefore();
        Gemm.transB(a, b, null, c, s, split);
        watchAfter(mark);
    }

    /** {@code Y = X·Wᵀ + b} with the bias added to each block of rows just computed. */
    @Override
    public void dense(FMatrixRMaj x, FMatrixRMaj w, float[] b, FMatrixRMaj y) {
        Gemm.check(x.numCols == w.numCols && y.numRows == x.numRows && y.numCols == w.numRows, "dense", x, w, y);
        Scratch s = scratch();
        long mark = watchBefore();
        Gemm.transB(x, w, b, y, s, split);
        watchAfter(mark);
    }

    // ---------------------------------------------------------------- element-wise

    @Override
    public void addRowVector(FMatrixRMaj a, float[] v) {
        Pointwise.addRowVector(a, v);
    }

    @Override
    public void sumColumns(FMatrixRMaj a, float[] out) {
        Pointwise.sumColumns(a, out);
    }

    @Override
    public void activate(Elementwise f, float p, FMatrixRMaj x, FMatrixRMaj y) {
        Pointwise.activate(f, p, x, y, scratch());
    }

    @Override
    public void activationBackward(Elementwise f, float p, FMatrixRMaj x, FMatrixRMaj y, FMatrixRMaj dy,
                                   FMatrixRMaj dx) {
        Pointwise.backward(f, p, x, y, dy, dx, scratch());
    }

    // ---------------------------------------------------------------- scratch

    /**
     * The calling thread's scratch: the one used last when it is this thread's (a field read and a
     * comparison), else this thread's own from the {@code ThreadLocal}. A stale or racing read of
     * {@link #last} is harmless: {@link Scratch#owner} is final, and only its owner touches the rest.
     */
    private Scratch scratch() {
        Scratch s = last;
        if (s == null || s.owner != Thread.currentThread()) {
            s = SCRATCH.get();
            last = s;
        }
        return s;
    }

    private long watchBefore() {
        StartupGuard g = guard;
        return g == null ? -1 : g.before();
    }

    private void watchAfter(long mark) {
        if (mark >= 0) {
            guard.after(mark);
        }
    }
}
