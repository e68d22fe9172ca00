package dev.nnplay.app.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.app.workspace.Workspace;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window as a class uses it: the keys (Space after a click on Reset plays, it does not reset
 * again), Undo of a reset and of a data click with the trained network, a fresh history after Open,
 * and the layout on a 1024 × 768 projector with the output map and the status bar inside the window.
 */
class ClassroomWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void trainEpochs(FxRobot robot, int n) throws Exception {
        for (int i = 0; i < n; i++) {
            robot.clickOn("#step-epoch");
        }
        settle();
        assertEquals(n, vm.snapshotProperty().get().epoch());
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status-notice").queryAs(Label.class).getText();
    }

    @Test
    void spaceAfterAClickOnResetPlaysAndDoesNotResetAgain(FxRobot robot) throws Exception {
        trainEpochs(robot, 2);
        robot.clickOn("#reset");
        settle();
        assertEquals(0, vm.snapshotProperty().get().epoch());
        int undoable = vm.model().undo().size();
        Node focused = robot.lookup("#reset").query();
        robot.interact(focused::requestFocus);
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.snapshotProperty().get().step() > 0);
        assertTrue(vm.playingProperty().get(), "Space plays");
        assertEquals(undoable, vm.model().undo().size(), "Space did not press Reset a second time");
        robot.type(KeyCode.SPACE);
        settle();
        assertFalse(vm.playingProperty().get(), "Space again pauses");
        long step = vm.snapshotProperty().get().step();
        robot.type(KeyCode.RIGHT);
        settle();
        assertEquals(step + 1, vm.snapshotProperty().get().step(), "→ takes one step");
        assertEquals("step " + (step + 1), robot.lookup("#steps").queryAs(Label.class).getText());
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
        settle();
        assertEquals(vm.snapshotProperty().get().epoch() + "", robot.lookup("#epoch").queryAs(Label.class).getText());
        robot.type(KeyCode.R);
        settle();
        assertEquals(0, vm.snapshotProperty().get().step(), "R resets");
    }

    @Test
    void ctrlZUndoesAResetWithTheTrainedWeights(FxRobot robot) throws Exception {
        trainEpochs(robot, 3);
        float[] trained = vm.snapshotProperty().get().weights()[0].clone();
        robot.clickOn("#reset");
        settle();
        assertTrue(status(robot).contains("Ctrl+Z"), status(robot));
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.snapshotProperty().get().epoch() == 3);
        settle();
        assertArrayEquals(trained, vm.snapshotProperty().get().weights()[0]);
        assertTrue(status(robot).contains("3"), status(robot));
    }

    @Test
    void aDataClickThatThrowsAwayATrainedNetworkSaysSoAndTheUndoButtonBringsItBack(FxRobot robot) throws Exception {
        trainEpochs(robot, 3);
        float[] trained = vm.snapshotProperty().get().weights()[0].clone();
        robot.clickOn("#dataset-circle");
        settle();
        assertEquals("circle", vm.dataProperty().get().generator().name());
        assertTrue(status(robot).contains("epoch 3") && status(robot).contains("Ctrl+Z"), status(robot));
        robot.clickOn("#undo");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.snapshotProperty().get().epoch() == 3);
        settle();
        assertEquals("xor", vm.dataProperty().get().generator().name());
        assertArrayEquals(trained, vm.snapshotProperty().get().weights()[0]);
    }

    @Test
    void openingAProjectStartsAFreshUndoHistory(FxRobot robot) throws Exception {
        trainEpochs(robot, 2);
        robot.clickOn("#reset");
        settle();
        assertTrue(vm.model().undo().canUndoProperty().get());
        vm.open(Workspace.OPENING, null); // off the FX thread, as a file would be
        settle();
        assertFalse(vm.model().undo().canUndoProperty().get());
        assertTrue(robot.lookup("#undo").query().isDisabled());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        settle();
        assertEquals(0, vm.snapshotProperty().get().epoch(), "Ctrl+Z after Open brings back nothing from before");
    }

    @Test
    void at1024And1366By768TheOutputMapAndStatusBarAreInsideTheWindow(FxRobot robot) throws Exception {
        // widest first: Monocle reuses the pixel buffer of a smaller window for a larger one and fails
        for (int width : new int[] {1366, 1024}) {
            for (boolean presentation : new boolean[] {false, true}) {
                shows(robot, width, presentation);
            }
        }
    }

    private void shows(FxRobot robot, int width, boolean presentation) throws Exception {
        robot.interact(() -> {
            Stage stage = (Stage) view.getScene().getWindow();
            stage.setWidth(width);
            stage.setHeight(768);
            view.display().presentationProperty().set(presentation);
        });
        settle();
        robot.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        double w = view.getScene().getWidth();
        double h = view.getScene().getHeight();
        assertEquals(width, w, 1);
        // in presentation mode the chart may scroll below the map; the map and the status bar may not
        String[] ids = presentation ? new String[] {"#heat-map", "#figures", "#play", "#epoch"}
                : new String[] {"#heat-map", "#figures", "#play", "#epoch", "#loss-chart"};
        for (String id : ids) {
            Node n = robot.lookup(id).query();
            Bounds b = n.localToScene(n.getBoundsInLocal());
            String where = id + (presentation ? " (presentation)" : "") + " at " + b + " in " + w + "×" + h;
            assertTrue(n.isVisible() && b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= w + 0.5
                    && b.getMaxY() <= h + 0.5, where);
        }
    }

    @Test
    void theChartSavedForASlideIsDrawnAtTheChosenSizeAndTheLegendShowsTheValues(FxRobot robot)
            throws Exception {
        trainEpochs(robot, 3);
        dev.nnplay.app.ui.charts.ChartsView charts = robot.lookup(".charts").queryAs(
                dev.nnplay.app.ui.charts.ChartsView.class);
        String[] legend = charts.legendValues();
        assertEquals(String.format(java.util.Locale.ROOT, "%.4f", vm.snapshotProperty().get().trainLoss()), legend[0]);
        java.nio.file.Path out = java.nio.file.Files.createTempFile("chart", ".png");
        try {
            robot.interact(() -> {
                try {
                    dev.nnplay.app.ui.display.ChartImages.write(charts, dev.nnplay.app.ui.display.ChartImages.WIDTH,
                            dev.nnplay.app.ui.display.ChartImages.HEIGHT, out);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(out.toFile());
            assertEquals(1600, img.getWidth());
            assertEquals(1000, img.getHeight());
            assertTrue(img.getWidth() >= 1200, "wide enough for a slide");
            java.util.Set<Integer> colours = new java.util.HashSet<>();
            for (int y = 0; y < img.getHeight(); y += 7) {
                for (int x = 0; x < img.getWidth(); x += 7) {
                    colours.add(img.getRGB(x, y));
                }
            }
            assertTrue(colours.size() > 20, "a drawn chart, not a blank picture: " + colours.size() + " colours");
        } finally {
            java.nio.file.Files.deleteIfExists(out);
        }
    }

    @Test
    void zoomKeysTheShortcutSheetAndTypingInATextBoxWhichKeepsItsKeys(FxRobot robot) throws Exception {
        robot.press(KeyCode.CONTROL).type(KeyCode.EQUALS).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.2, view.display().zoomProperty().get(), 1e-9);
        assertTrue(view.getStyle().contains("16.8px"), view.getStyle());
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, view.display().zoomProperty().get(), 1e-9);

        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        Node sheet = robot.lookup("#shortcut-sheet").query();
        assertTrue(sheet.isVisible(), "F1 shows the keys");
        robot.interact(() -> sheet.getScene().getWindow().hide());

        trainEpochs(robot, 1);
        javafx.scene.control.ComboBox<?> rate = robot.lookup("#learning-rate").queryComboBox();
        robot.clickOn(rate.getEditor());
        robot.type(KeyCode.SPACE, KeyCode.R);
        settle();
        assertFalse(vm.playingProperty().get(), "Space in the rate box is the box's");
        assertEquals(1, vm.snapshotProperty().get().epoch(), "R in the rate box does not reset");
        assertTrue(rate.getEditor().getText().contains(" r"), rate.getEditor().getText());
        robot.type(KeyCode.ENTER); // text that is no number: the box keeps its rate, nothing is thrown
        settle();
        assertEquals(0.03, vm.trainingProperty().get().optimizer().learningRate(), 1e-12);
    }
}
