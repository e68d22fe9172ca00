package dev.nnplay.engine.kernel.panama;

import dev.nnplay.engine.kernel.KernelProvider;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The split of large products over threads: a fixed partition of the output rows into up to
 * {@link KernelProvider#threads()} parts, run by one {@link WorkerPool}. Every output element is summed
 * in the same order whatever the part count, so results are the same bits with one thread or many.
 * Small products, where the hand-off would cost more than it saves ({@link Tuning}), stay on the
 * calling thread.
 */
final class RowSplit implements AutoCloseable {

    /** How many products were split over threads since start-up, in every instance; tests read it. */
    private static final AtomicLong SPLITS = new AtomicLong();

    /** The one pool of these kernels, never replaced; its workers start on first need. */
    private final WorkerPool pool = new WorkerPool();

    /**
     * Computes {@code C = op(A)·B (+ bias)} split over threads and returns true, or returns false
     * (having done nothing) when the product is too small, one thread is allowed, or the pool is busy
     * or closed: the caller then computes it itself.
     */
    boolean tryRun(float[] a, int rs, int ps, float[] b, float[] c, int m, int n, int k, float[] bias, Scratch s) {
        int threads = KernelProvider.threads();
        if (threads < 2 || (long) m * n * k < Tuning.PARALLEL_MIN_FMAS || m < 2 * Tuning.PARALLEL_MIN_ROWS) {
            return false;
        }
        int parts = Math.min(Math.min(threads, WorkerPool.MAX_PARTS), m / Tuning.PARALLEL_MIN_ROWS);
        GemmJob j = s.job;
        j.set(a, rs, ps, b, c, m, n, k, bias);
        boolean ran;
        try {
            ran = pool.tryRun(j, parts, s);
        } finally {
            j.clear();
        }
        if (ran) {
            SPLITS.incrementAndGet();
        }
        return ran;
    }

    /** How many products have been split over threads since start-up. */
    static long splitProducts() {
        return SPLITS.get();
    }

    /** The pool, for tests that count its threads. */
    WorkerPool pool() {
        return pool;
    }

    /** Stops every worker thread; later products run on the calling thread. */
    @Override
    public void close() {
        pool.close();
    }

    /** The arguments of the product being split, reused so that splitting allocates nothing. */
    static final class GemmJob implements WorkerPool.Job {
        private float[] a;
        private float[] b;
        private float[] c;
        private float[] bias;
        private int rs;
        private int ps;
        private int m;
        private int n;
        private int k;

        void set(float[] a, int rs, int ps, float[] b, float[] c, int m, int n, int k, float[] bias) {
            this.a = a;
            this.rs = rs;
            this.ps = ps;
            this.b = b;
            this.c = c;
            this.m = m;
            this.n = n;
            this.k = k;
            this.bias = bias;
        }

        void clear() {
            a = b = c = bias = null;
        }

        @Override
        public void run(int part, int parts, Scratch scratch) {
            // Row boundaries on multiples of 4 keep the 4-row tiles whole; the values do not depend on it.
            int from = (int) ((long) m * part / parts) & ~3;
            int to = part == parts - 1 ? m : (int) ((long) m * (part + 1) / parts) & ~3;
            Gemm.rows(a, rs, ps, b, c, n, k, bias, from, to, scratch);
        }
    }
}
