package dev.nnplay.engine.kernel.panama;

import static dev.nnplay.engine.kernel.panama.Species.L;

/**
 * One thread's buffers, grown on demand and then reused, so that a warmed step allocates nothing.
 * Each belongs to one thread ({@link #owner}): a kernel worker owns its own, and a caller's is found
 * by {@link PanamaKernels} without a lookup per call.
 */
final class Scratch {
    /** The thread that uses these buffers; no other thread touches them. */
    final Thread owner;
    /** Padded copies of an element-wise operation's last partial vector: x, y, dy. */
    final float[] tail = new float[3 * L];
    /** exp (or cos) of one chunk of an element-wise operation's input. */
    final float[] exp = new float[Tuning.CHUNK];
    /** This thread's product to split, reused so that splitting allocates nothing. */
    final RowSplit.GemmJob job = new RowSplit.GemmJob();
    /** {@code Bᵀ} for {@code A·Bᵀ}. */
    private float[] transposed = new float[0];
    /** One panel of B, {@code k × 4L}, contiguous. */
    private float[] packed = new float[0];
    /** The padded product of a narrow {@code A·Bᵀ}, {@code m × L}. */
    private float[] narrow = new float[0];

    /** Buffers for the calling thread. */
    Scratch() {
        this.owner = Thread.currentThread();
    }

    float[] packBuffer(int size) {
        if (packed.length < size) {
            packed = new float[size];
        }
        return packed;
    }

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
