package dev.nnplay.app.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.train.Snapshot;
import org.junit.jupiter.api.Test;

class ChartsViewModelTest {
    private static Snapshot at(long step) {
        return new Snapshot(0, step, 1.0 / (step + 1), 2.0 / (step + 1), 0.5, 0.5, Task.CLASSIFY, 0.03, 0,
                new float[0][], new double[0], 0, false, "");
    }

    @Test
    void addsClearsOnRestartAndThinsLongRuns() {
        ChartsViewModel m = new ChartsViewModel();
        assertTrue(m.add(at(0)));
        m.flush();
        assertFalse(m.add(at(0)), "the same step twice is one point");
        assertTrue(m.add(at(5)));
        assertEquals(2, m.points());
        assertEquals(2, m.losses().getSeries(1).getItemCount());
        m.add(at(3));
        assertEquals(1, m.points(), "fewer steps than before: training started over");
        for (int s = 4; s < 10_000; s++) {
            m.add(at(s));
        }
        assertTrue(m.points() <= ChartsViewModel.MAX_POINTS, "points " + m.points());
        assertTrue(m.points() > ChartsViewModel.MAX_POINTS / 4, "points " + m.points());
        assertEquals(9999.0, m.losses().getSeries(0).getMaxX(), 9999 * 0.01, "the newest step is still shown");
    }
}
