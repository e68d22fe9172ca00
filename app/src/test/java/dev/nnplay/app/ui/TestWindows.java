package dev.nnplay.app.ui;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The playground window for TestFX tests: shown on a stage, and waited for until it has drawn. */
public final class TestWindows {
    private TestWindows() {
    }

    /** Shows a window for {@code vm} on {@code stage}, its title following the project, and starts its frames. */
    public static PlaygroundView show(Stage stage, TestPlayground vm) {
        PlaygroundView view = (PlaygroundView) PlaygroundApp.createScene(vm.model(), vm.dialogs(), () -> { }).getRoot();
        stage.setScene(view.getScene());
        stage.titleProperty().bind(view.files().titleProperty());
        stage.show();
        view.start();
        return view;
    }

    /** Lets the trainer finish every command, then lets a few frames pass so the window draws it. */
    public static void settle(FxRobot robot, TestPlayground vm) throws InterruptedException {
        // on the FX thread, as WindowTestBase.settle: awaitIdle() ends by taking the snapshot, whose
        // listeners touch nodes (from the test thread that raced the window's own frame)
        boolean idle;
        try {
            idle = WaitForAsyncUtils.asyncFx(() -> vm.awaitIdle(60, TimeUnit.SECONDS)).get(90, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("training did not become idle", e);
        }
        if (!idle) {
            throw new AssertionError("training did not become idle");
        }
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(150);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
