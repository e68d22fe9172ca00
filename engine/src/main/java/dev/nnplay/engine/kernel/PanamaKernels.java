package dev.nnplay.engine.kernel;

import dev.nnplay.engine.nn.Activation;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;
import org.ejml.data.FMatrixRMaj;

/**
 * The fast kernels, on the Panama Vector API ({@code jdk.incubator.vector}); the only class that
 * imports it, loaded by name from {@link KernelProvider}.
 *
 * <p>Products: one register-blocked kernel computes rows of {@code C = op(A)·B} for a row-major
 * {@code B} ({@code k×n}), with A read through two strides so that {@code A} and {@code Aᵀ} need no
 * copy; {@code A·Bᵀ} first transposes B into per-thread scratch. Each output element is one chain of
 * fused multiply-adds over {@code p = 0..k−1}, in the vector body and the scalar tail alike, so the
 * result does not depend on the tiling or on which thread computed it. Large products split their
 * output rows over {@link KernelProvider#threads()} threads.
 *
 * <p>Element-wise operations run a vector body and finish the last partial vector by copying it into
 * padded scratch, so every element goes through the same lane-wise code. exp, tanh, sigmoid,
 * softplus, sin and cos are our own, built from exactly rounded lane operations step for step as the
 * scalar twin {@link FloatMath}, so their bits do not depend on JIT timing. GELU, which needs erf, is
 * the reference kernels' scalar loop.
 *
 * <p>Vector API traps (see docs/performance.md): the species must be a {@code static final} constant,
 * and the micro-tiles small static methods, or C2 falls back to boxed vectors at ~2.5 GFLOP/s. The
 * constructor times a small product and refuses to start (so the provider falls back) when that
 * slow mode is hit.
 */
public final class PanamaKernels implements Kernels {

    /** The widest vector shape of this CPU; a constant so that C2 can intrinsify every operation. */
    static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    /** Floats per vector. */
    static final int L = S.length();
    /** Columns covered by one 4-vector tile. */
    private static final int PANEL = 4 * L;

    /**
     * Fewest multiply-adds ({@code m·n·k}) for which a product is split over threads, when more than
     * one is allowed: 2²³ (8.4 M), so that the 784-512-512-10 b256 products (≥ 33 M) split and the
     * 784-128-64-10 b64 ones (≤ 6.4 M), which lost with two threads in every measured pair, do not.
     */
    static final long PARALLEL_MIN_FMAS = 1L << 23;
    /** Fewest rows, and rows × k, for which a product with fewer than L columns goes through vectors. */
    private static final int NARROW_MIN_ROWS = 16;
    private static final long NARROW_MIN_MK = 4096;
    /** Fewest output rows per thread in a split product. */
    private static final int PARALLEL_MIN_ROWS = 8;
    /** Below this rate the start-up guard decides the vector code runs in its slow (boxed) mode. */
    private static final double GUARD_MIN_GFLOPS = 3.0;

    private static final Logger LOG = Logger.getLogger(PanamaKernels.class.getName());

    /** How many products were split over threads since start-up; tests read it. */
    private static final AtomicLong SPLITS = new AtomicLong();

    /** Per-thread scratch: the transposed B of {@code A·Bᵀ} and the padded tail of element-wise ops. */
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    /** The pool for split products, made on first need, remade when the thread count changes. */
    private volatile WorkerPool pool;
    /** What the start-up guard measured, for logs. */
    private final double startupGflops;

    /** Kernels on this CPU's preferred vector shape; throws if the vector code runs in its slow mode. */
    public PanamaKernels() {
        startupGflops = StartupGuard.measure(this);
        if (startupGflops < GUARD_MIN_GFLOPS) {
            throw new IllegalStateException(String.format(java.util.Locale.ROOT,
                    "the vector kernels run at %.1f GFLOP/s, below %.1f: the Vector API is not intrinsified "
                            + "on this JVM", startupGflops, GUARD_MIN_GFLOPS));
        }
        LOG.fine(() -> "panama kernels: " + L + " float lanes, start-up product " + startupGflops + " GFLOP/s");
    }

    private PanamaKernels(double startupGflops) {
        this.startupGflops = startupGflops;
    }

    /**
     * Kernels without the start-up guard, whose timing loop would compile the code first: for tests
     * that must see the first, interpreted calls, and for runs under {@code -Xint}.
     */
    static PanamaKernels unguarded() {
        return new PanamaKernels(Double.NaN);
    }

    @Override
    public String name() {
        return "panama";
    }

    /** Floats per vector on this CPU (16 with AVX-512). */
    public static int lanes() {
        return L;
    }

    /** How many products have been split over threads since start-up. */
    static long splitProducts() {
        return SPLITS.get();
    }

    /** The GFLOP/s of the start-up guard's small product. */
    public double startupGflops() {
        return startupGflops;
    }

    // ---------------------------------------------------------------- products

    @Override
    public void mult(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        check(a.numCols == b.numRows && c.numRows == a.numRows && c.numCols == b.numCols, "mult", a, b, c);
        gemm(a.data, a.numCols, 1, b.data, c.data, a.numRows, b.numCols, a.numCols, null);
    }

    @Override
    public void multTransA(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        check(a.numRows == b.numRows && c.numRows == a.numCols && c.numCols == b.numCols, "multTransA", a, b, c);
        gemm(a.data, 1, a.numCols, b.data, c.data, a.numCols, b.numCols, a.numRows, null);
    }

    @Override
    public void multTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        check(a.numCols == b.numCols && c.numRows == a.numRows && c.numCols == b.numRows, "multTransB", a, b, c);
        gemmTransB(a, b, null, c);
    }

    /** {@code Y = X·Wᵀ + b} with the bias added as each output tile is stored. */
    @Override
    public void dense(FMatrixRMaj x, FMatrixRMaj w, float[] b, FMatrixRMaj y) {
        check(x.numCols == w.numCols && y.numRows == x.numRows && y.numCols == w.numRows, "dense", x, w, y);
        gemmTransB(x, w, b, y);
    }

    private void gemmTransB(FMatrixRMaj a, FMatrixRMaj b, float[] bias, FMatrixRMaj c) {
        int m = a.numRows;
        int n = b.numRows;
        int k = a.numCols;
        if (n < L && m >= NARROW_MIN_ROWS && (long) m * k >= NARROW_MIN_MK) {
            narrowTransB(a.data, b.data, c.data, bias, m, n, k);
            return;
        }
        if (n < L || m == 1) {
            // Too small for vectors, or one row: dot products straight from B's rows, no transpose.
            scalarColumns(a.data, k, 1, b.data, 1, k, c.data, n, k, bias, 0, m, 0);
            return;
        }
        float[] bt = SCRATCH.get().transposeBuffer(k * n);
        transpose(b.data, n, k, bt);
        gemm(a.data, k, 1, bt, c.data, m, n, k, bias);
    }

    /**
     * {@code C = A·Bᵀ (+ bias)} for fewer than L columns (a 10-class output layer): Bᵀ padded with zero
     * lanes to one vector, the vector tiles into padded scratch, then the n real columns copied out.
     * Each element is the same FMA chain over p in order as the scalar path's, so the bits are the
     * same; it replaces k-long dependent scalar chains (latency-bound: 1.2 ms for 256×512·(10×512)ᵀ).
     */
    private void narrowTransB(float[] a, float[] b, float[] c, float[] bias, int m, int n, int k) {
        Scratch s = SCRATCH.get();
        float[] bt = s.transposeBuffer(k * L);
        java.util.Arrays.fill(bt, 0, k * L, 0f);
        for (int j = 0; j < n; j++) {
            for (int p = 0, src = j * k; p < k; p++, src++) {
                bt[p * L + j] = b[src];
            }
        }
        float[] padded = s.narrowBuffer(m * L);
        gemm(a, k, 1, bt, padded, m, L, k, null);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float v = padded[i * L + j];
                c[i * n + j] = bias == null ? v : v + bias[j];
            }
        }
    }

    /**
     * {@code C = op(A)·B (+ bias)}, {@code C} {@code m×n}, {@code B} {@code k×n} row-major, and element
     * {@code (i, p)} of {@code op(A)} at {@code a[i·rs + p·ps]}.
     */
    private void gemm(float[] a, int rs, int ps, float[] b, float[] c, int m, int n, int k, float[] bias) {
        int threads = KernelProvider.threads();
        if (threads > 1 && (long) m * n * k >= PARALLEL_MIN_FMAS && m >= 2 * PARALLEL_MIN_ROWS) {
            WorkerPool p = poolFor(Math.min(threads, m / PARALLEL_MIN_ROWS));
            if (p != null) {
                GemmJob j = SCRATCH.get().job;
                j.set(a, rs, ps, b, c, m, n, k, bias);
                boolean ran = p.tryRun(j);
                j.clear();
                if (ran) {
                    SPLITS.incrementAndGet();
                    return;
                }
            }
        }
        gemmRows(a, rs, ps, b, c, n, k, bias, 0, m);
    }

    private WorkerPool poolFor(int parts) {
        if (parts < 2) {
            return null;
        }
        WorkerPool p = pool;
        if (p == null || p.parts() != parts) {
            synchronized (this) {
                p = pool;
                if (p == null || p.parts() != parts) {
                    // The old pool's daemon threads park for good; thread counts rarely change.
                    p = new WorkerPool(parts);
                    pool = p;
                }
            }
        }
        return p;
    }

    /** The arguments of the product being split, reused so that splitting allocates nothing. */
    private static final class GemmJob implements WorkerPool.Job {
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
        public void run(int part, int parts) {
            // Row boundaries on multiples of 4 keep the 4-row tiles whole; the values do not depend on it.
            int from = (int) ((long) m * part / parts) & ~3;
            int to = part == parts - 1 ? m : (int) ((long) m * (part + 1) / parts) & ~3;
            gemmRows(a, rs, ps, b, c, n, k, bias, from, to);
        }
    }

    /**
     * Rows {@code [i0, i1)} of {@code C = op(A)·B (+ bias)}: 6-row and then 4-row × 4-vector tiles,
     * then 1-vector tiles, then scalar columns. The tiles leave the bias out (a vector passed to a helper that C2 does not inline
     * gets boxed, and big tiles hit its inlining cutoff); it is added to the rows just written, while
     * they are still in cache, after the sums, as the reference adds it.
     */
    static void gemmRows(float[] a, int rs, int ps, float[] b, float[] c, int n, int k, float[] bias,
                         int i0, int i1) {
        int nPanels = n - n % PANEL;
        int nVectors = n - n % L;
        // B's rows are n floats apart; a power-of-two stride maps a panel's rows onto a few cache sets.
        // Copying the panel to contiguous scratch first costs k·4L floats, shared by all row tiles.
        float[] packed = i1 - i0 >= 8 && k >= 16 ? SCRATCH.get().packBuffer(k * PANEL) : null;
        for (int j = 0; j < nPanels; j += PANEL) {
            float[] bp = b;
            int bj = j;
            int ldb = n;
            if (packed != null) {
                pack(b, n, j, k, packed);
                bp = packed;
                bj = 0;
                ldb = PANEL;
            }
            int i = i0;
            for (; i + 6 <= i1; i += 6) {
                tile6x4(a, i * rs, rs, ps, bp, bj, ldb, k, c, i * n + j, n);
            }
            for (; i + 4 <= i1; i += 4) {
                tile4x4(a, i * rs, rs, ps, bp, bj, ldb, k, c, i * n + j, n);
            }
            for (; i < i1; i++) {
                tile1x4(a, i * rs, ps, bp, bj, ldb, k, c, i * n + j);
            }
        }
        for (int j = nPanels; j < nVectors; j += L) {
            int i = i0;
            for (; i + 4 <= i1; i += 4) {
                tile4x1(a, i * rs, rs, ps, b, j, n, k, c, i * n + j);
            }
            for (; i < i1; i++) {
                tile1x1(a, i * rs, ps, b, j, n, k, c, i * n + j);
            }
        }
        if (bias != null) {
            addBias(c, n, nVectors, bias, i0, i1);
        }
        if (nVectors < n) {
            scalarColumns(a, rs, ps, b, n, 1, c, n, k, bias, i0, i1, nVectors);
        }
    }

    /** A 6-row × 4-vector tile of C: 24 accumulators, one broadcast of A and four loads of B per step. */
    private static void tile6x4(float[] a, int a0, int rs, int ps, float[] b, int j, int ldb, int k,
                                float[] c, int c0, int n) {
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c02 = c00, c03 = c00;
        FloatVector c10 = c00, c11 = c00, c12 = c00, c13 = c00;
        FloatVector c20 = c00, c21 = c00, c22 = c00, c23 = c00;
        FloatVector c30 = c00, c31 = c00, c32 = c00, c33 = c00;
        FloatVector c40 = c00, c41 = c00, c42 = c00, c43 = c00;
        FloatVector c50 = c00, c51 = c00, c52 = c00, c53 = c00;
        int a1 = a0 + rs;
        int a2 = a1 + rs;
        int a3 = a2 + rs;
        int a4 = a3 + rs;
        int a5 = a4 + rs;
        for (int p = 0, ap = 0, bp = j; p < k; p++, ap += ps, bp += ldb) {
            FloatVector b0 = FloatVector.fromArray(S, b, bp);
            FloatVector b1 = FloatVector.fromArray(S, b, bp + L);
            FloatVector b2 = FloatVector.fromArray(S, b, bp + 2 * L);
            FloatVector b3 = FloatVector.fromArray(S, b, bp + 3 * L);
            FloatVector x = FloatVector.broadcast(S, a[a0 + ap]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            c03 = x.fma(b3, c03);
            x = FloatVector.broadcast(S, a[a1 + ap]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            c13 = x.fma(b3, c13);
            x = FloatVector.broadcast(S, a[a2 + ap]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            c23 = x.fma(b3, c23);
            x = FloatVector.broadcast(S, a[a3 + ap]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
            c33 = x.fma(b3, c33);
            x = FloatVector.broadcast(S, a[a4 + ap]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            c42 = x.fma(b2, c42);
            c43 = x.fma(b3, c43);
            x = FloatVector.broadcast(S, a[a5 + ap]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
            c52 = x.fma(b2, c52);
            c53 = x.fma(b3, c53);
        }
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + L);
        c02.intoArray(c, c0 + 2 * L);
        c03.intoArray(c, c0 + 3 * L);
        c0 += n;
        c10.intoArray(c, c0);
        c11.intoArray(c, c0 + L);
        c12.intoArray(c, c0 + 2 * L);
        c13.intoArray(c, c0 + 3 * L);
        c0 += n;
        c20.intoArray(c, c0);
        c21.intoArray(c, c0 + L);
        c22.intoArray(c, c0 + 2 * L);
        c23.intoArray(c, c0 + 3 * L);
        c0 += n;
        c30.intoArray(c, c0);
        c31.intoArray(c, c0 + L);
        c32.intoArray(c, c0 + 2 * L);
        c33.intoArray(c, c0 + 3 * L);
        c0 += n;
        c40.intoArray(c, c0);
        c41.intoArray(c, c0 + L);
        c42.intoArray(c, c0 + 2 * L);
        c43.intoArray(c, c0 + 3 * L);
        c0 += n;
        c50.intoArray(c, c0);
        c51.intoArray(c, c0 + L);
        c52.intoArray(c, c0 + 2 * L);
        c53.intoArray(c, c0 + 3 * L);
    }

    /** A 4-row × 4-vector tile of C: 16 accumulators, one broadcast of A and four loads of B per step. */
    private static void tile4x4(float[] a, int a0, int rs, int ps, float[] b, int j, int ldb, int k,
                                float[] c, int c0, int n) {
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c02 = c00, c03 = c00;
        FloatVector c10 = c00, c11 = c00, c12 = c00, c13 = c00;
        FloatVector c20 = c00, c21 = c00, c22 = c00, c23 = c00;
        FloatVector c30 = c00, c31 = c00, c32 = c00, c33 = c00;
        int a1 = a0 + rs;
        int a2 = a1 + rs;
        int a3 = a2 + rs;
        for (int p = 0, ap = 0, bp = j; p < k; p++, ap += ps, bp += ldb) {
            FloatVector b0 = FloatVector.fromArray(S, b, bp);
            FloatVector b1 = FloatVector.fromArray(S, b, bp + L);
            FloatVector b2 = FloatVector.fromArray(S, b, bp + 2 * L);
            FloatVector b3 = FloatVector.fromArray(S, b, bp + 3 * L);
            FloatVector x = FloatVector.broadcast(S, a[a0 + ap]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            c02 = x.fma(b2, c02);
            c03 = x.fma(b3, c03);
            x = FloatVector.broadcast(S, a[a1 + ap]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            c12 = x.fma(b2, c12);
            c13 = x.fma(b3, c13);
            x = FloatVector.broadcast(S, a[a2 + ap]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            c22 = x.fma(b2, c22);
            c23 = x.fma(b3, c23);
            x = FloatVector.broadcast(S, a[a3 + ap]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            c32 = x.fma(b2, c32);
            c33 = x.fma(b3, c33);
        }
        c00.intoArray(c, c0);
        c01.intoArray(c, c0 + L);
        c02.intoArray(c, c0 + 2 * L);
        c03.intoArray(c, c0 + 3 * L);
        c0 += n;
        c10.intoArray(c, c0);
        c11.intoArray(c, c0 + L);
        c12.intoArray(c, c0 + 2 * L);
        c13.intoArray(c, c0 + 3 * L);
        c0 += n;
        c20.intoArray(c, c0);
        c21.intoArray(c, c0 + L);
        c22.intoArray(c, c0 + 2 * L);
        c23.intoArray(c, c0 + 3 * L);
        c0 += n;
        c30.intoArray(c, c0);
        c31.intoArray(c, c0 + L);
        c32.intoArray(c, c0 + 2 * L);
        c33.intoArray(c, c0 + 3 * L);
    }

    /** One row × 4 vectors: the rows left below a multiple of 4. */
    private static void tile1x4(float[] a, int a0, int ps, float[] b, int j, int ldb, int k, float[] c, int c0) {
        FloatVector c0v = FloatVector.zero(S), c1v = c0v, c2v = c0v, c3v = c0v;
        for (int p = 0, ap = a0, bp = j; p < k; p++, ap += ps, bp += ldb) {
            FloatVector x = FloatVector.broadcast(S, a[ap]);
            c0v = x.fma(FloatVector.fromArray(S, b, bp), c0v);
            c1v = x.fma(FloatVector.fromArray(S, b, bp + L), c1v);
            c2v = x.fma(FloatVector.fromArray(S, b, bp + 2 * L), c2v);
            c3v = x.fma(FloatVector.fromArray(S, b, bp + 3 * L), c3v);
        }
        c0v.intoArray(c, c0);
        c1v.intoArray(c, c0 + L);
        c2v.intoArray(c, c0 + 2 * L);
        c3v.intoArray(c, c0 + 3 * L);
    }

    /** 4 rows × one vector: the columns left below a multiple of 4 vectors. */
    private static void tile4x1(float[] a, int a0, int rs, int ps, float[] b, int j, int n, int k,
                                float[] c, int c0) {
        FloatVector c0v = FloatVector.zero(S), c1v = c0v, c2v = c0v, c3v = c0v;
        int a1 = a0 + rs;
        int a2 = a1 + rs;
        int a3 = a2 + rs;
        for (int p = 0, ap = 0, bp = j; p < k; p++, ap += ps, bp += n) {
            FloatVector bv = FloatVector.fromArray(S, b, bp);
            c0v = FloatVector.broadcast(S, a[a0 + ap]).fma(bv, c0v);
            c1v = FloatVector.broadcast(S, a[a1 + ap]).fma(bv, c1v);
            c2v = FloatVector.broadcast(S, a[a2 + ap]).fma(bv, c2v);
            c3v = FloatVector.broadcast(S, a[a3 + ap]).fma(bv, c3v);
        }
        c0v.intoArray(c, c0);
        c1v.intoArray(c, c0 + n);
        c2v.intoArray(c, c0 + 2 * n);
        c3v.intoArray(c, c0 + 3 * n);
    }

    /** One row × one vector. */
    private static void tile1x1(float[] a, int a0, int ps, float[] b, int j, int n, int k, float[] c, int c0) {
        FloatVector acc = FloatVector.zero(S);
        for (int p = 0, ap = a0, bp = j; p < k; p++, ap += ps, bp += n) {
            acc = FloatVector.broadcast(S, a[ap]).fma(FloatVector.fromArray(S, b, bp), acc);
        }
        acc.intoArray(c, c0);
    }

    /** Copies columns {@code [j, j + 4L)} of B ({@code k} rows, {@code n} apart) into {@code packed}. */
    private static void pack(float[] b, int n, int j, int k, float[] packed) {
        for (int p = 0, src = j, dst = 0; p < k; p++, src += n, dst += PANEL) {
            System.arraycopy(b, src, packed, dst, PANEL);
        }
    }

    /** {@code C[i][j] += bias[j]} for rows {@code [i0, i1)} and the vector columns {@code [0, nv)}. */
    private static void addBias(float[] c, int n, int nv, float[] bias, int i0, int i1) {
        for (int i = i0; i < i1; i++) {
            for (int j = 0, off = i * n; j < nv; j += L, off += L) {
                FloatVector.fromArray(S, c, off).add(FloatVector.fromArray(S, bias, j)).intoArray(c, off);
            }
        }
    }

    /**
     * Columns {@code [j0, n)} of rows {@code [i0, i1)}, scalar, with the same fused multiply-add chain
     * as the vector tiles; B's element {@code (p, j)} at {@code b[p·bps + j·bjs]}.
     */
    private static void scalarColumns(float[] a, int rs, int ps, float[] b, int bps, int bjs, float[] c,
                                      int n, int k, float[] bias, int i0, int i1, int j0) {
        for (int i = i0; i < i1; i++) {
            int ai = i * rs;
            int ci = i * n;
            for (int j = j0; j < n; j++) {
                float s = 0f;
                for (int p = 0, ap = ai, bp = j * bjs; p < k; p++, ap += ps, bp += bps) {
                    s = Math.fma(a[ap], b[bp], s);
                }
                c[ci + j] = bias == null ? s : s + bias[j];
            }
        }
    }

    /** {@code t = Bᵀ} for B {@code rows×cols}, in blocks that stay in the L1 cache. */
    private static void transpose(float[] b, int rows, int cols, float[] t) {
        final int blk = 32;
        for (int r0 = 0; r0 < rows; r0 += blk) {
            int r1 = Math.min(rows, r0 + blk);
            for (int c0 = 0; c0 < cols; c0 += blk) {
                int c1 = Math.min(cols, c0 + blk);
                for (int r = r0; r < r1; r++) {
                    int src = r * cols;
                    for (int q = c0; q < c1; q++) {
                        t[q * rows + r] = b[src + q];
                    }
                }
            }
        }
    }

    private static void check(boolean ok, String op, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        if (!ok) {
            throw new IllegalArgumentException(op + ": shapes do not fit, " + a.numRows + "×" + a.numCols
                    + ", " + b.numRows + "×" + b.numCols + " → " + c.numRows + "×" + c.numCols);
        }
    }

    // ---------------------------------------------------------------- bias and reductions

    @Override
    public void addRowVector(FMatrixRMaj a, float[] v) {
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

    @Override
    public void sumColumns(FMatrixRMaj a, float[] out) {
        int cols = a.numCols;
        int rows = a.numRows;
        float[] d = a.data;
        int cv = cols - cols % L;
        // Column by column in row order, as the reference: the same sums to the bit.
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

    // ---------------------------------------------------------------- activations

    @Override
    public void activate(Activation f, float p, FMatrixRMaj x, FMatrixRMaj y) {
        if (f == Activation.GELU) {
            ReferenceKernels.INSTANCE.activate(f, p, x, y);
            return;
        }
        float[] in = x.data;
        float[] out = y.data;
        int n = x.getNumElements();
        int nv = n - n % L;
        Scratch s = SCRATCH.get();
        float[] t = s.tail;
        if (nv < n) {
            java.util.Arrays.fill(t, 0f);
            System.arraycopy(in, nv, t, 0, n - nv);
        }
        // One call site for the whole arrays and the padded tail alike: C2 inlines the loops once.
        for (int part = nv < n ? 0 : 1; part < 2; part++) {
            boolean tail = part == 0;
            forward(f, p, tail ? t : in, tail ? t : out, tail ? L : nv, s.exp);
        }
        if (nv < n) {
            System.arraycopy(t, 0, out, nv, n - nv);
        }
    }

    @Override
    public void activationBackward(Activation f, float p, FMatrixRMaj x, FMatrixRMaj y, FMatrixRMaj dy,
                                   FMatrixRMaj dx) {
        if (f == Activation.GELU) {
            ReferenceKernels.INSTANCE.activationBackward(f, p, x, y, dy, dx);
            return;
        }
        int n = x.getNumElements();
        int nv = n - n % L;
        Scratch s = SCRATCH.get();
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
            backward(f, p, tail ? t : x.data, tail ? t : y.data, tail ? t : dy.data, tail ? t : dx.data,
                    tail ? L : 0, tail ? L : nv, s.exp);
        }
        if (nv < n) {
            System.arraycopy(t, 2 * L, dx.data, nv, n - nv);
        }
    }

    // Each function is a few small loops over arrays: a vector handed to or returned from a method
    // that C2 does not inline is boxed on the heap, which is the Vector API's slow mode, and one loop
    // with the whole of tanh or softplus in it passes C2's inlining node budget (NodeCountInliningCutoff)
    // half-way through. So exp goes into per-thread scratch, CHUNK floats at a time, and a second loop
    // finishes the function from it.

    /** Floats per pass of the two-loop functions: small enough that the scratch stays in L1. */
    private static final int CHUNK = 512;

    /** {@code out[i] = f(in[i])} for {@code i < n}, n a multiple of L; every activation but GELU. */
    private static void forward(Activation f, float a, float[] in, float[] out, int n, float[] e) {
        switch (f) {
            case IDENTITY -> System.arraycopy(in, 0, out, 0, n);
            case RELU -> leakyRelu(in, out, n, 0f);
            case LEAKY_RELU -> leakyRelu(in, out, n, a);
            case ELU -> {
                for (int c = 0; c < n; c += CHUNK) {
                    int len = Math.min(CHUNK, n - c);
                    // expm1(−|x|) is expm1(x) wherever ELU uses it (x ≤ 0).
                    expOfAbs(in, c, -1f, e, len, true);
                    eluFromExpm1(in, c, e, out, a, len);
                }
            }
            case SIGMOID -> {
                for (int c = 0; c < n; c += CHUNK) {
                    int len = Math.min(CHUNK, n - c);
                    expOfAbs(in, c, -1f, e, len, false);
                    sigmoidFromExp(in, c, e, out, c, len);
                }
            }
            case TANH -> {
                for (int c = 0; c < n; c += CHUNK) {
                    int len = Math.min(CHUNK, n - c);
                    expOfAbs(in, c, 2f, e, len, false);
                    tanhFromExp(in, c, e, out, len);
                }
            }
            case SOFTPLUS -> {
                for (int c = 0; c < n; c += CHUNK) {
                    int len = Math.min(CHUNK, n - c);
                    expOfAbs(in, c, -1f, e, len, false);
                    softplusFromExp(in, c, e, out, len);
                }
            }
            case SINE -> sine(in, out, n);
            default -> throw new IllegalArgumentException("no vector form for " + f);
        }
    }

    /**
     * {@code r[2·off + i] = g[2·off + i] · f'(x[i], y[off + i])} for {@code i < n}: {@code off} is 0 for
     * whole arrays and L for the padded tail scratch, which holds x, y and g one after the other.
     */
    private static void backward(Activation f, float a, float[] x, float[] y, float[] g, float[] r, int off, int n,
                                 float[] e) {
        int yo = off;
        int go = 2 * off;
        switch (f) {
            case IDENTITY -> System.arraycopy(g, go, r, go, n);
            case RELU -> leakyReluBack(x, g, go, r, n, 0f);
            case LEAKY_RELU -> leakyReluBack(x, g, go, r, n, a);
            case ELU -> {
                for (int c = 0; c < n; c += CHUNK) {
                    int len = Math.min(CHUNK, n - c);
                    // e^{−|x|} is eˣ wherever the derivative uses it (x ≤ 0).
                    expOfAbs(x, c, -1f, e, len, false);
                    eluBackFromExp(x, c, e, g, go + c, r, a, len);
                }
            }
            case SIGMOID -> sigmoidBack(y, yo, g, go, r, n);
            case TANH -> tanhBack(y, yo, g, go, r, n);
            case SOFTPLUS -> {
                for (int c = 0; c < n; c += CHUNK) {
                    int len = Math.min(CHUNK, n - c);
                    expOfAbs(x, c, -1f, e, len, false);
                    sigmoidFromExp(x, c, e, e, 0, len);
                    softplusBackFromSigmoid(x, c, e, g, go + c, r, len);
                }
            }
            case SINE -> sineBack(x, g, go, r, n, e);
            default -> throw new IllegalArgumentException("no vector form for " + f);
        }
    }

    // ---------------------------------------------------------------- exactly rounded vector maths
    //
    // The Vector API's EXP, TANH, SIN, ... lanes round differently before and after C2 compiles them
    // (Java fallback versus SVML), so a training run's bits would depend on JIT timing. These loops
    // use only exactly rounded lane operations, step for step as the scalar twin FloatMath, which
    // documents the methods and constants; FloatMathTest checks both give the same bits.

    /**
     * {@code e[i] = exp(s·|x[xo + i]|)} for {@code i < n}, s = 2 or −1 (exact scalings), or that minus 1
     * when {@code minusOne}: {@link FloatMath#exp}, {@link FloatMath#expm1}.
     */
    private static void expOfAbs(float[] x, int xo, float s, float[] e, int n, boolean minusOne) {
        for (int i = 0; i < n; i += L) {
            FloatVector v = FloatVector.fromArray(S, x, xo + i).abs().mul(s);
            v = v.max(FloatMath.EXP_MIN).min(FloatMath.EXP_MAX);
            FloatVector t = v.fma(FloatMath.LOG2E, FloatMath.SHIFTER);
            IntVector k = ((IntVector) t.reinterpretAsInts()).sub(FloatMath.SHIFTER_BITS);
            FloatVector kf = t.sub(FloatMath.SHIFTER);
            FloatVector r = kf.fma(FloatVector.broadcast(S, -FloatMath.LN2_HI), v);
            r = kf.fma(FloatVector.broadcast(S, -FloatMath.LN2_LO), r);
            FloatVector p = r.fma(FloatMath.E5, FloatMath.E4);
            p = p.fma(r, FloatVector.broadcast(S, FloatMath.E3));
            p = p.fma(r, FloatVector.broadcast(S, FloatMath.E2));
            p = p.fma(r, FloatVector.broadcast(S, FloatMath.E1));
            p = p.fma(r, FloatVector.broadcast(S, FloatMath.E0));
            FloatVector em1 = p.fma(r.mul(r), r);
            IntVector k1 = k.lanewise(VectorOperators.ASHR, 1);
            FloatVector s1 = k1.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            FloatVector s2 = k.sub(k1).add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
            if (minusOne) {
                FloatVector scale = s1.mul(s2);
                scale.fma(em1, scale.sub(1f)).intoArray(e, i);
            } else {
                em1.add(1f).mul(s1).mul(s2).intoArray(e, i);
            }
        }
    }

    /** tanh from {@code e = exp(2|x|)}: {@link FloatMath#tanh}. */
    private static void tanhFromExp(float[] x, int xo, float[] e, float[] out, int n) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int i = 0; i < n; i += L) {
            IntVector bits = (IntVector) FloatVector.fromArray(S, x, xo + i).reinterpretAsInts();
            IntVector sign = bits.lanewise(VectorOperators.AND, 0x80000000);
            FloatVector ax = bits.lanewise(VectorOperators.AND, 0x7fffffff).reinterpretAsFloats();
            FloatVector z = ax.mul(ax);
            FloatVector p = z.fma(FloatMath.T4, FloatMath.T3);
            p = p.fma(z, FloatVector.broadcast(S, FloatMath.T2));
            p = p.fma(z, FloatVector.broadcast(S, FloatMath.T1));
            p = p.fma(z, FloatVector.broadcast(S, FloatMath.T0));
            FloatVector small = p.mul(z).fma(ax, ax);
            FloatVector large = one.sub(FloatVector.broadcast(S, 2f).div(FloatVector.fromArray(S, e, i).add(one)));
            FloatVector y = large.blend(small, ax.compare(VectorOperators.LT, FloatMath.TANH_SMALL));
            ((IntVector) y.reinterpretAsInts()).lanewise(VectorOperators.OR, sign).reinterpretAsFloats()
                    .intoArray(out, xo + i);
        }
    }

    /** sigmoid from {@code e = exp(−|x|)}, into {@code out[oo + i]}: {@link FloatMath#sigmoid}. */
    private static void sigmoidFromExp(float[] x, int xo, float[] e, float[] out, int oo, int n) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int i = 0; i < n; i += L) {
            FloatVector ev = FloatVector.fromArray(S, e, i);
            FloatVector num = one.blend(ev, FloatVector.fromArray(S, x, xo + i).compare(VectorOperators.LT, 0f));
            num.div(one.add(ev)).intoArray(out, oo + i);
        }
    }

    /** softplus from {@code u = exp(−|x|)}: {@link FloatMath#softplus}. */
    private static void softplusFromExp(float[] x, int xo, float[] e, float[] out, int n) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        FloatVector zero = FloatVector.zero(S);
        for (int i = 0; i < n; i += L) {
            FloatVector xv = FloatVector.fromArray(S, x, xo + i);
            FloatVector u = FloatVector.fromArray(S, e, i);
            FloatVector w = one.add(u);
            VectorMask<Float> big = w.compare(VectorOperators.GT, FloatMath.SQRT2);
            FloatVector f = w.sub(one).blend(w.mul(0.5f).sub(one), big);
            FloatVector z = f.mul(f);
            FloatVector g = f.fma(FloatMath.G8, FloatMath.G7);
            g = g.fma(f, FloatVector.broadcast(S, FloatMath.G6));
            g = g.fma(f, FloatVector.broadcast(S, FloatMath.G5));
            g = g.fma(f, FloatVector.broadcast(S, FloatMath.G4));
            g = g.fma(f, FloatVector.broadcast(S, FloatMath.G3));
            g = g.fma(f, FloatVector.broadcast(S, FloatMath.G2));
            g = g.fma(f, FloatVector.broadcast(S, FloatMath.G1));
            g = g.fma(f, FloatVector.broadcast(S, FloatMath.G0));
            FloatVector ex = zero.blend(one, big);
            FloatVector y = ex.fma(FloatVector.broadcast(S, FloatMath.LN2_LO), g.mul(f).mul(z));
            y = z.mul(-0.5f).add(y);
            FloatVector log = ex.fma(FloatVector.broadcast(S, FloatMath.LN2_HI), f.add(y));
            FloatVector log1p = log.add(u.sub(w.sub(one)).div(w));
            zero.blend(xv, xv.compare(VectorOperators.GT, 0f)).add(log1p)
                    .blend(xv, xv.compare(VectorOperators.GT, FloatMath.SOFTPLUS_LINEAR)).intoArray(out, xo + i);
        }
    }

    /** ELU from {@code e = expm1(−|x|)}: {@code a·e} for x ≤ 0, x above. */
    private static void eluFromExpm1(float[] x, int xo, float[] e, float[] out, float a, int n) {
        for (int i = 0; i < n; i += L) {
            FloatVector xv = FloatVector.fromArray(S, x, xo + i);
            FloatVector.fromArray(S, e, i).mul(a).blend(xv, xv.compare(VectorOperators.GT, 0f)).intoArray(out, xo + i);
        }
    }

    /** {@code r = g · (x > 0 ? 1 : a·eˣ)} with {@code e = exp(−|x|)}. */
    private static void eluBackFromExp(float[] x, int xo, float[] e, float[] g, int go, float[] r, float a, int n) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int i = 0; i < n; i += L) {
            FloatVector d = FloatVector.fromArray(S, e, i).mul(a)
                    .blend(one, FloatVector.fromArray(S, x, xo + i).compare(VectorOperators.GT, 0f));
            FloatVector.fromArray(S, g, go + i).mul(d).intoArray(r, go + i);
        }
    }

    /** {@code r = g · (x > 20 ? 1 : sigmoid(x))}, the sigmoid already in {@code sg}. */
    private static void softplusBackFromSigmoid(float[] x, int xo, float[] sg, float[] g, int go, float[] r, int n) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int i = 0; i < n; i += L) {
            FloatVector d = FloatVector.fromArray(S, sg, i)
                    .blend(one, FloatVector.fromArray(S, x, xo + i).compare(VectorOperators.GT, FloatMath.SOFTPLUS_LINEAR));
            FloatVector.fromArray(S, g, go + i).mul(d).intoArray(r, go + i);
        }
    }

    private static void sine(float[] in, float[] out, int n) {
        trig(in, 0, out, 0, n, 0);
    }

    /** {@code r = g · cos x}, the cosine CHUNK floats at a time into scratch. */
    private static void sineBack(float[] x, float[] g, int go, float[] r, int n, float[] e) {
        for (int c = 0; c < n; c += CHUNK) {
            int len = Math.min(CHUNK, n - c);
            trig(x, c, e, 0, len, 1);
            for (int i = 0; i < len; i += L) {
                FloatVector.fromArray(S, g, go + c + i).mul(FloatVector.fromArray(S, e, i)).intoArray(r, go + c + i);
            }
        }
    }

    /**
     * {@code out[oo + i] = sin(x[xo + i] + q·π/2)}, q = 0 (sin) or 1 (cos): {@link FloatMath#trig}; the
     * rare lanes beyond the float reduction's range go through the scalar twin.
     */
    private static void trig(float[] x, int xo, float[] out, int oo, int n, int q) {
        for (int i = 0; i < n; i += L) {
            FloatVector xv = FloatVector.fromArray(S, x, xo + i);
            FloatVector t = xv.fma(FloatMath.TWO_OVER_PI, FloatMath.SHIFTER);
            IntVector k = ((IntVector) t.reinterpretAsInts()).sub(FloatMath.SHIFTER_BITS - q);
            FloatVector kf = t.sub(FloatMath.SHIFTER);
            FloatVector r = kf.fma(FloatVector.broadcast(S, -FloatMath.PIO2_1), xv);
            r = kf.fma(FloatVector.broadcast(S, -FloatMath.PIO2_2), r);
            r = kf.fma(FloatVector.broadcast(S, -FloatMath.PIO2_3), r);
            FloatVector z = r.mul(r);
            FloatVector s = z.fma(FloatMath.S2, FloatMath.S1);
            s = s.fma(z, FloatVector.broadcast(S, FloatMath.S0));
            s = s.mul(z).fma(r, r);
            FloatVector c = z.fma(FloatMath.C2, FloatMath.C1);
            c = c.fma(z, FloatVector.broadcast(S, FloatMath.C0));
            c = c.mul(z).fma(z, z.fma(-0.5f, 1f));
            // Odd k picks the cosine, k & 2 flips the sign: all in the bits, no mask conversion.
            IntVector odd = k.lanewise(VectorOperators.LSHL, 31).lanewise(VectorOperators.ASHR, 31);
            IntVector y = ((IntVector) s.reinterpretAsInts()).lanewise(VectorOperators.AND_NOT, odd)
                    .lanewise(VectorOperators.OR, ((IntVector) c.reinterpretAsInts()).lanewise(VectorOperators.AND, odd))
                    .lanewise(VectorOperators.XOR, k.lanewise(VectorOperators.AND, 2).lanewise(VectorOperators.LSHL, 30));
            VectorMask<Float> far = xv.abs().compare(VectorOperators.LE, FloatMath.TRIG_MAX).not();
            if (far.anyTrue()) {
                for (int l = 0; l < L; l++) {
                    float v = x[xo + i + l];
                    out[oo + i + l] = far.laneIsSet(l) ? FloatMath.trig(v, q) : Float.intBitsToFloat(y.lane(l));
                }
            } else {
                y.reinterpretAsFloats().intoArray(out, oo + i);
            }
        }
    }

    /** ReLU for slope 0 (the {@code 0·x} is then 0, as the reference's). */
    private static void leakyRelu(float[] in, float[] out, int n, float a) {
        FloatVector zero = FloatVector.zero(S);
        for (int i = 0; i < n; i += L) {
            FloatVector x = FloatVector.fromArray(S, in, i);
            (a == 0f ? zero : x.mul(a)).blend(x, x.compare(VectorOperators.GT, 0f)).intoArray(out, i);
        }
    }

    private static void leakyReluBack(float[] x, float[] g, int go, float[] r, int n, float a) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        FloatVector slope = FloatVector.broadcast(S, a);
        for (int i = 0; i < n; i += L) {
            FloatVector d = slope.blend(one, FloatVector.fromArray(S, x, i).compare(VectorOperators.GT, 0f));
            FloatVector.fromArray(S, g, go + i).mul(d).intoArray(r, go + i);
        }
    }

    /** {@code y(1 − y)}. */
    private static void sigmoidBack(float[] y, int yo, float[] g, int go, float[] r, int n) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int i = 0; i < n; i += L) {
            FloatVector yv = FloatVector.fromArray(S, y, yo + i);
            FloatVector.fromArray(S, g, go + i).mul(yv.mul(one.sub(yv))).intoArray(r, go + i);
        }
    }

    /** {@code 1 − y²}. */
    private static void tanhBack(float[] y, int yo, float[] g, int go, float[] r, int n) {
        FloatVector one = FloatVector.broadcast(S, 1f);
        for (int i = 0; i < n; i += L) {
            FloatVector yv = FloatVector.fromArray(S, y, yo + i);
            FloatVector.fromArray(S, g, go + i).mul(one.sub(yv.mul(yv))).intoArray(r, go + i);
        }
    }

    /** Per-thread buffers, grown on demand and then reused. */
    private static final class Scratch {
        /** Padded copies of an element-wise operation's last partial vector: x, y, dy. */
        final float[] tail = new float[3 * L];
        /** exp (or cos) of one chunk of an element-wise operation's input. */
        final float[] exp = new float[CHUNK];
        /** This thread's product to split, reused so that splitting allocates nothing. */
        final GemmJob job = new GemmJob();
        /** {@code Bᵀ} for {@code A·Bᵀ}. */
        private float[] transposed = new float[0];

        /** One panel of B, {@code k × 4L}, contiguous. */
        private float[] packed = new float[0];

        float[] packBuffer(int size) {
            if (packed.length < size) {
                packed = new float[size];
            }
            return packed;
        }

        /** The padded product of a narrow {@code A·Bᵀ}, {@code m × L}. */
        private float[] narrow = new float[0];

        float[] narrowBuffer(int size) {
            if (narrow.length < size) {
                narrow = new float[size];
            }
            return narrow;
        }

        float[] transposeBuffer(int size) {
            if (transposed.length < size) {
                transposed = new float[size];
            }
            return transposed;
        }
    }
}
