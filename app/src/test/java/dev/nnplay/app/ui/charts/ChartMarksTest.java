package dev.nnplay.app.ui.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.optim.Regularization;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Charts for slides: a mark where a setting changed, and tick labels as a person writes numbers. */
class ChartMarksTest {
    private static final TrainingSpec BASE = new TrainingSpec("mse", null, OptimizerSpec.of("sgd", 0.03), null, null, 10,
            0, true);

    @Test
    void aSettingChangeIsMarkedAtItsStepAndAResetClearsTheMarks() {
        ChartsViewModel m = new ChartsViewModel();
        m.settingsChanged(BASE, BASE.withOptimizer(BASE.optimizer().withLearningRate(0.1)), 250);
        m.settingsChanged(BASE, BASE.withBatchSize(25).withRegularization(new Regularization("l2", 0.01)), 400);
        m.settingsChanged(BASE, BASE, 500); // nothing a curve shows changed: no mark
        assertEquals(List.of(new ChartsViewModel.Mark(250, "rate 0.1"), new ChartsViewModel.Mark(400, "L2 0.01, batch 25")),
                m.marks());
        m.clear();
        assertEquals(List.of(), m.marks());
    }

    @Test
    void tickLabelsArePlainNumbers() {
        LossChart.PlainFormat f = new LossChart.PlainFormat();
        assertEquals("50M", f.format(5e7));
        assertEquals("12.5k", f.format(12_500));
        assertEquals("3,000", f.format(3000));
        assertEquals("0.32", f.format(Math.pow(10, -0.5)));
        assertEquals("0.003", f.format(0.003));
        assertEquals("0", f.format(0));
    }
}
