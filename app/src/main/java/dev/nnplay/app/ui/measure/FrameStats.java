package dev.nnplay.app.ui.measure;

import java.util.Arrays;

/**
 * Frame timings: the interval between two frames and the FX-thread work each frame did, kept in
 * rings of the last {@link #CAPACITY} frames, with percentiles for the performance report.
 */
public final class FrameStats {
    static final int CAPACITY = 4096;

    private final long[] intervals = new long[CAPACITY];
    private final long[] work = new long[CAPACITY];
    private int count;
    private long lastFrame;
    /** Whether {@link #lastFrame} holds a frame yet. */
    private boolean started;

    /** Records a frame that started at {@code start} and did {@code workNanos} of work. */
    public void record(long start, long workNanos) {
        if (started) {
            intervals[count % CAPACITY] = start - lastFrame;
            work[count % CAPACITY] = workNanos;
            count++;
        }
        lastFrame = start;
        started = true;
    }

    /** Forgets everything recorded. */
    public void clear() {
        count = 0;
        started = false;
    }

    /** Frames recorded (at most {@link #CAPACITY} are kept). */
    public int count() {
        return count;
    }

    /** The {@code p}-th percentile of the frame intervals in milliseconds. */
    public double intervalMillis(double p) {
        return percentile(intervals, p);
    }

    /** The {@code p}-th percentile of the FX-thread work per frame in milliseconds. */
    public double workMillis(double p) {
        return percentile(work, p);
    }

    private double percentile(long[] ring, double p) {
        int n = Math.min(count, CAPACITY);
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(ring, n);
        Arrays.sort(sorted);
        int i = (int) Math.min(n - 1, Math.max(0, Math.ceil(p / 100 * n) - 1));
        return sorted[i] / 1e6;
    }
}
