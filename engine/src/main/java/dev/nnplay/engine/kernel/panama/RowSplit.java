package dev.nnplay.engine.kernel.panama;

import dev.nnplay.engine.kernel.KernelProvider;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The split of large products over threads: a fixed partition of the output into up to
 * {@link KernelProvider#threads()} parts, run by one {@link WorkerPool}. Wide products are cut into
 * column ranges of whole panels (4 vectors), so that each thread packs only the panels of B it uses
 * and none is packed twice; narrower ones into row ranges. The ranges are chunks that the threads
 * take from a shared counter, one at a time, so that a thread the scheduler keeps off its core
 * holds up only the chunk it took, not a fixed half of the product; which thread computes a chunk
 * never changes its bits. Every output element is summed
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
        j.set(a, rs, ps, b, bps, bjs, c, m, n, k, bias, byColumns, parts);
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
        /** Chunks of the product, and the next one to take. */
        private int chunks;
        private final AtomicInteger next = new AtomicInteger();

        void set(float[] a, int rs, int ps, float[] b, int bps, int bjs, float[] c, int m, int n, int k,
                 float[] bias, boolean byColumns, int parts) {
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
            // a panel a chunk; by rows a few chunks a thread (each packs the panels of B again)
            this.chunks = byColumns ? n / Species.PANEL
                    : Math.min(m / Tuning.PARALLEL_MIN_ROWS, parts * Tuning.ROW_CHUNKS_PER_PART);
            next.set(0); // before the pool posts the job, which publishes it to the workers
        }

        void clear() {
            a = b = c = bias = null;
        }

        @Override
        public void run(int part, int parts, Scratch scratch) {
            for (int chunk; (chunk = next.getAndIncrement()) < chunks; ) {
                compute(chunk, scratch);
            }
        }

        private void compute(int chunk, Scratch scratch) {
            int last = chunks - 1;
            if (byColumns) {
                // One panel, the last chunk also the columns after the last panel.
                int from = chunk * Species.PANEL;
                int to = chunk == last ? n : from + Species.PANEL;
                Gemm.block(a, rs, ps, b, bps, bjs, c, n, k, bias, 0, m, from, to, scratch);
                return;
            }
            // Row boundaries on multiples of 4 keep the 4-row tiles whole; the values do not depend on it.
            int from = (int) ((long) m * chunk / chunks) & ~3;
            int to = chunk == last ? m : (int) ((long) m * (chunk + 1) / chunks) & ~3;
            Gemm.block(a, rs, ps, b, bps, bjs, c, n, k, bias, from, to, 0, n, scratch);
        }
    }
}
