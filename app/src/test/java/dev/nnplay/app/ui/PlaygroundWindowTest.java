package dev.nnplay.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.train.Snapshot;
import java.util.Arrays;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The window, headless on Monocle: pick XOR, add a layer, train a few epochs, watch it learn. */
class PlaygroundWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void learnsXorAndResetsOnlyOnStructureChanges(FxRobot robot) throws Exception {
        robot.clickOn("#dataset-xor");
        robot.clickOn("#add-layer");
        settle();
        assertEquals(3, vm.networkProperty().get().hidden().size());
        assertEquals("3 hidden layers", robot.lookup("#layer-count").queryAs(Label.class).getText());
        Snapshot before = vm.snapshotProperty().get();
        assertEquals(0, before.epoch());
        int[] pixelsBefore = view.heatMapPixels();

        for (int i = 0; i < 12; i++) {
            robot.clickOn("#step-epoch");
        }
        settle();
        Snapshot after = vm.snapshotProperty().get();
        assertEquals(12, after.epoch());
        assertTrue(after.testLoss() < before.testLoss(), "test loss " + before.testLoss() + " -> " + after.testLoss());
        assertEquals("12", robot.lookup("#epoch").queryAs(Label.class).getText());
        assertTrue(view.chartPoints() >= 2, "chart points " + view.chartPoints());
        assertFalse(Arrays.equals(pixelsBefore, view.heatMapPixels()), "the heat map should change while training");

        // A learning-rate change keeps training where it is.
        ComboBox<Double> rate = robot.lookup("#learning-rate").queryComboBox();
        robot.interact(() -> rate.setValue(0.1));
        settle();
        assertEquals(0.1, vm.trainingProperty().get().optimizer().learningRate());
        assertEquals(12, vm.snapshotProperty().get().epoch());

        // A structure change starts over.
        robot.clickOn("#units-more-0");
        settle();
        assertEquals(0, vm.snapshotProperty().get().epoch());
        assertEquals("0", robot.lookup("#epoch").queryAs(Label.class).getText());
        assertTrue(view.chartPoints() <= 1, "the chart clears on reset, has " + view.chartPoints());
        assertEquals(0.1, vm.trainingProperty().get().optimizer().learningRate(), "the rate survives the reset");
    }

    @Test
    void playRunsOffTheFxThreadAndPauses(FxRobot robot) throws Exception {
        robot.clickOn("#play");
        javafx.scene.Node picture = robot.lookup("#loss-chart-picture").query();
        org.testfx.util.WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, picture::isVisible);
        robot.clickOn("#play");
        settle();
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertFalse(picture.isVisible(), "paused, the interactive chart is back");
        assertFalse(vm.playingProperty().get());
        assertTrue(vm.snapshotProperty().get().step() > 0);
        assertTrue(view.frames().count() > 5, "frames drawn " + view.frames().count());
    }
}
