package dev.nnplay.engine.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.inspect.LayerFigures.Inactivity;
import dev.nnplay.engine.inspect.LayerFigures.Verdict;
import dev.nnplay.engine.nn.Activation;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresHistoryTest {
    private static NetworkFigures at(long step, boolean updated) {
        Histogram h = new Histogram(-1, 1, false, new int[Histogram.BINS], 0);
        LayerFigures l = new LayerFigures(0, 1, Activation.TANH, 0, 0, Inactivity.SATURATED, 0, h, h, 1, 1,
                updated ? -3 : Double.NaN, Verdict.HEALTHY);
        return new NetworkFigures(step, updated, List.of(l));
    }

    @Test
    void keepsNewerEntriesHalvesWhenFullAndRestartsOnAnEarlierStep() {
        FiguresHistory h = new FiguresHistory(8);
        assertTrue(h.add(at(0, false)));
        assertFalse(h.add(at(0, false)), "the same measurement twice");
        assertTrue(h.add(at(0, true)), "an update at the same step replaces the pass at rest");
        assertEquals(1, h.size());
        for (int s = 1; s <= 7; s++) {
            h.add(at(s, true));
        }
        assertEquals(8, h.size());
        h.add(at(8, true));
        assertEquals(5, h.size(), "halved to 4, then the new one");
        assertEquals(1, h.entries().get(0).step());
        assertEquals(8, h.latest().step());
        assertFalse(h.add(NetworkFigures.NONE));
        assertTrue(h.add(at(2, true)));
        assertEquals(1, h.size(), "an earlier step means training started over");
    }
}
