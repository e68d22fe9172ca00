package dev.nnplay.engine.kernel.panama;

import dev.nnplay.engine.kernel.KernelProvider;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The split of large products over threads: a fixed partition of the output into up to
 * {@link KernelProvider#threads()} parts, run by one {@link WorkerPool}. Wide products are cut into
 * column ranges of whole panels (4 vectors), so that each thread packs only the panels of B it uses
 * and none is packed twice; narrower ones into row ranges. Every output element is summed
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
    boolean tryRun(float[] a, int rs, int ps, float[] b, int bps, int bjs, float[] c, int m, int n, int k,
                   float[] bias, Scratch s) {
        int threads = KernelProvider.threads();
        if (threads < 2 || (long) m * n * k < Tuning.PARALLEL_MIN_FMAS) {
            return false;
        }
        int most = Math.min(threads, WorkerPool.MAX_PARTS);
        int byRows = Math.min(most, m / Tuning.PARALLEL_MIN_ROWS);
        int byPanels = Math.min(most, n / Species.PANEL / Tuning.PARALLEL_MIN_PANELS);
        // by columns when that makes as many parts as by rows (and the parts pack their panels)
        boolean byColumns = byPanels >= 2 && byPanels >= byRows && Gemm.packs(m, k);
        int parts = byColumns ? byPanels : byRows;
        if (parts < 2) {
            return false;
        }
        GemmJob j = s.job;
        j.set(a, rs, ps, b, bps, bjs, c, m, n, k, bias, byColumns);
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
        private int bps;
        private int bjs;
        private int m;
        private int n;
        private int k;
        private boolean byColumns;

        void set(float[] a, int rs, int ps, float[] b, int bps, int bjs, float[] c, int m, int n, int k,
                 float[] bias, boolean byColumns) {
            this.a = a;
            this.rs = rs;
            this.ps = ps;
            this.b = b;
            this.bps = bps;
            this.bjs = bjs;
            this.c = c;
            this.m = m;
            this.n = n;
            this.k = k;
            this.bias = bias;
            this.byColumns = byColumns;
        }

        void clear() {
            a = b = c = bias = null;
        }

        @Override
        public void run(int part, int parts, Scratch scratch) {
            if (byColumns) {
                // Whole panels to each part, the last also takes the columns after the last panel.
                int panels = n / Species.PANEL;
                int from = panels * part / parts * Species.PANEL;
                int to = part == parts - 1 ? n : panels * (part + 1) / parts * Species.PANEL;
                Gemm.block(a, rs, ps, b, bps, bjs, c, n, k, bias, 0, m, from, to, scratch);
                return;
            }
            // Row boundaries on multiples of 4 keep the 4-row tiles whole; the values do not depend on it.
            int from = (int) ((long) m * part / parts) & ~3;
            int to = part == parts - 1 ? m : (int) ((long) m * (part + 1) / parts) & ~3;
            Gemm.block(a, rs, ps, b, bps, bjs, c, n, k, bias, from, to, 0, n, scratch);
        }
    }
}
