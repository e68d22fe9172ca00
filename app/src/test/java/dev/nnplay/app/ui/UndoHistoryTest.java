package dev.nnplay.app.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.app.workspace.UndoHistory;
import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectWeights;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Undo over the whole playground, no toolkit: a reset, a data click and a structure change are undone
 * with the trained weights; a live setting is undone in place; New or Open starts the history afresh;
 * Reset goes back to the weights a file started from.
 */
class UndoHistoryTest {
    private final TestPlayground vm = TestPlayground.headless();

    @AfterEach
    void close() {
        vm.close();
    }

    private UndoHistory history() {
        return vm.model().undoHistory();
    }

    private void idle() throws InterruptedException {
        assertTrue(vm.awaitIdle(30, TimeUnit.SECONDS));
    }

    private float[][] trainThreeEpochs() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            vm.stepEpoch();
        }
        idle();
        assertEquals(3, vm.snapshotProperty().get().epoch());
        return vm.snapshotProperty().get().weights();
    }

    private void undo() throws Exception {
        vm.model().undo().undo().get(30, TimeUnit.SECONDS);
        idle();
    }

    @Test
    void undoOfAResetBringsTheTrainedNetworkBack() throws Exception {
        float[][] trained = trainThreeEpochs();
        vm.reset();
        idle();
        assertEquals(0, vm.snapshotProperty().get().epoch());
        assertEquals(1, history().size());
        assertTrue(vm.model().undo().statusProperty().get().contains("3"), vm.model().undo().statusProperty().get());
        undo();
        assertEquals(3, vm.snapshotProperty().get().epoch());
        assertArrayEquals(trained[0], vm.snapshotProperty().get().weights()[0]);
        assertTrue(history().canRedo());
        vm.model().undo().redo().get(30, TimeUnit.SECONDS);
        idle();
        assertEquals(0, vm.snapshotProperty().get().epoch(), "redo resets again");
    }

    @Test
    void aDataClickThatThrowsAwayATrainedNetworkSaysSoAndIsUndone() throws Exception {
        float[][] trained = trainThreeEpochs();
        assertTrue(vm.setGenerator("spiral"));
        idle();
        assertEquals("spiral", vm.dataProperty().get().generator().name());
        assertEquals(0, vm.snapshotProperty().get().epoch());
        String said = vm.model().undo().statusProperty().get();
        assertTrue(said.contains("3") && said.contains("Ctrl+Z"), said);
        undo();
        assertEquals("xor", vm.dataProperty().get().generator().name());
        assertEquals(3, vm.snapshotProperty().get().epoch());
        assertArrayEquals(trained[2], vm.snapshotProperty().get().weights()[2]);
    }

    @Test
    void aLiveSettingIsUndoneInPlaceAndTrainingKeepsItsProgress() throws Exception {
        trainThreeEpochs();
        double rate = vm.trainingProperty().get().optimizer().learningRate();
        vm.setLearningRate(0.3);
        idle();
        vm.stepEpoch();
        idle();
        undo();
        assertEquals(rate, vm.trainingProperty().get().optimizer().learningRate());
        assertEquals(4, vm.snapshotProperty().get().epoch(), "undoing the rate does not undo the epoch trained since");
    }

    @Test
    void openingAProjectStartsTheHistoryAfresh() throws Exception {
        trainThreeEpochs();
        vm.reset();
        idle();
        assertTrue(history().canUndo());
        vm.open(Workspace.OPENING, null);
        idle();
        assertFalse(history().canUndo(), "an undo after Open would bring back a network from before");
        assertFalse(vm.model().undo().canUndoProperty().get());
    }

    @Test
    void resetGoesBackToTheWeightsTheFileStartedFrom() throws Exception {
        Project untrained = vm.toProject(false);
        ProjectWeights w = untrained.weights();
        // a file whose starting weights are not the seed's: every weight halved
        var layers = w.layers().stream().map(l -> new dev.nnplay.engine.project.DenseWeights(halve(l.weight()),
                l.bias())).toList();
        Project file = untrained.withTrained(untrained.transform(), new ProjectWeights(layers, 0, 0));
        vm.open(file, null);
        idle();
        float[] start = vm.snapshotProperty().get().weights()[0].clone();
        trainThreeEpochs();
        vm.reset();
        idle();
        assertArrayEquals(start, vm.snapshotProperty().get().weights()[0], "Reset keeps the file's starting weights");
    }

    private static float[][] halve(float[][] m) {
        float[][] out = new float[m.length][];
        for (int i = 0; i < m.length; i++) {
            out[i] = m[i].clone();
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] /= 2;
            }
        }
        return out;
    }

    @Test
    void anEmptyCanvasShowsNoPointsAndBecomesTheDataOnceThereIsSomethingToTrainOn() throws Exception {
        assertTrue(vm.model().data().startEmptyCanvas(), vm.errorProperty().get());
        assertEquals(0, vm.model().data().pendingDrawingProperty().get().size());
        assertTrue(vm.model().data().drawModeProperty().get());
        int added = 0;
        while (vm.model().data().pendingDrawingProperty().get() != null && added < 10) {
            assertTrue(vm.addPoint(added % 2 == 0 ? 1 : -1, 1, added % 2), vm.errorProperty().get());
            added++;
        }
        assertTrue(added < 10, "ten points are enough to train on");
        assertEquals("inline", vm.dataProperty().get().source());
        assertEquals(added, vm.preparedProperty().get().raw().size(), "only the drawn points, none of the old set");
        idle();
    }
}
