package dev.nnplay.app.ui.files;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.app.ui.PlaygroundView;
import dev.nnplay.app.ui.TestPlayground;
import dev.nnplay.app.ui.TestWindows;
import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.project.ProjectIO;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Save and autosave while one training step takes seconds: both return at once, the frames keep
 * coming, and the file is written once the step ends. The kernels are made slow on the training
 * thread only, by a wrapper that sleeps in every matrix product while armed.
 */
@ExtendWith(ApplicationExtension.class)
class NothingWaitsForTrainingTest {
    /** How long each product on the training thread takes while armed. */
    private static final long SLOW_MILLIS = 1500;

    @TempDir
    Path tmp;

    private final AtomicBoolean slow = new AtomicBoolean();
    private TestPlayground vm;
    private PlaygroundView view;

    private Kernels slowWhenArmed(Kernels real) {
        return (Kernels) Proxy.newProxyInstance(Kernels.class.getClassLoader(), new Class<?>[] {Kernels.class},
                (proxy, method, args) -> {
                    if (slow.get() && method.getName().startsWith("mult")
                            && Thread.currentThread().getName().equals("nnplay-trainer")) {
                        Thread.sleep(SLOW_MILLIS);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    @Start
    void start(Stage stage) {
        vm = TestPlayground.forWindow(Workspace.OPENING, slowWhenArmed(KernelProvider.get()));
        view = TestWindows.show(stage, vm);
    }

    @AfterEach
    void close() {
        slow.set(false);
        view.stop();
        vm.close();
    }

    /** Runs {@code c} on the FX thread; returns how long the call took there, in milliseconds. */
    private static long timedOnFx(Runnable c) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            long t0 = System.nanoTime();
            c.run();
            return (System.nanoTime() - t0) / 1_000_000;
        }).get(30, TimeUnit.SECONDS);
    }

    @Test
    void saveAndAutosaveReturnAtOnceWhileAStepTakesSeconds(FxRobot robot) throws Exception {
        robot.clickOn("#add-layer"); // unsaved work, so the autosave has something to write
        TestWindows.settle(robot, vm);
        Path file = tmp.resolve("busy.json");
        slow.set(true);
        robot.interact(() -> vm.stepEpoch()); // dozens of products, each 1.5 s: the training thread is busy
        Thread.sleep(300);

        @SuppressWarnings("unchecked")
        CompletableFuture<Boolean>[] saved = new CompletableFuture[2];
        long saveMillis = timedOnFx(() -> saved[0] = view.files().saveTo(file));
        long autosaveMillis = timedOnFx(() -> saved[1] = view.files().autosave());
        assertTrue(saveMillis < 500, "save took " + saveMillis + " ms on the FX thread");
        assertTrue(autosaveMillis < 500, "autosave took " + autosaveMillis + " ms on the FX thread");

        int framesBefore = view.frames().count();
        Thread.sleep(1000);
        int frames = view.frames().count() - framesBefore;
        assertTrue(frames >= 10, "the frame timer ran " + frames + " times in the second the step took");
        assertTrue(!saved[0].isDone() && !Files.exists(file), "the save waits for the step, not the window");

        slow.set(false);
        assertTrue(saved[0].get(60, TimeUnit.SECONDS), vm.dialogs().errors.toString());
        assertTrue(saved[1].get(60, TimeUnit.SECONDS));
        assertTrue(ProjectIO.read(file).weights().step() > 0, "saved after the step, with its weights");
    }
}
