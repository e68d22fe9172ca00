package dev.nnplay.engine.kernel.panama;

import static dev.nnplay.engine.kernel.panama.Species.L;
import static dev.nnplay.engine.kernel.panama.Species.PANEL;
import static dev.nnplay.engine.kernel.panama.Species.S;

import jdk.incubator.vector.FloatVector;
import org.ejml.data.FMatrixRMaj;

/**
 * The products: {@code C = op(A)·B (+ bias)} for a row-major {@code B} ({@code k×n}), with A read
 * through two strides so that {@code A} and {@code Aᵀ} need no copy; {@code A·Bᵀ} first transposes B
 * into scratch. Rows are cut into the register tiles of {@link Tiles}, panels of B packed where that
 * pays, and large products split over threads by {@link RowSplit}. Each output element is one chain
 * of fused multiply-adds over {@code p = 0..k−1}, in the vector body and the scalar tail alike, so the
 * result does not depend on the tiling or on which thread computed it.
 */
final class Gemm {

    private Gemm() {
    }

    /** {@code C = A·Bᵀ (+ bias)} with A {@code m×k}, B {@code n×k}. */
    static void transB(FMatrixRMaj a, FMatrixRMaj b, float[] bias, FMatrixRMaj c, Scratch s, RowSplit split) {
        int m = a.numRows;
        int n = b.numRows;
        int k = a.numCols;
        if (n < L && m >= Tuning.NARROW_MIN_ROWS && (long) m * k >= Tuning.NARROW_MIN_MK) {
            narrowTransB(a.data, b.data, c.data, bias, m, n, k, s, split);
            return;
        }
        if (n < L || m == 1) {
            // Too small for vectors, or one row: dot products straight from B's rows, no transpose.
            scalarColumns(a.data, k, 1, b.data, 1, k, c.data, n, k, bias, 0, m, 0);
            return;
        }
        if (packs(m, k)) {
            // Bᵀ's element (p, j) is b[j·k + p]: its panels are packed straight from B, so there is no
            // transpose pass, and a split product packs each panel on the thread that uses it.
            gemm(a.data, k, 1, b.data, 1, k, c.data, m, n, k, bias, s, split);
            return;
        }
        float[] bt = s.transposeBuffer(k * n);
        transpose(b.data, n, k, bt);
        gemm(a.data, k, 1, bt, n, 1, c.data, m, n, k, bias, s, split);
    }

    /** Whether {@code rows} rows of C over a depth of {@code k} are worth packing B's panels for. */
    static boolean packs(int rows, int k) {
        return rows >= Tuning.PACK_MIN_ROWS && k >= Tuning.PACK_MIN_K;
    }

    /**
     * {@code C = A·Bᵀ (+ bias)} for fewer than L columns (a 10-class output layer): Bᵀ padded with zero
     * lanes to one vector, the vector tiles into padded scratch, then the n real columns copied out.
     * Each element is the same FMA chain over p in order as the scalar path's, so the bits are the
     * same; it replaces k-long dependent scalar chains (latency-bound: 1.2 ms for 256×512·(10×512)ᵀ).
     */
    private static void narrowTransB(float[] a, float[] b, float[] c, float[] bias, int m, int n, int k, Scratch s,
                                     RowSplit split) {
        float[] bt = s.transposeBuffer(k * L);
        java.util.Arrays.fill(bt, 0, k * L, 0f);
        for (int j = 0; j < n; j++) {
            for (int p = 0, src = j * k; p < k; p++, src++) {
                bt[p * L + j] = b[src];
            }
        }
        float[] padded = s.narrowBuffer(m * L);
        gemm(a, k, 1, bt, L, 1, padded, m, L, k, null, s, split);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                float v = padded[i * L + j];
                c[i * n + j] = bias == null ? v : v + bias[j];
            }
        }
    }

    /**
     * {@code C = op(A)·B (+ bias)}, {@code C} {@code m×n}, element {@code (i, p)} of {@code op(A)} at
     * {@code a[i·rs + p·ps]} and element {@code (p, j)} of B at {@code b[p·bps + j·bjs]} (row-major B:
     * {@code bps = n, bjs = 1}; B given transposed: {@code bps = 1, bjs = k}): split over threads when
     * that pays, on the calling thread otherwise.
     */
    static void gemm(float[] a, int rs, int ps, float[] b, int bps, int bjs, float[] c, int m, int n, int k,
                     float[] bias, Scratch s, RowSplit split) {
        if (!split.tryRun(a, rs, ps, b, bps, bjs, c, m, n, k, bias, s)) {
            block(a, rs, ps, b, bps, bjs, c, n, k, bias, 0, m, 0, n, s);
        }
    }

    /**
     * Rows {@code [i0, i1)} × columns {@code [j0, j1)} of {@code C = op(A)·B (+ bias)}, {@code j0} on a
     * panel boundary (a multiple of 4L) and {@code j1} too or {@code n}: for each panel of 4L columns,
     * 6-row and then 4-row × 4-vector tiles, then 1-vector tiles, then scalar columns. A panel of B is
     * first copied to contiguous scratch when that pays, and always when B is not row-major (then the
     * 1-vector columns are packed too). The tiles leave the bias out (a vector passed to a helper that
     * C2 does not inline gets boxed, and big tiles hit its inlining cutoff); it is added to the block
     * just written, while it is still in cache, after the sums, as the reference adds it.
     */
    static void block(float[] a, int rs, int ps, float[] b, int bps, int bjs, float[] c, int n, int k, float[] bias,
                      int i0, int i1, int j0, int j1, Scratch s) {
        int nPanels = Math.min(j1, n - n % PANEL);
        int nVectors = Math.min(j1, n - n % L);
        boolean rowMajor = bjs == 1;
        // B's rows are n floats apart; a power-of-two stride maps a panel's rows onto a few cache sets.
        // Copying the panel to contiguous scratch first costs k·4L floats, shared by all row tiles.
        float[] packed = !rowMajor || packs(i1 - i0, k) ? s.packBuffer(k * PANEL) : null;
        for (int j = j0; j < nPanels; j += PANEL) {
            float[] bp = b;
            int bj = j;
            int ldb = bps;
            if (packed != null) {
                pack(b, bps, bjs, j, PANEL, k, packed);
                bp = packed;
                bj = 0;
                ldb = PANEL;
            }
            int i = i0;
            for (; i + 6 <= i1; i += 6) {
                Tiles.tile6x4(a, i * rs, rs, ps, bp, bj, ldb, k, c, i * n + j, n);
            }
            for (; i + 4 <= i1; i += 4) {
                Tiles.tile4x4(a, i * rs, rs, ps, bp, bj, ldb, k, c, i * n + j, n);
            }
            for (; i < i1; i++) {
                Tiles.tile1x4(a, i * rs, ps, bp, bj, ldb, k, c, i * n + j);
            }
        }
        for (int j = Math.max(j0, nPanels); j < nVectors; j += L) {
            float[] bp = b;
            int bj = j;
            int ldb = bps;
            if (!rowMajor) {
                pack(b, bps, bjs, j, L, k, packed);
                bp = packed;
                bj = 0;
                ldb = L;
            }
            int i = i0;
            for (; i + 4 <= i1; i += 4) {
                Tiles.tile4x1(a, i * rs, rs, ps, bp, bj, ldb, k, c, i * n + j, n);
            }
            for (; i < i1; i++) {
                Tiles.tile1x1(a, i * rs, ps, bp, bj, ldb, k, c, i * n + j);
            }
        }
        if (bias != null) {
            addBias(c, n, j0, nVectors, bias, i0, i1);
        }
        if (j1 > nVectors) {
            scalarColumns(a, rs, ps, b, bps, bjs, c, n, k, bias, i0, i1, Math.max(j0, nVectors));
        }
    }

    /** Rows of B copied per block of a transposing pack: one cache line of each of B's rows. */
    private static final int PACK_BLOCK = 16;

    /**
     * Copies columns {@code [j, j + width)} of B ({@code k} rows; element {@code (p, j)} at
     * {@code b[p·bps + j·bjs]}) into {@code packed}, {@code width} floats a row.
     */
    static void pack(float[] b, int bps, int bjs, int j, int width, int k, float[] packed) {
        if (bjs == 1) {
            for (int p = 0, src = j, dst = 0; p < k; p++, src += bps, dst += width) {
                System.arraycopy(b, src, packed, dst, width);
            }
            return;
        }
        // B transposed: each column of B is a row of the array. In blocks of 16 rows of B, so that each
        // column's 16 floats come from one cache line and the block written stays in the L1 cache.
        for (int p0 = 0; p0 < k; p0 += PACK_BLOCK) {
            int p1 = Math.min(k, p0 + PACK_BLOCK);
            for (int jj = 0; jj < width; jj++) {
                int src = (j + jj) * bjs;
                for (int p = p0; p < p1; p++) {
                    packed[p * width + jj] = b[src + p * bps];
                }
            }
        }
    }

    /** {@code C[i][j] += bias[j]} for rows {@code [i0, i1)} and the vector columns {@code [j0, nv)}. */
    static void addBias(float[] c, int n, int j0, int nv, float[] bias, int i0, int i1) {
        for (int i = i0; i < i1; i++) {
            for (int j = j0, off = i * n + j0; j < nv; j += L, off += L) {
                FloatVector.fromArray(S, c, off).add(FloatVector.fromArray(S, bias, j)).intoArray(c, off);
            }
        }
    }

    /**
     * Columns {@code [j0, n)} of rows {@code [i0, i1)}, scalar, with the same fused multiply-add chain
     * as the vector tiles; B's element {@code (p, j)} at {@code b[p·bps + j·bjs]}.
     */
    static void scalarColumns(float[] a, int rs, int ps, float[] b, int bps, int bjs, float[] c,
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
    static void transpose(float[] b, int rows, int cols, float[] t) {
        final int blk = Tuning.TRANSPOSE_BLOCK;
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

    static void check(boolean ok, String op, FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        if (!ok) {
            throw new IllegalArgumentException(op + ": shapes do not fit, " + a.numRows + "×" + a.numCols
                    + ", " + b.numRows + "×" + b.numCols + " → " + c.numRows + "×" + c.numCols);
        }
    }
}
