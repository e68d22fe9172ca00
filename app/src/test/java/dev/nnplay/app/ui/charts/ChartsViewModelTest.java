package dev.nnplay.app.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.inspect.NetworkFigures;
import dev.nnplay.engine.train.EpochEnd;
import dev.nnplay.engine.train.Evaluation;
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

    private static Snapshot live(boolean sampled, EpochEnd e) {
        return new Snapshot(3, 400, 0.5, 0.6, 0.8, 0.7, Task.CLASSIFY, 0.03, 0.5, new float[0][], NetworkFigures.NONE,
                1000, false, "", sampled, e, dev.nnplay.engine.train.Notice.NONE);
    }

    @Test
    void saysWhenTheCurvesComeFromSamples() {
        ChartsViewModel m = new ChartsViewModel();
        m.add(live(false, EpochEnd.NONE));
        assertEquals("", m.note(), "whole parts: nothing to say");
        m.add(live(true, EpochEnd.NONE));
        assertTrue(m.note().contains("2,048") || m.note().contains("2048"), m.note());
        m.add(live(true, new EpochEnd(2, 300, new Evaluation(0.25, 0.9), new Evaluation(0.375, 0.8))));
        assertTrue(m.note().contains("0.25") && m.note().contains("0.375") && m.note().contains("2"), m.note());
        m.clear();
        assertEquals("", m.note());
    }
}
