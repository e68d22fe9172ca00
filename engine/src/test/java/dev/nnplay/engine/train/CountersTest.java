package dev.nnplay.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.project.LoadedProject;
import dev.nnplay.engine.project.ProjectWeights;
import org.junit.jupiter.api.Test;

/**
 * Epoch and step counters at their largest value stay there rather than wrap to a negative number that
 * a save refuses: a project saved at epoch 2147483647 trains on and saves again.
 */
class CountersTest {

    @Test
    void countersAtTheirLargestValueDoNotWrapAndTheResultSaves() {
        PreparedData data = DataSpec.generated(new GeneratorSpec("xor", 40, 0.0, 3, null)).prepare(null, 1);
        TrainingSpec spec = new TrainingSpec("bce", null, OptimizerSpec.of("sgd", 0.1), null, null, 8, 1, true);
        TrainingSession s = new TrainingSession(NetworkSpec.of(Activation.TANH, 3).build(2, 1, new Rng(1)),
                data.train(), data.test(), spec, 1, ReferenceKernels.INSTANCE);
        s.restoreProgress(Integer.MAX_VALUE, Long.MAX_VALUE - 1);
        s.stepEpoch();
        s.stepEpoch();
        assertEquals(Integer.MAX_VALUE, s.epoch());
        assertEquals(Long.MAX_VALUE, s.step());
        assertEquals(0, s.row(), "each epoch step ends at an epoch's end");
        ProjectWeights w = LoadedProject.weightsOf(s.network(), s.epoch(), s.step());
        assertEquals(Integer.MAX_VALUE, w.epoch());
    }
}
