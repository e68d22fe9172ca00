package dev.nnplay.engine.export;

import java.util.Arrays;

/**
 * A float32 array as NumPy holds it: a shape and the values in C order (last index fastest).
 *
 * @param shape the size of each dimension; empty for a scalar
 * @param data  the values, as many as the shape's product
 */
public record NpyArray(int[] shape, float[] data) {
    public NpyArray {
        if (size(shape) != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + size(shape)
                    + " values, got " + data.length);
        }
    }

    /** A vector. */
    public static NpyArray of(float[] v) {
        return new NpyArray(new int[] {v.length}, v);
    }

    /** A matrix from its rows (all the same length). */
    public static NpyArray of(float[][] rows) {
        int cols = rows.length == 0 ? 0 : rows[0].length;
        float[] flat = new float[rows.length * cols];
        for (int r = 0; r < rows.length; r++) {
            System.arraycopy(rows[r], 0, flat, r * cols, cols);
        }
        return new NpyArray(new int[] {rows.length, cols}, flat);
    }

    /** The rows of a two-dimensional array. */
    public float[][] rows() {
        if (shape.length != 2) {
            throw new IllegalArgumentException("expected a matrix, the shape is " + Arrays.toString(shape));
        }
        float[][] rows = new float[shape[0]][];
        for (int r = 0; r < shape[0]; r++) {
            rows[r] = Arrays.copyOfRange(data, r * shape[1], (r + 1) * shape[1]);
        }
        return rows;
    }

    /** The number of values a shape holds, or -1 when it passes {@code Integer.MAX_VALUE}. */
    static long size(int[] shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                return -1;
            }
            n *= d;
            if (n > Integer.MAX_VALUE) {
                return -1;
            }
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyArray a && Arrays.equals(shape, a.shape) && Arrays.equals(data, a.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "NpyArray" + Arrays.toString(shape);
    }
}
