package dev.nnplay.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.OptimizerSpec;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link Trainer#close()} during a long step: the training thread has ended when it returns. The epoch
 * here (50 000 steps of one point through a 2-192-192-1 network) takes seconds, longer than the old
 * close waited before giving up with the thread still running; evaluating the sets stays cheap.
 * The kernels' own threads are {@code KernelThreadsTest}'s.
 */
class TrainerCloseTest {

    @Test
    void closeDuringALongEpochEndsTheTrainingThread() throws InterruptedException {
        int trainersBefore = threadsNamed("nnplay-trainer");
        int threadsBefore = Thread.activeCount();
        PreparedData data = DataSpec.generated(new GeneratorSpec("xor", GeneratorSpec.MAX_SAMPLES, 0.0, 5, null))
                .prepare(null, 1);
        TrainingSpec spec = new TrainingSpec("bce", null, OptimizerSpec.of("sgd", 0.01), null, null, 1, 0, true);
        Kernels k = KernelProvider.get();
        Trainer t = new Trainer(() -> new TrainingSession(NetworkSpec.of(Activation.RELU, 192, 192)
                .build(2, 1, new Rng(1)), data.train(), data.test(), spec, 1, k));
        t.stepEpoch();
        // Until the epoch is under way: a command queued behind it would wait for its end.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!stepping() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertTrue(stepping(), "the epoch step should be running");
        t.close();
        assertEquals(trainersBefore, threadsNamed("nnplay-trainer"), "training threads alive after close");
        assertEquals(0, t.latest().epoch(), "the epoch should have been cut short");
        assertTrue(Thread.activeCount() <= threadsBefore, "threads: " + Thread.activeCount() + ", before: "
                + threadsBefore);
    }

    /** Whether the training thread is inside a step (its stack passes through TrainingSession.stepBatch). */
    private static boolean stepping() {
        for (var e : Thread.getAllStackTraces().entrySet()) {
            if (e.getKey().getName().equals("nnplay-trainer")) {
                for (StackTraceElement f : e.getValue()) {
                    if (f.getMethodName().equals("stepEpochUnlessClosed")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static int threadsNamed(String prefix) {
        int n = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(prefix) && t.isAlive()) {
                n++;
            }
        }
        return n;
    }
}
