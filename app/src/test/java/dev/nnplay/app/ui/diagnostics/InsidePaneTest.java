package dev.nnplay.app.ui.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.nnplay.app.ui.common.Palette;
import dev.nnplay.engine.inspect.NeuronStrips;
import dev.nnplay.engine.train.Snapshot;
import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inside pane picks its pictures by the data, and the painters put the counts where they belong. */
@ExtendWith(ApplicationExtension.class)
class InsidePaneTest {
    private Stage stage;

    @Start
    void start(Stage s) {
        this.stage = s;
        s.setScene(new Scene(new VBox(), 800, 700));
        s.show();
    }

    @Test
    void twoInputsGetTheTransformedSpaceTablesTheNeuronsImagesTheDigits(FxRobot robot) {
        Scenes.Scene spiral = Scenes.spiral();
        Snapshot snap = spiral.train(2, 10, null);
        robot.interact(() -> {
            InsidePane pane = new InsidePane(new InsideModel(spiral.spec(), spiral.data(), spiral.loss(), Scenes.K), Runnable::run);
            stage.getScene().setRoot(pane);
            assertEquals(InsideModel.Kind.PLANE, pane.kind());
            assertNotNull(pane.spaceView());
            assertEquals(0, pane.spaceView().block());
            pane.frame(snap);
            pane.frame(snap);
            pane.close();
        });
        Scenes.Scene iris = Scenes.iris();
        robot.interact(() -> {
            InsidePane pane = new InsidePane(new InsideModel(iris.spec(), iris.data(), iris.loss(), Scenes.K), Runnable::run);
            assertEquals(InsideModel.Kind.TABLE, pane.kind());
            assertNull(pane.spaceView());
            pane.close();
        });
        Scenes.Scene digits = Scenes.digits();
        robot.interact(() -> {
            InsidePane pane = new InsidePane(new InsideModel(digits.spec(), digits.data(), digits.loss(), Scenes.K), Runnable::run);
            assertEquals(InsideModel.Kind.IMAGE, pane.kind());
            pane.close();
        });
    }

    @Test
    void aStripStacksEachBinByClassAndWeightsShowTheirSign() {
        // bin 0: two rows of class 0; bin 3: one of class 0 and one of class 1 under it
        int[][] counts = {{2, 0, 0, 1}, {0, 0, 0, 1}};
        int[] px = NeuronStripPainter.pixels(new NeuronStrips(0, 0, 0, 1, counts), 40, 20);
        assertEquals(Palette.classColor(0), px[18 * 40 + 2], "bottom of bin 0 (above the frame)");
        assertEquals(Palette.classColor(0), px[1 * 40 + 2], "bin 0 is the peak: full height");
        assertEquals(NeuronStripPainter.BACKGROUND, px[10 * 40 + 15], "bin 1 is empty");
        assertEquals(Palette.classColor(0), px[18 * 40 + 32], "class 0 at the bottom of bin 3");
        assertEquals(Palette.classColor(1), px[6 * 40 + 32], "class 1 on top of it");

        float[] w = new float[16];
        w[0] = 2f;
        w[15] = -2f;
        int[] img = DigitPainter.weightPixels(w, 4, 2);
        assertEquals(Palette.BLUE, img[0]);
        assertEquals(Palette.ORANGE, img[7 * 8 + 7]);
        assertEquals(Palette.MID, img[1 * 8 + 3]);
        assertEquals(0xFF000000, DigitPainter.imagePixels(w, 4, 1)[0], "the largest pixel is black");
        assertEquals(0xFFFFFFFF, DigitPainter.imagePixels(w, 4, 1)[5], "zero is white");
    }
}
