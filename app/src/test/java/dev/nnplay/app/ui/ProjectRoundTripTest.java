package dev.nnplay.app.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.InputTransform;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.optim.Regularization;
import dev.nnplay.engine.project.LoadedProject;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectIO;
import dev.nnplay.engine.train.Snapshot;
import dev.nnplay.engine.train.TrainingSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's state as a project and back, without a toolkit. */
class ProjectRoundTripTest {
    private final TestPlayground first = TestPlayground.headless();
    private final TestPlayground second = TestPlayground.headless();

    @TempDir
    Path tmp;

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    private void idle(TestPlayground vm) throws InterruptedException {
        assertTrue(vm.awaitIdle(30, TimeUnit.SECONDS));
    }

    /** A window that is nothing like the opening one: other data, layers, settings, and trained. */
    private void train() throws InterruptedException {
        assertTrue(first.setGenerator("circle"));
        assertTrue(first.setNetwork(NetworkSpec.of(Activation.RELU, 5, 3)));
        assertTrue(first.setOptimizerType("adam"));
        first.setLearningRate(0.01);
        first.setRegularization(new Regularization("l2", 0.001));
        first.setBatchSize(20);
        for (int i = 0; i < 5; i++) {
            first.stepEpoch();
            idle(first);
        }
        first.stepBatch();
        idle(first);
    }

    /**
     * The window and nnplay train draw the split, the initial weights and the shuffles from the same
     * streams of the seed, so the same project trains to the same bits in both.
     */
    @Test
    void theWindowAndTheCommandLineTrainAProjectAlike() throws Exception {
        train();
        Project trained = first.toProject(false);
        LoadedProject fresh = LoadedProject.load(trained.untrained(), null);
        TrainingSession s = fresh.newSession(KernelProvider.get());
        for (int i = 0; i < 5; i++) {
            s.stepEpoch();
        }
        s.stepBatch();
        var ours = LoadedProject.weightsOf(s.network(), s.epoch(), s.step());
        assertEquals(trained.weights().step(), ours.step());
        for (int l = 0; l < ours.layers().size(); l++) {
            assertArrayEquals(trained.weights().layers().get(l).bias(), ours.layers().get(l).bias());
            for (int o = 0; o < ours.layers().get(l).outputs(); o++) {
                assertArrayEquals(trained.weights().layers().get(l).weight()[o], ours.layers().get(l).weight()[o],
                        "layer " + l + ", row " + o);
            }
        }
    }

    @Test
    void openRestoresSettingsWeightsCountersAndCurves() throws Exception {
        train();
        Path file = tmp.resolve("trained.json");
        ProjectIO.write(first.toProject(true), file);

        second.open(ProjectIO.read(file), tmp);
        idle(second);

        assertEquals(first.dataProperty().get(), second.dataProperty().get());
        assertEquals(first.networkProperty().get(), second.networkProperty().get());
        assertEquals(first.trainingProperty().get(), second.trainingProperty().get());
        assertEquals(first.seed(), second.seed());
        Snapshot a = first.snapshotProperty().get();
        Snapshot b = second.snapshotProperty().get();
        assertEquals(5, b.epoch());
        assertEquals(a.step(), b.step());
        for (int i = 0; i < a.weights().length; i++) {
            assertArrayEquals(a.weights()[i], b.weights()[i], "parameter " + i);
        }
        assertEquals(a.trainLoss(), b.trainLoss());
        assertEquals(first.history(), second.history());
        assertTrue(second.history().size() >= 6, "a row per snapshot seen: " + second.history().size());
        assertFalse(second.dirtyProperty().get(), "an opened project is saved");

        // saving again gives the same bytes
        Path again = tmp.resolve("again.json");
        ProjectIO.write(second.toProject(true), again);
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));

        // and training carries on exactly as the first window does
        first.stepEpoch();
        second.stepEpoch();
        idle(first);
        idle(second);
        assertArrayEquals(first.snapshotProperty().get().weights()[0], second.snapshotProperty().get().weights()[0]);
    }

    @Test
    void aSavedInputTransformIsKeptWithItsWeights() throws Exception {
        assertTrue(first.setGenerator("circle"));
        first.setTestRatio(0.5);
        Project p = first.toProject(false);
        InputTransform fitted = p.transform();
        // as if trained elsewhere (nnplay train splits with its own stream): the inputs halved
        InputTransform other = new InputTransform(fitted.features(), "standardize", new float[] {0.25f, -0.5f},
                new float[] {2f, 2f});
        Project elsewhere = p.withTrained(other, p.weights());
        second.open(elsewhere, tmp);
        idle(second);
        assertEquals(other.scaling(), second.toProject(false).transform().scaling());
        assertArrayEquals(other.scale(), second.toProject(false).transform().scale());
        assertArrayEquals(other.center(), second.preparedProperty().get().transform().center());
    }

    @Test
    void dirtyAfterAnEditOrTrainingCleanAfterSave() throws Exception {
        assertFalse(first.dirtyProperty().get());
        first.setLearningRate(0.3);
        assertTrue(first.dirtyProperty().get(), "an edit");
        assertTrue(first.model().files().saveTo(tmp.resolve("saved.json")).get(30, TimeUnit.SECONDS));
        assertFalse(first.dirtyProperty().get());
        first.stepBatch();
        idle(first);
        assertTrue(first.dirtyProperty().get(), "training changed the weights");
    }

    @Test
    void weightsOfAnotherShapeAreRefusedAndTheWindowIsUnchanged() throws Exception {
        train();
        Project p = first.toProject(false);
        Project wrong = p.withNetwork(NetworkSpec.of(Activation.RELU, 4)).withTrained(p.transform(), p.weights());
        RuntimeException e = assertThrows(RuntimeException.class, () -> second.open(wrong, tmp));
        assertTrue(e.getMessage().contains("weights.layers[0]"), e.getMessage());
        assertEquals(NetworkSpec.of(Activation.TANH, 4, 2), second.networkProperty().get());
    }
}
