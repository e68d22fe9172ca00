package dev.nnplay.app.ui.common;

import java.util.function.LongSupplier;

/**
 * The frame loop's rule for work that costs the renderer or the FX thread: at once while paused (or
 * when asked for), and while playing at most once per interval. On two cores, what the window spends per frame is taken
 * from the training thread.
 */
public final class Throttle {
    private final LongSupplier interval;
    private boolean ran;
    private long last;

    /** At most once per {@code nanos} while playing. */
    public Throttle(long nanos) {
        this(() -> nanos);
    }

    /** At most once per {@code nanos.getAsLong()} while playing, asked each time. */
    public Throttle(LongSupplier nanos) {
        this.interval = nanos;
    }

    /**
     * Whether the work may run at {@code now} (the frame clock, in nanoseconds): always unless
     * {@code limited} (while playing, say), else once the interval has passed since it last ran. If it
     * may, {@code now} is taken as the time it ran.
     */
    public boolean take(long now, boolean limited) {
        if (limited && ran && now - last < interval.getAsLong()) {
            return false;
        }
        ran = true;
        last = now;
        return true;
    }
}
