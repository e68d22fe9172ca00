package dev.nnplay.engine.kernel;

import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * The reference kernels: EJML's products and plain loops. Simple enough to read as the definition of
 * each operation; every faster implementation is tested against this one.
 */
public final class ReferenceKernels implements Kernels {

    /** The one instance; the class has no state. */
    public static final ReferenceKernels INSTANCE = new ReferenceKernels();

    private ReferenceKernels() {
    }

    @Override
    public String name() {
        return "reference";
    }

    @Override
    public void mult(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        CommonOps_FDRM.mult(a, b, c);
    }

    @Override
    public void multTransA(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        CommonOps_FDRM.multTransA(a, b, c);
    }

    @Override
    public void multTransB(FMatrixRMaj a, FMatrixRMaj b, FMatrixRMaj c) {
        CommonOps_FDRM.multTransB(a, b, c);
    }

    @Override
    public void addRowVector(FMatrixRMaj a, float[] v) {
        int cols = a.numCols;
        float[] d = a.data;
        for (int i = 0, rows = a.numRows; i < rows; i++) {
            int base = i * cols;
            for (int j = 0; j < cols; j++) {
                d[base + j] += v[j];
            }
        }
    }

    @Override
    public void sumColumns(FMatrixRMaj a, float[] out) {
        int cols = a.numCols;
        float[] d = a.data;
        java.util.Arrays.fill(out, 0, cols, 0f);
        for (int i = 0, rows = a.numRows; i < rows; i++) {
            int base = i * cols;
            for (int j = 0; j < cols; j++) {
                out[j] += d[base + j];
            }
        }
    }

    @Override
    public void activate(Elementwise f, float p, FMatrixRMaj x, FMatrixRMaj y) {
        float[] in = x.data;
        float[] out = y.data;
        for (int i = 0, n = x.getNumElements(); i < n; i++) {
            out[i] = f.apply(in[i], p);
        }
    }

    @Override
    public void activationBackward(Elementwise f, float p, FMatrixRMaj x, FMatrixRMaj y, FMatrixRMaj dy,
                                   FMatrixRMaj dx) {
        float[] in = x.data;
        float[] out = y.data;
        float[] g = dy.data;
        float[] r = dx.data;
        for (int i = 0, n = x.getNumElements(); i < n; i++) {
            r[i] = g[i] * f.derivative(in[i], out[i], p);
        }
    }
}
