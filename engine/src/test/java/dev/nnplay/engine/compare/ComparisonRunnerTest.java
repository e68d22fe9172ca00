package dev.nnplay.engine.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.SettingsChange;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonRunnerTest {

    private static Comparison comparison() {
        Project base = Project.of("p", "", 2, DataSpec.generated(new GeneratorSpec("gauss", 60, 0.2, 3, null)),
                NetworkSpec.of(Activation.TANH, 3),
                new TrainingSpec("bce", null, OptimizerSpec.of("sgd", 0.05), null, null, 6, 10, true));
        return new Comparison(base, null, List.of(new Comparison.RunSpec("a", SettingsChange.NONE),
                new Comparison.RunSpec("b", SettingsChange.learningRate(0.5))), ReferenceKernels.INSTANCE);
    }

    @Test
    void playedRunsEqualTheSameRunsSteppedDirectly() throws InterruptedException {
        try (ComparisonRunner r = new ComparisonRunner(comparison())) {
            assertEquals(0, r.latest().get(0).epoch());
            r.step();
            r.step();
            r.sync();
            assertEquals(2, r.latest().get(0).epoch(), "each step is one epoch");
            r.setPaused(1, true);
            r.play();
            long until = System.nanoTime() + 20_000_000_000L;
            while (r.latest().get(0).epoch() < 8 && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            r.pause();
            r.sync();
            assertFalse(r.isPlaying());
            List<Comparison.RunSnapshot> s = r.latest();
            int epochs = s.get(0).epoch();
            assertTrue(epochs >= 8, "it played: " + epochs);
            assertEquals(2, s.get(1).epoch(), "the paused run waited");
            Comparison direct = comparison();
            direct.advance(Comparison.Unit.EPOCH, 2);
            direct.setPaused(1, true);
            direct.advance(Comparison.Unit.EPOCH, epochs - 2);
            assertArrayEquals(direct.curve(0).stepLosses(), s.get(0).curve().stepLosses());
            assertArrayEquals(direct.curve(1).trainLosses(), s.get(1).curve().trainLosses());
        }
    }

    @Test
    void playingStopsWhenEveryRunIsPaused() throws InterruptedException {
        try (ComparisonRunner r = new ComparisonRunner(comparison())) {
            r.setUnit(Comparison.Unit.STEP);
            r.setPaused(0, true);
            r.setPaused(1, true);
            r.play();
            r.sync();
            long until = System.nanoTime() + 10_000_000_000L;
            while (r.isPlaying() && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            assertFalse(r.isPlaying());
            r.setPaused(0, false);
            r.step();
            r.sync();
            assertEquals(1, r.latest().get(0).step(), "one step is one mini-batch");
            assertEquals(0, r.latest().get(1).step());
        }
    }
}
