package dev.nnplay.engine.kernel.panama;

import static dev.nnplay.engine.kernel.panama.Species.L;
import static dev.nnplay.engine.kernel.panama.Species.S;

import jdk.incubator.vector.FloatVector;

/**
 * The register-blocked micro-tiles of the products: each computes a small block of
 * {@code C = op(A)·B} in vector registers, element {@code (i, p)} of {@code op(A)} at
 * {@code a[a0 + (i − i0)·rs + p·ps]} and row p of B at {@code b[j + p·ldb]}. Each output element is one
 * chain of fused multiply-adds over {@code p = 0..k−1}, in order, whichever tile computes it.
 *
 * <p>Each tile is its own small static method: a big tile kernel whose first compiled call is a large
 * matrix, or a vector passed to a helper C2 does not inline, falls into the Vector API's slow (boxed)
 * mode. This file is long because the tiles are written out register by register; it holds nothing
 * else.
 */
final class Tiles {

    private Tiles() {
    }

    /** A 6-row × 4-vector tile of C: 24 accumulators, one broadcast of A and four loads of B per step. */
    static void tile6x4(float[] a, int a0, int rs, int ps, float[] b, int j, int ldb, int k,
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
    static void tile4x4(float[] a, int a0, int rs, int ps, float[] b, int j, int ldb, int k,
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
    static void tile1x4(float[] a, int a0, int ps, float[] b, int j, int ldb, int k, float[] c, int c0) {
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
    static void tile4x1(float[] a, int a0, int rs, int ps, float[] b, int j, int ldb, int k,
                                float[] c, int c0, int n) {
        FloatVector c0v = FloatVector.zero(S), c1v = c0v, c2v = c0v, c3v = c0v;
        int a1 = a0 + rs;
        int a2 = a1 + rs;
        int a3 = a2 + rs;
        for (int p = 0, ap = 0, bp = j; p < k; p++, ap += ps, bp += ldb) {
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
    static void tile1x1(float[] a, int a0, int ps, float[] b, int j, int ldb, int k, float[] c, int c0) {
        FloatVector acc = FloatVector.zero(S);
        for (int p = 0, ap = a0, bp = j; p < k; p++, ap += ps, bp += ldb) {
            acc = FloatVector.broadcast(S, a[ap]).fma(FloatVector.fromArray(S, b, bp), acc);
        }
        acc.intoArray(c, c0);
    }
}
