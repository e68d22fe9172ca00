package dev.nnplay.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Why training stopped, as a kind and its figures beside the English sentence, for a window to word
 * (divergence: TrainingSessionTest#divergencePausesWithAReason).
 */
class NoticeTest {
    private static Trainer trainer(double rate) {
        PreparedData data = DataSpec.generated(new GeneratorSpec("xor", 200, 0.0, 5, null)).prepare(null, 1);
        TrainingSpec spec = new TrainingSpec("mse", null, OptimizerSpec.of("sgd", rate), null, null, 200, 0, false);
        return new Trainer(() -> new TrainingSession(NetworkSpec.of(Activation.RELU, 16, 16).build(2, 1, new Rng(1)),
                data.train(), data.test(), spec, 1, ReferenceKernels.INSTANCE));
    }

    @Test
    void theEpochLimitIsANoticeAndAStepClearsIt() throws InterruptedException {
        try (Trainer t = trainer(0.03)) {
            t.setEpochLimit(2);
            t.play();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (t.latest().notice().kind() != Notice.Kind.EPOCH_LIMIT && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(Notice.Kind.EPOCH_LIMIT, t.latest().notice().kind());
            assertEquals(List.of("2"), t.latest().notice().args());
            t.stepBatch();
            assertTrue(t.awaitIdle(10, TimeUnit.SECONDS));
            assertEquals(Notice.NONE, t.latest().notice(), "the sentence goes once training goes on");
        }
    }

    @Test
    void aMessageWithoutANoticeStaysASentenceOfItsOwn() {
        Snapshot s = new Snapshot(0, 0, 1, Double.NaN, 0.5, Double.NaN, dev.nnplay.engine.data.Task.CLASSIFY, 0.1, 1,
                new float[0][], dev.nnplay.engine.inspect.NetworkFigures.NONE, 0, false, "Something else.");
        assertEquals(Notice.Kind.TEXT, s.notice().kind());
        Snapshot stale = s.withNotice(Notice.epochLimit(3, "Reached 3 epochs."));
        assertEquals(Notice.Kind.TEXT, stale.notice().kind(), "a notice that does not say the message is not used");
    }
}
