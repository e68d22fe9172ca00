package dev.nnplay.engine.kernel.panama;

/**
 * Every tuning threshold of the Panama kernels in one place: block sizes, and the sizes from which
 * threads, vectors or packing start to pay. None of them changes a result's bits (each output
 * element is one fused multiply-add chain in order whatever path computes it); they only move time.
 * The figures behind them are in docs/performance.md.
 */
final class Tuning {

    private Tuning() {
    }

    // ---------------------------------------------------------------- the split over threads

    /**
     * Fewest multiply-adds ({@code m·n·k}) for which a product is split over threads, when more than
     * one is allowed: 2²³ (8.4 M), so that the 784-512-512-10 b256 products (≥ 33 M) split and the
     * 784-128-64-10 b64 ones (≤ 6.4 M), which lost with two threads in every measured pair, do not.
     */
    static final long PARALLEL_MIN_FMAS = 1L << 23;
    /** Fewest output rows per thread in a product split by rows. */
    static final int PARALLEL_MIN_ROWS = 8;
    /**
     * Fewest panels (4 vectors of columns) per thread in a product split by columns; a product with
     * fewer panels than twice this is split by rows.
     */
    static final int PARALLEL_MIN_PANELS = 2;
    /** Chunks per thread in a product split by rows: each chunk packs every panel of B it uses. */
    static final int ROW_CHUNKS_PER_PART = 4;
    /** How long an idle worker spins for the next job before it parks, in nanoseconds. */
    static final long SPIN_NANOS = 200_000;
    /** Spins an idle worker always makes before it looks at the clock. */
    static final int SPIN_MIN = 1024;

    // ---------------------------------------------------------------- products

    /** Fewest rows for which a product with fewer columns than a vector goes through vectors. */
    static final int NARROW_MIN_ROWS = 16;
    /** Fewest rows × k for which a product with fewer columns than a vector goes through vectors. */
    static final long NARROW_MIN_MK = 4096;
    /** Fewest rows of C (in one thread's part) for which a panel of B is packed first. */
    static final int PACK_MIN_ROWS = 8;
    /** Smallest k for which a panel of B is packed first. */
    static final int PACK_MIN_K = 16;
    /** Side of the square blocks of the transpose of {@code A·Bᵀ}'s B, small enough for the L1 cache. */
    static final int TRANSPOSE_BLOCK = 32;

    // ---------------------------------------------------------------- element-wise

    /** Floats per pass of the two-loop element-wise functions: small enough that the scratch stays in L1. */
    static final int CHUNK = 512;

    // ---------------------------------------------------------------- the slow-mode watch

    /** Products before the first allocation probe: far past C2's compile thresholds (~10⁴ calls). */
    static final int PROBE_FIRST_CALL = 1 << 15;
    /** Products measured per probe: more than the products of one training step. */
    static final int PROBE_WINDOW = 16;
    /** Probes in a row whose every product allocated that confirm the slow mode. */
    static final int PROBE_STRIKES = 3;
}
