package dev.nnplay.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.optim.Regularization;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The view model alone, no toolkit: what resets training and what does not. */
class PlaygroundTest {
    private final TestPlayground vm = TestPlayground.headless();

    @AfterEach
    void close() {
        vm.close();
    }

    private int trainTwoEpochs() throws InterruptedException {
        vm.stepEpoch();
        vm.stepEpoch();
        assertTrue(vm.awaitIdle(30, TimeUnit.SECONDS));
        return vm.snapshotProperty().get().epoch();
    }

    @Test
    void liveSettingsKeepTraining() throws InterruptedException {
        assertEquals(2, trainTwoEpochs());
        int generation = vm.generationProperty().get();
        vm.setLearningRate(0.1);
        vm.setRegularization(new Regularization("l2", 0.01));
        vm.setBatchSize(25);
        assertTrue(vm.awaitIdle(30, TimeUnit.SECONDS));
        assertEquals(2, vm.snapshotProperty().get().epoch());
        assertEquals(0.1, vm.snapshotProperty().get().learningRate(), 1e-12);
        assertEquals(generation, vm.generationProperty().get());
        assertEquals(25, vm.trainingProperty().get().batchSize());
    }

    @Test
    void structureChangesStartOver() throws InterruptedException {
        trainTwoEpochs();
        assertTrue(vm.setNetwork(NetworkSpec.of(Activation.RELU, 8)));
        assertTrue(vm.awaitIdle(30, TimeUnit.SECONDS));
        assertEquals(0, vm.snapshotProperty().get().epoch());
        assertEquals(8 * 2, vm.snapshotProperty().get().weights()[0].length, "8 neurons over 2 inputs");

        trainTwoEpochs();
        assertTrue(vm.setFeatures(List.of("x1", "x2", "x1*x2")));
        assertTrue(vm.awaitIdle(30, TimeUnit.SECONDS));
        assertEquals(0, vm.snapshotProperty().get().epoch());
        assertEquals(3 * 8, vm.snapshotProperty().get().weights()[0].length, "the first layer takes 3 features");
    }

    @Test
    void regenerateDrawsNewPointsAndKeepsTheNetwork() {
        var before = vm.preparedProperty().get().raw().x().data.clone();
        NetworkSpec net = vm.networkProperty().get();
        assertTrue(vm.regenerate());
        assertNotEquals(before[0], vm.preparedProperty().get().raw().x().data[0]);
        assertEquals(net, vm.networkProperty().get());
    }

    @Test
    void drawnPointsBecomeInlineDataAndCanBeRemoved() {
        int n = vm.preparedProperty().get().raw().size();
        assertTrue(vm.addPoint(1, 1, 1));
        assertEquals("inline", vm.dataProperty().get().source());
        assertEquals(n + 1, vm.preparedProperty().get().raw().size());
        assertTrue(vm.removeNearest(1, 1));
        assertEquals(n, vm.preparedProperty().get().raw().size());
    }

    @Test
    void refusedSettingsKeepTheOldOnesAndSayWhy() {
        NetworkSpec before = vm.networkProperty().get();
        assertFalse(vm.openCsv(java.nio.file.Path.of("no-such-file.csv"), null), "a missing file is refused");
        assertFalse(vm.errorProperty().get().isEmpty());
        assertEquals(before, vm.networkProperty().get());
        assertTrue(vm.setLoss(Loss.MSE));
        assertEquals("", vm.errorProperty().get());
    }

    @Test
    void aCurveTakesItsOneInputAsItIsAndThePlaneGetsItsFeaturesBack() throws InterruptedException {
        assertTrue(vm.setGenerator("sine"), vm.errorProperty().get());
        assertEquals(List.of(), vm.dataProperty().get().features());
        assertEquals(1, vm.preparedProperty().get().train().inputs());
        assertEquals(Loss.MSE, vm.trainingProperty().get().lossFunction());
        assertTrue(vm.awaitIdle(30, TimeUnit.SECONDS));
        assertEquals(dev.nnplay.engine.data.Task.REGRESS, vm.snapshotProperty().get().task());
        assertTrue(vm.setGenerator("circle"), vm.errorProperty().get());
        assertEquals(List.of("x1", "x2"), vm.dataProperty().get().features());
    }

    @Test
    void aChangeMadeByAListenerWhileTheDataChangesSeesTheNewDataWhole() throws InterruptedException {
        boolean[] nested = new boolean[1];
        vm.preparedProperty().addListener((o, a, b) -> {
            if (!nested[0]) {
                nested[0] = true;
                assertTrue(vm.setLoss(Loss.MSE), vm.errorProperty().get());
            }
        });
        assertTrue(vm.setGenerator("spiral"));
        assertTrue(nested[0]);
        assertTrue(vm.awaitIdle(30, TimeUnit.SECONDS));
        assertEquals("spiral", vm.dataProperty().get().generator().name());
        assertEquals(Loss.MSE, vm.trainingProperty().get().lossFunction(), "the listener's change is the last");
        assertEquals(vm.networkProperty().get().hidden().get(0).units() * vm.preparedProperty().get().train().inputs(),
                vm.snapshotProperty().get().weights()[0].length, "the session trains the network and data shown");
    }
}
