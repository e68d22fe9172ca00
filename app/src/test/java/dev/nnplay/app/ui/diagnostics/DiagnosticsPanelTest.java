package dev.nnplay.app.ui.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.inspect.LayerFigures;
import dev.nnplay.engine.inspect.LayerFigures.Verdict;
import dev.nnplay.engine.inspect.NetworkFigures;
import dev.nnplay.engine.train.Snapshot;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The diagnostics panel headless on Monocle: opening it is the training session's switch, a stalled
 * deep sigmoid network gets the sentence for tiny steps on its first layer, and the charts draw.
 */
@ExtendWith(ApplicationExtension.class)
class DiagnosticsPanelTest {
    private final DiagnosticsViewModel vm = new DiagnosticsViewModel();
    private DiagnosticsPanel panel;

    @Start
    void start(Stage stage) {
        panel = new DiagnosticsPanel(vm);
        stage.setScene(new Scene(new VBox(panel), 1000, 700));
        stage.show();
    }

    @Test
    void openingThePanelIsTheSwitchAndAStalledNetworkIsCalledSlow(FxRobot robot) throws Exception {
        assertFalse(vm.wanted().getAsBoolean(), "closed at first, so training does no extra work");
        Scenes.Scene s = Scenes.stalled();
        s.session().setDiagnostics(vm.wanted());
        assertTrue(s.train(1, 5, vm).figures().isEmpty(), "no figures while the panel is closed");

        robot.interact(() -> panel.setExpanded(true));
        assertTrue(vm.wanted().getAsBoolean());
        Snapshot last = s.train(40, 25, vm);
        NetworkFigures f = last.figures();
        assertFalse(f.isEmpty());
        assertEquals(41, vm.history().size());
        LayerFigures first = f.layers().get(0);
        assertEquals(Verdict.SLOW, first.verdict(), "first layer of eight sigmoid layers: " + first.updateRatio());

        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> {
            panel.refresh();
            image.set(panel.snapshotImage());
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(DiagnosticsViewModel.sentence(first), panel.sentence(0));
        assertTrue(panel.sentence(0).contains(DiagnosticsViewModel.ratio(first.updateRatio())), panel.sentence(0));
        assertNotNull(image.get());
        assertTrue(distinctColours(image.get()) > 20, "the charts drew something");

        robot.interact(() -> panel.setExpanded(false));
        assertFalse(vm.wanted().getAsBoolean());
        assertTrue(s.train(1, 5, vm).figures().isEmpty(), "closed again: no figures");
    }

    private static int distinctColours(WritableImage img) {
        PixelReader r = img.getPixelReader();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 3) {
            for (int x = 0; x < img.getWidth(); x += 3) {
                seen.add(r.getArgb(x, y));
            }
        }
        return seen.size();
    }
}
