package dev.nnplay.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.OptimizerSpec;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The training thread survives whatever a command, a step or a listener throws, errors included: the
 * snapshot says what happened, the failure handler hears of it, and later commands run. A factory that
 * fails is not kept, so Reset works after a failed rebuild.
 */
class TrainerSurvivalTest {

    private static final PreparedData DATA = DataSpec.generated(new GeneratorSpec("xor", 64, 0.0, 5, null))
            .prepare(null, 1);
    private static final TrainingSpec SPEC = new TrainingSpec("bce", null, OptimizerSpec.of("sgd", 0.1), null, null,
            8, 0, true);

    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private Trainer trainer;

    private static Supplier<TrainingSession> factory() {
        return () -> new TrainingSession(NetworkSpec.of(Activation.TANH, 4).build(2, 1, new Rng(1)), DATA.train(),
                DATA.test(), SPEC, 1, ReferenceKernels.INSTANCE);
    }

    private Trainer trainer() {
        trainer = new Trainer(factory());
        trainer.setFailureHandler(failures::add);
        return trainer;
    }

    @AfterEach
    void close() {
        if (trainer != null) {
            trainer.close();
        }
    }

    private void idle() throws InterruptedException {
        assertTrue(trainer.awaitIdle(30, TimeUnit.SECONDS), "the training thread should answer");
    }

    @Test
    void aThrowingListenerPausesTrainingAndTheThreadGoesOn() throws InterruptedException {
        Trainer t = trainer();
        AtomicBoolean fail = new AtomicBoolean(true);
        t.addListener(s -> {
            if (fail.get() && s.step() > 0) {
                throw new IllegalStateException("the chart broke");
            }
        });
        t.play();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (failures.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertEquals(1, failures.size(), "the handler should hear of the failure once: " + failures);
        assertFalse(t.isPlaying(), "training should pause");
        assertTrue(t.latest().message().contains("the chart broke"), t.latest().message());
        fail.set(false);
        long before = t.latest().step();
        t.stepBatch();
        idle();
        assertEquals(before + 1, t.latest().step(), "a later step should run");
        assertEquals("", t.latest().message());
    }

    @Test
    void anOutOfMemoryErrorInACommandIsReportedAndTrainingGoesOn() throws InterruptedException {
        Trainer t = trainer();
        t.withSession(s -> {
            throw new OutOfMemoryError("Java heap space");
        });
        idle();
        assertEquals(1, failures.size());
        assertInstanceOf(OutOfMemoryError.class, failures.get(0));
        String m = t.latest().message();
        assertTrue(m.startsWith("Training stopped: the program ran out of memory"), m);
        assertFalse(m.contains("java.lang") || m.contains("OutOfMemoryError"), "no Java names: " + m);
        t.stepEpoch();
        idle();
        assertEquals(1, t.latest().epoch(), "an epoch after the error should run");
    }

    @Test
    void aFailedRebuildKeepsTheOldFactorySoResetWorks() throws InterruptedException {
        Trainer t = trainer();
        t.stepBatch();
        t.replace(() -> {
            throw new OutOfMemoryError("Java heap space");
        });
        idle();
        assertEquals(1, failures.size(), "the failed rebuild should be reported");
        assertEquals(1, t.latest().step(), "the session of before should stay");
        t.reset();
        idle();
        assertEquals(1, failures.size(), "reset should not fail again: " + failures);
        assertEquals(0, t.latest().step(), "reset should start over with the old factory");
        assertEquals("", t.latest().message());
    }

    @Test
    void aFailingQueryCompletesItsFutureExceptionallyEvenForAnError() throws InterruptedException {
        Trainer t = trainer();
        var f = t.call(s -> {
            throw new StackOverflowError();
        });
        ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
        assertInstanceOf(StackOverflowError.class, e.getCause());
        idle();
        assertEquals(1, t.call(TrainingSession::epoch).thenApply(x -> x + 1).join());
    }

    @Test
    void describeNamesNoJavaClass() {
        assertEquals("an internal error of the program", Trainer.describe(new NullPointerException("x is null")));
        assertEquals("no such thing", Trainer.describe(new IllegalArgumentException("no such thing\nat line 2")));
    }
}
