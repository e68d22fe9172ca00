package dev.nnplay.app.ui.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.nnplay.app.ui.WindowTestBase;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/** The links drawn on one canvas are still found under the pointer, for their tooltip and editing. */
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
}
