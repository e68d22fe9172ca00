package dev.nnplay.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The frame loop's throttle: unlimited it always lets work run, limited once per interval. */
class ThrottleTest {

    @Test
    void limitedItRunsOncePerIntervalAndUnlimitedAlways() {
        Throttle t = new Throttle(100);
        assertTrue(t.take(1_000, true), "the first time runs");
        assertFalse(t.take(1_050, true), "within the interval it waits");
        assertTrue(t.take(1_050, false), "unlimited (paused) it runs at once");
        assertFalse(t.take(1_149, true), "and the interval counts from then");
        assertTrue(t.take(1_150, true), "once the interval has passed it runs");
    }

    @Test
    void theIntervalIsAskedEachTime() {
        AtomicLong interval = new AtomicLong(100);
        Throttle t = new Throttle(interval::get);
        assertTrue(t.take(0, true));
        interval.set(10);
        assertTrue(t.take(20, true), "a shorter interval applies at once");
        interval.set(1_000);
        assertFalse(t.take(500, true), "a longer one too");
    }
}
