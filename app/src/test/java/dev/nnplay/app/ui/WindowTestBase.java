package dev.nnplay.app.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The playground window, headless on Monocle, opened fresh for each test and closed after it. */
@ExtendWith(ApplicationExtension.class)
public abstract class WindowTestBase {
    protected TestPlayground vm;
    protected PlaygroundView view;

    /** Opens the window; call from the test class's {@code @Start} (TestFX looks only there). */
    protected void open(Stage stage) {
        vm = TestPlayground.forWindow();
        Scene scene = PlaygroundApp.createScene(vm.model(), vm.dialogs(), () -> { });
        view = (PlaygroundView) scene.getRoot();
        stage.setScene(scene);
        stage.show();
        view.start();
    }

    @AfterEach
    protected void close() {
        view.stop();
        vm.close();
    }

    /** Lets the trainer finish every command, then waits until the window has drawn the result. */
    protected void settle() throws Exception {
        // on the FX thread: awaitIdle() ends by taking the snapshot, whose listeners touch nodes
        assertTrue(WaitForAsyncUtils.asyncFx(() -> vm.awaitIdle(60, TimeUnit.SECONDS)).get(90, TimeUnit.SECONDS));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.outputCurrent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
