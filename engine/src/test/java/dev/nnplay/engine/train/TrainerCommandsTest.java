package dev.nnplay.engine.train;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.OptimizerSpec;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link Trainer#hasPendingCommands()}: a play sent while the training thread is busy is pending, and
 * {@link Trainer#isPlaying()} still says no. The window used to read that "no" as "stopped by itself"
 * and showed Play while the network trained (seen about one time in three after opening a project).
 */
class TrainerCommandsTest {

    @Test
    void aPlaySentWhileBusyIsPendingUntilItRuns() throws Exception {
        PreparedData data = DataSpec.generated(new GeneratorSpec("xor", 200, 0.0, 5, null)).prepare(null, 1);
        TrainingSpec spec = new TrainingSpec("bce", null, OptimizerSpec.of("sgd", 0.01), null, null, 10, 0, true);
        Trainer t = new Trainer(() -> new TrainingSession(NetworkSpec.of(Activation.TANH, 4)
                .build(2, 1, new Rng(1)), data.train(), data.test(), spec, 1, KernelProvider.get()));
        try {
            assertTrue(t.awaitIdle(30, TimeUnit.SECONDS));
            assertFalse(t.hasPendingCommands(), "nothing sent yet is waiting");
            CountDownLatch entered = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            t.call(s -> {
                entered.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            });
            assertTrue(entered.await(30, TimeUnit.SECONDS));
            t.play();
            assertTrue(t.hasPendingCommands(), "the play waits behind the busy command");
            assertFalse(t.isPlaying(), "not playing before the play has run");
            release.countDown();
            assertTrue(t.awaitIdle(30, TimeUnit.SECONDS));
            assertFalse(t.hasPendingCommands(), "every command sent has run");
            assertTrue(t.isPlaying(), "the play ran");
        } finally {
            t.close();
        }
    }
}
