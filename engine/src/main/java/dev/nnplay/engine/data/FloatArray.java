package dev.nnplay.engine.data;

import java.util.Arrays;

/**
 * A growable list of floats, for data whose length is known only at the end (a streamed CSV file,
 * points being drawn). Grows by half again, so the peak is about twice the final size. Not
 * thread-safe.
 */
final class FloatArray {
    /** The values in {@code [0, size)}; the rest is spare room. */
    private float[] data;
    /** How many values are held. */
    private int size;

    FloatArray(int capacity) {
        data = new float[Math.max(capacity, 16)];
    }

    int size() {
        return size;
    }

    float get(int i) {
        return data[i];
    }

    void add(float v) {
        ensure(size + 1);
        data[size++] = v;
    }

    /** Appends {@code values[0, count)}. */
    void add(float[] values, int count) {
        ensure(size + count);
        System.arraycopy(values, 0, data, size, count);
        size += count;
    }

    /** Removes {@code count} values from {@code from}, keeping the order of the rest. */
    void remove(int from, int count) {
        System.arraycopy(data, from + count, data, from, size - from - count);
        size -= count;
    }

    void clear() {
        size = 0;
    }

    /** The values, copied into an array of exactly {@link #size()}. */
    float[] toArray() {
        return Arrays.copyOf(data, size);
    }

    private void ensure(int needed) {
        if (needed > data.length) {
            long grown = Math.max(needed, data.length + (data.length >> 1));
            data = Arrays.copyOf(data, (int) Math.min(grown, Integer.MAX_VALUE - 8));
        }
    }
}
