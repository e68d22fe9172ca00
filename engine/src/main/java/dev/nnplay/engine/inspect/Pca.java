package dev.nnplay.engine.inspect;

import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_FDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F32;

/**
 * The two principal directions of a cloud of points: the eigenvectors of its covariance with the
 * largest eigenvalues (EJML's symmetric eigen-decomposition).
 *
 * @param mean       the cloud's mean, one entry per dimension
 * @param directions two unit vectors, the first of the largest variance
 * @param variances  the variance along each direction (its eigenvalue)
 * @param total      the total variance (the covariance's trace)
 */
public record Pca(float[] mean, float[][] directions, double[] variances, double total) {

    /**
     * The principal directions of the rows of {@code a} ({@code n × d}, {@code d ≥ 2}). Each direction's
     * sign is chosen to agree with {@code previous} (the last frame's, so an animation does not flip),
     * or, without one, so that its largest entry is positive.
     */
    public static Pca of(FMatrixRMaj a, float[][] previous) {
        int n = a.numRows;
        int d = a.numCols;
        if (d < 2 || n == 0) {
            throw new IllegalArgumentException("principal directions need 2 or more columns and a row, got "
                    + n + " × " + d);
        }
        double[] mean = new double[d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += a.data[i * d + j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        double[] cov = new double[d * d];
        for (int i = 0; i < n; i++) {
            for (int p = 0; p < d; p++) {
                double u = a.data[i * d + p] - mean[p];
                for (int q = p; q < d; q++) {
                    cov[p * d + q] += u * (a.data[i * d + q] - mean[q]);
                }
            }
        }
        FMatrixRMaj c = new FMatrixRMaj(d, d);
        double trace = 0;
        for (int p = 0; p < d; p++) {
            for (int q = p; q < d; q++) {
                float v = (float) (cov[p * d + q] / n);
                c.data[p * d + q] = v;
                c.data[q * d + p] = v;
            }
            trace += cov[p * d + p] / n;
        }
        EigenDecomposition_F32<FMatrixRMaj> eig = DecompositionFactory_FDRM.eig(d, true, true);
        if (!eig.decompose(c)) {
            throw new IllegalStateException("the covariance could not be decomposed");
        }
        int first = -1;
        int second = -1;
        for (int i = 0; i < d; i++) {
            float v = eig.getEigenvalue(i).real;
            if (first < 0 || v > eig.getEigenvalue(first).real) {
                second = first;
                first = i;
            } else if (second < 0 || v > eig.getEigenvalue(second).real) {
                second = i;
            }
        }
        float[][] dirs = {unit(eig.getEigenVector(first)), unit(eig.getEigenVector(second))};
        for (int k = 0; k < 2; k++) {
            orient(dirs[k], previous != null && previous.length == 2 && previous[k].length == d ? previous[k] : null);
        }
        float[] m = new float[d];
        for (int j = 0; j < d; j++) {
            m[j] = (float) mean[j];
        }
        double[] vars = {eig.getEigenvalue(first).real, eig.getEigenvalue(second).real};
        return new Pca(m, dirs, vars, trace);
    }

    /** The coordinate of row {@code i} of {@code a} along direction {@code k}: {@code (aᵢ − mean)·dₖ}. */
    public float project(FMatrixRMaj a, int i, int k) {
        int d = a.numCols;
        double s = 0;
        for (int j = 0; j < d; j++) {
            s += (a.data[i * d + j] - mean[j]) * (double) directions[k][j];
        }
        return (float) s;
    }

    /** The share of the total variance the two directions explain. */
    public double explained() {
        return total > 0 ? (variances[0] + variances[1]) / total : 0;
    }

    private static float[] unit(FMatrixRMaj v) {
        float[] u = new float[v.getNumElements()];
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            u[i] = v.data[i];
            s += (double) u[i] * u[i];
        }
        float inv = (float) (1 / Math.sqrt(s));
        for (int i = 0; i < u.length; i++) {
            u[i] *= inv;
        }
        return u;
    }

    private static void orient(float[] v, float[] previous) {
        double s = 0;
        if (previous != null) {
            for (int i = 0; i < v.length; i++) {
                s += (double) v[i] * previous[i];
            }
        } else {
            int big = 0;
            for (int i = 1; i < v.length; i++) {
                if (Math.abs(v[i]) > Math.abs(v[big])) {
                    big = i;
                }
            }
            s = v[big];
        }
        if (s < 0) {
            for (int i = 0; i < v.length; i++) {
                v[i] = -v[i];
            }
        }
    }
}
