package dev.nnplay.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.OptimizerSpec;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Live snapshots measure a fixed sample of large parts, and the whole parts at epoch ends. */
class LiveFiguresTest {

    private static final TrainingSpec SPEC = new TrainingSpec("softmax_ce", null, OptimizerSpec.of("adam", 0.01),
            null, null, 64, 0, true);

    /** {@code rows} rows of 3 inputs, 3 classes that depend on the inputs. */
    private static Dataset data(int rows, long seed) {
        Rng rng = new Rng(seed);
        FMatrixRMaj x = new FMatrixRMaj(rows, 3);
        FMatrixRMaj y = new FMatrixRMaj(rows, 1);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < 3; j++) {
                x.data[i * 3 + j] = (float) rng.uniform(-1, 1);
            }
            y.data[i] = x.data[i * 3] + x.data[i * 3 + 1] > 0.3 ? 2 : x.data[i * 3 + 2] > 0 ? 1 : 0;
        }
        return new Dataset(x, y, Task.CLASSIFY, List.of("a", "b", "c"), List.of("k"), List.of("0", "1", "2"));
    }

    private static TrainingSession session(Dataset train, Dataset test) {
        return new TrainingSession(NetworkSpec.of(Activation.TANH, 8).build(3, 3, new Rng(5)), train, test, SPEC, 9,
                ReferenceKernels.INSTANCE);
    }

    private static final Dataset BIG_TRAIN = data(10_000, 1);
    private static final Dataset BIG_TEST = data(3_000, 2);

    @Test
    void smallPartsAreMeasuredWhole() {
        TrainingSession s = session(data(1500, 1), data(400, 2));
        s.stepBatch();
        Snapshot live = s.liveSnapshot(0, "");
        assertFalse(live.sampled());
        assertEquals(s.evaluateTrain().loss(), live.trainLoss());
        assertEquals(s.evaluateTest().metric(), live.testMetric());
        s.measureEpochEnd();
        assertSame(EpochEnd.NONE, s.epochEnd(), "nothing to measure apart when every snapshot is whole");
    }

    @Test
    void largePartsAreSampledOnEvenlySpreadRows() {
        TrainingSession s = session(BIG_TRAIN, BIG_TEST);
        Snapshot live = s.liveSnapshot(0, "");
        assertTrue(live.sampled());
        // the same figures as a session whose parts are exactly the rows ⌊i·n/2048⌋, same weights
        TrainingSession onSample = session(BIG_TRAIN.rows(even(BIG_TRAIN.size())), BIG_TEST.rows(even(BIG_TEST.size())));
        assertEquals(onSample.evaluateTrain().loss(), live.trainLoss());
        assertEquals(onSample.evaluateTrain().metric(), live.trainMetric());
        assertEquals(onSample.evaluateTest().loss(), live.testLoss());
        assertEquals(onSample.evaluateTest().metric(), live.testMetric());
        Snapshot whole = s.snapshot(0, "");
        assertFalse(whole.sampled());
        assertNotEquals(whole.trainLoss(), live.trainLoss());
        assertEquals(whole.trainLoss(), live.trainLoss(), 0.05 * whole.trainLoss(), "a sample is close to the whole");
    }

    private static int[] even(int n) {
        int[] rows = new int[TrainingSession.LIVE_ROWS];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (int) ((long) i * n / rows.length);
        }
        return rows;
    }

    @Test
    void epochEndsMeasureTheWholeParts() {
        TrainingSession s = session(BIG_TRAIN, BIG_TEST);
        assertFalse(s.liveSnapshot(0, "").epochEnd().measured());
        s.stepEpoch();
        s.measureEpochEnd();
        EpochEnd e = s.epochEnd();
        assertEquals(1, e.epoch());
        assertEquals(s.step(), e.step());
        assertEquals(s.evaluateTrain(), e.train());
        assertEquals(s.evaluateTest(), e.test());
        s.stepBatch();
        assertSame(e, s.liveSnapshot(0, "").epochEnd(), "live snapshots carry the latest epoch end");
    }

    @Test
    void aWholeSnapshotAtAnEpochEndIsThatEpochsFigures() {
        TrainingSession s = session(BIG_TRAIN, BIG_TEST);
        s.stepEpoch();
        s.stepEpoch();
        Snapshot whole = s.snapshot(0, "");
        assertEquals(2, whole.epochEnd().epoch());
        assertEquals(whole.trainLoss(), whole.epochEnd().train().loss());
    }

    @Test
    void sameSeedSameLiveFigures() {
        TrainingSession a = session(BIG_TRAIN, BIG_TEST);
        TrainingSession b = session(BIG_TRAIN, BIG_TEST);
        for (int i = 0; i < 50; i++) {
            a.stepBatch();
            b.stepBatch();
        }
        Snapshot sa = a.liveSnapshot(0, "");
        Snapshot sb = b.liveSnapshot(0, "");
        assertEquals(sa.trainLoss(), sb.trainLoss());
        assertEquals(sa.testMetric(), sb.testMetric());
    }

    @Test
    void aPlayingTrainerPublishesSamplesAndThePausedOneTheWholeParts() throws InterruptedException {
        try (Trainer t = new Trainer(() -> session(BIG_TRAIN, BIG_TEST))) {
            t.setMaxSnapshotsPerSecond(200);
            t.play();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            Snapshot s = t.latest();
            while (!(s.sampled() && s.epochEnd().measured()) && System.nanoTime() < deadline) {
                Thread.sleep(5);
                s = t.latest();
            }
            assertTrue(s.sampled(), "a playing trainer's snapshots measure samples of large parts");
            assertTrue(s.epochEnd().measured(), "and the whole parts at an epoch end");
            t.pause();
            assertTrue(t.awaitIdle(10, TimeUnit.SECONDS));
            Snapshot paused = t.latest();
            assertFalse(paused.sampled(), "paused, the whole parts are measured");
            assertTrue(paused.epochEnd().measured());
        }
    }
}
