package dev.nnplay.engine.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.train.TrainingSession;
import dev.nnplay.engine.train.TrainingSpec;
import dev.nnplay.engine.testing.Allocations;
import org.junit.jupiter.api.Test;

/**
 * With the diagnostics on, the measured step (the first after each snapshot) allocates nothing, and
 * neither do the unmeasured ones: the probe's buffers are made once. Counted with the thread's
 * allocated-bytes counter after warm-up, as {@code ZeroGarbageTest} does; snapshots themselves may
 * allocate (they copy the weights) and are not counted.
 */
class MeasuredStepGarbageTest {
    @Test
    void measuredStepsAllocateNothing() {
        assumeTrue(Allocations.supported(), "this JVM cannot count allocated bytes");
        PreparedData data = DataSpec.generated(new GeneratorSpec("spiral", 200, 0.1, 3, null)).prepare(null, 3);
        Network net = NetworkSpec.of(Activation.RELU, 8, 8).build(2, 1, new Rng(4));
        // no shuffle: the epoch's new order is drawn from a new random stream, which allocates
        TrainingSpec t = new TrainingSpec("bce", null, OptimizerSpec.of("adam", 0.01), null, null, 10, 0, false);
        TrainingSession s = new TrainingSession(net, data.train(), data.test(), t, 9, KernelProvider.select("auto"));
        s.setDiagnostics(() -> true);
        long bytes = -1;
        for (int round = 0; round < 400 && bytes != 0; round++) {
            bytes = 0;
            for (int r = 0; r < 20; r++) {
                s.snapshot(0, "");
                long before = Allocations.allocated();
                for (int i = 0; i < 50; i++) {
                    s.stepBatch();
                }
                bytes += Allocations.allocated() - before;
            }
        }
        assertEquals(0, bytes, "bytes allocated by 20 × 50 warmed steps, each first one measured");
    }
}
