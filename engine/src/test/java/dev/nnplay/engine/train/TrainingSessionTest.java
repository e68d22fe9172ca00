package dev.nnplay.engine.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.OptimizerSpec;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TrainingSessionTest {

    static TrainingSession xorSession(long seed, double lr) {
        PreparedData data = DataSpec.generated(new GeneratorSpec("xor", 400, 0.0, 5, null)).prepare(null, seed);
        Network net = NetworkSpec.of(Activation.TANH, 8, 8).build(2, 1, new Rng(seed));
        TrainingSpec spec = new TrainingSpec("bce", null, OptimizerSpec.of("adam", lr), null, null, 10, 0, true);
        return new TrainingSession(net, data.train(), data.test(), spec, seed, ReferenceKernels.INSTANCE);
    }

    @Test
    void learnsXor() {
        TrainingSession s = xorSession(1, 0.03);
        Evaluation before = s.evaluateTest();
        for (int e = 0; e < 40; e++) {
            s.stepEpoch();
        }
        Evaluation after = s.evaluateTest();
        assertTrue(after.loss() < before.loss() / 4, "test loss " + before.loss() + " → " + after.loss());
        assertTrue(after.metric() > 0.95, "test accuracy " + after.metric());
        assertEquals(40, s.epoch());
        assertEquals(40 * 20, s.step());
    }

    @Test
    void sameSeedSameBits() {
        TrainingSession a = xorSession(7, 0.03);
        TrainingSession b = xorSession(7, 0.03);
        for (int e = 0; e < 5; e++) {
            a.stepEpoch();
            b.stepEpoch();
        }
        float[][] wa = a.network().copyWeights();
        float[][] wb = b.network().copyWeights();
        for (int i = 0; i < wa.length; i++) {
            assertArrayEquals(wa[i], wb[i]);
        }
        TrainingSession c = xorSession(8, 0.03);
        c.stepEpoch();
        assertFalse(java.util.Arrays.equals(wa[0], c.network().copyWeights()[0]));
    }

    @Test
    void divergencePausesWithAReason() throws InterruptedException {
        PreparedData data = DataSpec.generated(new GeneratorSpec("xor", 200, 0.0, 5, null)).prepare(null, 1);
        TrainingSpec spec = new TrainingSpec("mse", null, OptimizerSpec.of("sgd", 50), null, null, 200, 0, false);
        try (Trainer t = new Trainer(() -> new TrainingSession(
                NetworkSpec.of(Activation.RELU, 16, 16).build(2, 1, new Rng(1)), data.train(), data.test(), spec, 1,
                ReferenceKernels.INSTANCE))) {
            t.play();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (!t.latest().diverged() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            Snapshot s = t.latest();
            assertTrue(s.diverged(), "expected the loss to diverge with learning rate 50");
            assertFalse(t.isPlaying());
            assertTrue(s.message().contains("diverged at epoch " + s.epoch()), s.message());
            assertTrue(s.message().contains("learning rate below 10"), s.message());
            // the same as a kind and its figures, for a window to put into its own language
            assertEquals(Notice.Kind.DIVERGED, s.notice().kind());
            assertEquals(java.util.List.of(Integer.toString(s.epoch()), "10"),
                    java.util.List.of(s.notice().args().get(0), s.notice().args().get(2)));
            assertTrue(java.util.List.of("NaN", "infinite").contains(s.notice().args().get(1)), s.notice().toString());
            assertEquals(s.message(), s.notice().english());
        }
    }

    @Test
    void trainerStepsAndKeepsStateAcrossRateChanges() throws InterruptedException {
        try (Trainer t = new Trainer(() -> xorSession(3, 0.03))) {
            t.stepEpoch();
            assertTrue(t.awaitIdle(10, TimeUnit.SECONDS));
            Snapshot one = t.latest();
            assertEquals(1, one.epoch());
            t.setLearningRate(0.01);
            t.stepBatch();
            assertTrue(t.awaitIdle(10, TimeUnit.SECONDS));
            Snapshot two = t.latest();
            assertEquals(1, two.epoch());
            assertEquals(one.step() + 1, two.step());
            assertEquals(0.01, two.learningRate(), 1e-12);
            t.reset();
            assertTrue(t.awaitIdle(10, TimeUnit.SECONDS));
            assertEquals(0, t.latest().step());
        }
    }

    @Test
    void niceSuggestions() {
        assertEquals(0.3, TrainingSession.niceBelow(0.33), 1e-12);
        assertEquals(10, TrainingSession.niceBelow(16.6), 1e-12);
        assertEquals(0.002, TrainingSession.niceBelow(0.0025), 1e-12);
    }
}
