package dev.nnplay.app.ui.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.app.ui.PlaygroundView;
import dev.nnplay.app.ui.TestPlayground;
import dev.nnplay.app.ui.TestWindows;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The inside view in the window: while its tab is shown and the panel open, every snapshot carries
 * the per-layer figures and the panel draws a row per layer; on the playground tab, training measures
 * nothing extra.
 */
@ExtendWith(ApplicationExtension.class)
class InsideTabTest {
    private TestPlayground vm;
    private PlaygroundView view;

    @Start
    void start(Stage s) {
        vm = TestPlayground.forWindow();
        view = TestWindows.show(s, vm);
    }

    @AfterEach
    void close() {
        view.stop();
        vm.close();
    }

    private void select(String id) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.tabs().getSelectionModel().select(
                view.tabs().getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().orElseThrow()))
                .get(10, TimeUnit.SECONDS);
    }

    @Test
    void figuresAreMeasuredOnlyWhileTheInsideViewIsShown(FxRobot robot) throws Exception {
        robot.interact(vm::stepEpoch);
        TestWindows.settle(robot, vm);
        assertTrue(vm.snapshotProperty().get().figures().layers().isEmpty(), "nothing measured on the playground tab");

        select("tab-inside");
        robot.interact(vm::stepEpoch);
        TestWindows.settle(robot, vm);
        int layers = vm.networkProperty().get().hidden().size() + 1;
        assertEquals(layers, vm.snapshotProperty().get().figures().layers().size(),
                "measured while the inside view is shown");
        assertNotNull(vm.model().diagnostics().latest(), "the panel's model took them");
        for (int l = 0; l < layers; l++) {
            assertNotNull(view.diagnosticsPanel().sentence(l), "a sentence for layer " + l);
        }
        assertEquals(InsideModel.Kind.PLANE, view.insidePane().kind(), "two inputs: the transformed space");

        select("tab-playground");
        robot.interact(vm::stepEpoch);
        TestWindows.settle(robot, vm);
        assertTrue(vm.snapshotProperty().get().figures().layers().isEmpty(), "measuring stops with the tab");
    }
}
