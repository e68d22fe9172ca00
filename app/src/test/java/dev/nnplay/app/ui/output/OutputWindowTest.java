package dev.nnplay.app.ui.output;

import dev.nnplay.app.ui.common.Palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.app.ui.WindowTestBase;
import dev.nnplay.app.ui.PlaygroundView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The output switches by the data's shape: a fitted curve for one input, a confusion matrix for Iris. */
class OutputWindowTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void epochs(FxRobot robot, int n) throws Exception {
        robot.interact(() -> {
            for (int i = 0; i < n; i++) {
                vm.stepEpoch();
            }
        });
        settle();
    }

    private void sine(FxRobot robot) throws Exception {
        boolean[] ok = new boolean[1];
        robot.interact(() -> ok[0] = vm.setGenerator("sine"));
        assertTrue(ok[0], vm.errorProperty().get());
        settle();
    }

    @Test
    void sineShowsAFittedCurveThatMovesWhileTraining(FxRobot robot) throws Exception {
        sine(robot);
        assertEquals(OutputShape.CURVE, view.output().outputShapeProperty().get());
        Node curveNode = robot.lookup("#fit-curve").query();
        assertTrue(curveNode.isVisible() && curveNode.getScene() != null, "the curve is on screen");
        assertTrue(robot.lookup("#heat-map").tryQuery().map(n -> n.getScene() == null).orElse(true),
                "no heat map for one input");
        ToggleButton x1 = robot.lookup("#feature-x1").queryAs(ToggleButton.class);
        assertTrue(x1.isDisabled(), "the 2-D features do not apply to a curve");
        assertTrue(robot.lookup("#discretize").queryAs(CheckBox.class).isDisabled());
        assertTrue(robot.lookup("#draw-mode").queryAs(ToggleButton.class).isDisabled(), "no plane to draw on");

        Curve before = view.output().curve().curve();
        assertNotNull(before);
        assertEquals(OutputEvaluator.CURVE_POINTS, before.y().length);
        epochs(robot, 20);
        Curve after = view.output().curve().curve();
        assertFalse(Arrays.equals(before.y(), after.y()), "the curve should move as the network learns");
        assertTrue(vm.snapshotProperty().get().trainLoss() < 1, "loss " + vm.snapshotProperty().get().trainLoss());
    }

    @Test
    void sineNeuronThumbnailsPlotTheirOutputAlongX(FxRobot robot) throws Exception {
        sine(robot);
        assertFalse(vm.networkProperty().get().hidden().isEmpty(), "the default network has a hidden layer");
        epochs(robot, 5);
        // a hidden neuron's plot and the input's identity line: blue or orange pixels over a plain background
        for (String id : new String[] {"#neuron-1-0", "#neuron-0-0"}) {
            StackPane cell = robot.lookup(id).queryAs(StackPane.class);
            Image img = ((ImageView) cell.getChildren().get(0)).getImage();
            int w = (int) img.getWidth();
            int h = (int) img.getHeight();
            int line = 0;
            int columns = 0;
            for (int x = 0; x < w; x++) {
                boolean any = false;
                for (int y = 0; y < h; y++) {
                    int c = img.getPixelReader().getArgb(x, y);
                    if (c == Palette.BLUE || c == Palette.ORANGE) {
                        line++;
                        any = true;
                    }
                }
                columns += any ? 1 : 0;
            }
            assertEquals(w, columns, id + ": the plot crosses the whole thumbnail");
            assertTrue(line < w * h / 2, id + ": a line, not a filled map (" + line + " pixels)");
        }

        robot.clickOn("#neuron-1-0");
        settle();
        Label caption = robot.lookup("#curve-caption").queryAs(Label.class);
        assertEquals("Layer 1, neuron 1", caption.getText(), "a click shows the neuron large");
        robot.clickOn("#neuron-1-0");
        settle();
        assertEquals("", caption.getText(), "a second click shows the fit again");
    }

    @Test
    void irisShowsAConfusionMatrixOverTheTestRows(FxRobot robot) throws Exception {
        Path iris = assets().resolve("datasets/iris.csv");
        boolean[] ok = new boolean[1];
        robot.interact(() -> ok[0] = vm.openCsv(iris, "species"));
        assertTrue(ok[0], vm.errorProperty().get());
        settle();
        epochs(robot, 30);
        assertEquals(OutputShape.TABLE, view.output().outputShapeProperty().get());
        int testRows = vm.preparedProperty().get().test().size();
        assertTrue(testRows > 0);
        PredictionTable t = view.output().predictions().table();
        assertEquals(3, t.confusion().length);
        assertTrue(t.heldOut(), "the table shows the test rows");
        int sum = 0;
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                sum += Integer.parseInt(robot.lookup("#confusion-" + i + "-" + j).queryAs(Label.class).getText());
            }
        }
        assertEquals(testRows, sum, "the matrix counts every test row once");
        TableView<?> table = robot.lookup("#predictions").queryAs(TableView.class);
        assertEquals(testRows, table.getItems().size());
        assertTrue(t.accuracy() > 0.6, "accuracy after 30 epochs " + t.accuracy());
        assertTrue(robot.lookup("#feature-x1").queryAs(ToggleButton.class).isDisabled());
        assertTrue(robot.lookup("#show-test").queryAs(CheckBox.class).isDisabled());
    }

    /** The repository's assets folder, from the module's or the repository's directory. */
    private static Path assets() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("assets/datasets"))) {
                return p.resolve("assets");
            }
        }
        throw new IllegalStateException("no assets/datasets above " + here);
    }
}
