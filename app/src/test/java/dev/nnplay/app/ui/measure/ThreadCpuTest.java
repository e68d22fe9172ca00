package dev.nnplay.app.ui.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    @Test
    void percentOfCoreIsTheDifferenceOverWallTimeLargestFirst() {
        Map<String, Long> before = Map.of("nnplay-trainer", 1_000L, "QuantumRenderer-0", 500L);
        Map<String, Long> after = Map.of("nnplay-trainer", 41_000L, "QuantumRenderer-0", 20_500L, "nnplay-output", 2_000L);

        List<Entry<String, Double>> shares = ThreadCpu.percentOfCore(before, after, 100_000L);

        assertEquals(List.of(Map.entry("nnplay-trainer", 40.0), Map.entry("QuantumRenderer-0", 20.0),
                Map.entry("nnplay-output", 2.0)), shares);
        assertEquals("nnplay-trainer 40.0 %, QuantumRenderer-0 20.0 %, nnplay-output 2.0 %", ThreadCpu.format(shares));
    }

    @Test
    void threadsUnderHalfAPercentAreLeftOut() {
        Map<String, Long> after = Map.of("idle", 400L, "busy", 600L);

        assertEquals(List.of(Map.entry("busy", 0.6)), ThreadCpu.percentOfCore(Map.of(), after, 100_000L));
    }
}
