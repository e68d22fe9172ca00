package dev.nnplay.engine.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.project.LoadedProject;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.SettingsChange;
import dev.nnplay.engine.train.TrainingSession;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static final Project BASE = Project.of("p", "", 11,
            DataSpec.generated(new GeneratorSpec("moons", 80, 0.2, 4, null)),
            NetworkSpec.of(Activation.TANH, 5, 4),
            new TrainingSpec("bce", null, OptimizerSpec.of("sgd", 0.1), null, null, 8, 10, true));

    private static final List<Comparison.RunSpec> RUNS = List.of(
            new Comparison.RunSpec("sgd", SettingsChange.NONE),
            new Comparison.RunSpec("adam", new SettingsChange(0.01, "adam", null, null, null, null, null, null, null,
                    null, null)),
            new Comparison.RunSpec("relu, batch 1", new SettingsChange(null, null, null, null, "relu", null, null, null,
                    1, null, null)));

    private static Comparison comparison() {
        return new Comparison(BASE, null, RUNS, ReferenceKernels.INSTANCE);
    }

    @Test
    void everyRunStartsFromTheSameWeights() {
        Comparison c = comparison();
        float[][] first = c.session(0).network().copyWeights();
        assertArrayEquals(first, LoadedProject.load(BASE, null).network().copyWeights(), "the base project's weights");
        for (int i = 1; i < c.size(); i++) {
            assertArrayEquals(first, c.session(i).network().copyWeights(), "run " + i);
        }
    }

    /** A run trains exactly as its project would alone, bit for bit. */
    @Test
    void aRunEqualsItsProjectTrainedAlone() {
        Comparison c = comparison();
        c.advance(Comparison.Unit.EPOCH, 3);
        c.advance(Comparison.Unit.STEP, 5);
        for (int i = 0; i < RUNS.size(); i++) {
            TrainingSession alone = LoadedProject.load(RUNS.get(i).settings().applyTo(BASE), null)
                    .newSession(ReferenceKernels.INSTANCE);
            alone.network().setWeights(c.initialWeightsAsArrays());
            List<Double> losses = new java.util.ArrayList<>();
            for (int e = 0; e < 3; e++) {
                int start = alone.epoch();
                while (alone.epoch() == start) {
                    losses.add(alone.stepBatch());
                }
            }
            for (int s = 0; s < 5; s++) {
                losses.add(alone.stepBatch());
            }
            RunCurve curve = c.curve(i);
            assertArrayEquals(losses.stream().mapToDouble(Double::doubleValue).toArray(), curve.stepLosses(), "run " + i);
            assertArrayEquals(alone.network().copyWeights(), c.session(i).network().copyWeights());
            assertEquals(alone.evaluateTrain().loss(), curve.lastTrainLoss());
            assertEquals(3 + 5 * RUNS.get(i).settings().applyTo(BASE).training().batchSize() / 40.0,
                    curve.evalEpochs()[curve.evaluations() - 1], 1e-12, "x in epochs");
        }
    }

    @Test
    void aPausedRunWaitsWhileTheOthersGoOn() {
        Comparison c = comparison();
        c.advance(Comparison.Unit.EPOCH);
        c.setPaused(1, true);
        c.advance(Comparison.Unit.EPOCH, 2);
        List<Comparison.RunSnapshot> s = c.snapshot();
        assertEquals(3, s.get(0).epoch());
        assertEquals(1, s.get(1).epoch());
        assertTrue(s.get(1).paused());
        assertEquals(2, s.get(1).curve().evaluations(), "the start and one epoch");
        c.setPaused(1, false);
        c.advance(Comparison.Unit.EPOCH);
        assertEquals(2, c.snapshot().get(1).epoch());
        assertEquals("relu, batch 1", s.get(2).label());
    }

    @Test
    void aDivergingRunStopsWithAMessage() {
        Comparison c = new Comparison(BASE.withTraining(BASE.training().withLoss(dev.nnplay.engine.loss.Loss.MSE)
                .withOptimizer(OptimizerSpec.of("sgd", 0.1))), null, List.of(
                new Comparison.RunSpec("ok", SettingsChange.NONE),
                new Comparison.RunSpec("wild", SettingsChange.learningRate(100))), ReferenceKernels.INSTANCE);
        c.advance(Comparison.Unit.EPOCH, 30);
        Comparison.RunSnapshot wild = c.snapshot().get(1);
        assertTrue(wild.diverged() && wild.message().startsWith("The loss diverged"), wild.message());
        long steps = wild.step();
        c.advance(Comparison.Unit.EPOCH);
        assertEquals(steps, c.snapshot().get(1).step(), "a stopped run stays stopped");
        assertTrue(!c.snapshot().get(0).diverged());
    }

    @Test
    void runsThatCannotShareWeightsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Comparison(BASE, null, RUNS.subList(0, 1),
                ReferenceKernels.INSTANCE));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Comparison(BASE, null,
                List.of(RUNS.get(0), new Comparison.RunSpec("wide", new SettingsChange(null, null, null, null, null,
                        List.of(9), null, null, null, null, null))), ReferenceKernels.INSTANCE));
        assertTrue(e.getMessage().contains("run 'wide' changes the network's shape"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Comparison(BASE, null,
                List.of(RUNS.get(0), new Comparison.RunSpec("zeros", new SettingsChange(null, null, null, null, null,
                        null, null, "zeros", null, null, null))), ReferenceKernels.INSTANCE));
        assertTrue(e.getMessage().contains("changes the initializer"), e.getMessage());
    }
}
