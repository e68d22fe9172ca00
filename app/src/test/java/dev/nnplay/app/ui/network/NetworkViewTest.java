package dev.nnplay.app.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.app.ui.WindowTestBase;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The links drawn on one canvas are still found under the pointer, for their tooltip and editing; drawn
 * less often while playing, they show the newest weights once paused; links of one look share a path.
 */
class NetworkViewTest extends WindowTestBase {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aLinkIsFoundUnderThePointerAndNothingElsewhere(FxRobot robot) throws Exception {
        settle();
        NetworkView graph = robot.lookup(".network-graph").queryAs(NetworkView.class);
        // the default network: 2 inputs, 4 and 2 hidden neurons, 1 output
        for (int[] link : new int[][] {{0, 0}, {0, 5}, {1, 7}, {2, 1}}) {
            double[] e = graph.linkEnds(link[0], link[1]);
            // a cubic from (x0, y0) with both control points at the middle x passes through the midpoint
            int[] found = graph.linkAt((e[0] + e[2]) / 2, (e[1] + e[3]) / 2);
            assertArrayEquals(link, found);
        }
        double[] first = graph.linkEnds(0, 0);
        assertNull(graph.linkAt(first[0] - 15, first[1] - 60), "no link left of the inputs");
    }

    @Test
    void oncePausedTheLinksShowTheNewestWeights(FxRobot robot) throws Exception {
        settle();
        NetworkView graph = robot.lookup(".network-graph").queryAs(NetworkView.class);
        robot.interact(() -> vm.play());
        Thread.sleep(700);
        robot.interact(() -> vm.pause());
        settle();
        assertTrue(vm.model().observable().snapshotProperty().get().step() > 0, "it trained");
        org.testfx.util.WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> graph.linksShown() == vm.model().observable().snapshotProperty().get());
        assertSame(vm.model().observable().snapshotProperty().get(), graph.linksShown());
    }

    @Test
    void aLooksSizeIsWithinHalfAStepOfTheWeightAndItsSignIsKept() {
        for (float v = -6; v <= 6; v += 0.01f) {
            int look = LinkCanvas.look(v);
            double step = Math.abs(v) < 1 ? 0.05 : 0.25;
            double size = LinkCanvas.magnitude(look);
            if (Math.abs(v) < 4.7) {
                assertEquals(Math.abs(v), size, step / 2 + 1e-6, "size of " + v);
            }
            assertEquals(v < 0 ? 1 : 0, look % 2, "sign of " + v);
            assertTrue(look >= 0 && look < 2 * LinkCanvas.LOOKS, "look of " + v);
        }
        assertNotEquals(LinkCanvas.look(0.3f), LinkCanvas.look(0.4f), "0.3 and 0.4 look different");
        assertEquals(LinkCanvas.look(8f), LinkCanvas.look(50f), "beyond the widest look, one look");
    }
}
