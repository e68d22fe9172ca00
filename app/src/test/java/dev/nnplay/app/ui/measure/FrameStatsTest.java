package dev.nnplay.app.ui.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FrameStatsTest {
    @Test
    void percentilesOfIntervalsAndWork() {
        FrameStats f = new FrameStats();
        long t = 0;
        for (int i = 0; i <= 100; i++) {
            f.record(t, i * 100_000L);
            t += i == 100 ? 0 : (i == 50 ? 50_000_000L : 16_000_000L);
        }
        assertEquals(100, f.count());
        assertEquals(16.0, f.intervalMillis(50), 1e-9);
        assertEquals(50.0, f.intervalMillis(100), 1e-9);
        assertEquals(5.0, f.workMillis(50), 1e-9);
    }
}
