package dev.nnplay.app.ui.files;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.app.ui.PlaygroundApp;
import dev.nnplay.app.ui.PlaygroundView;
import dev.nnplay.app.ui.PlaygroundViewModel;
import dev.nnplay.app.ui.TestWindows;
import dev.nnplay.engine.export.ExportFormat;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectException;
import dev.nnplay.engine.train.Snapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Slider;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window's files, headless on Monocle: save a trained window, open it in a fresh one, recover lost work. */
@ExtendWith(ApplicationExtension.class)
class FilesWindowTest {
    @TempDir
    Path tmp;

    private PlaygroundViewModel vm;
    private PlaygroundView view;
    private Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        vm = new PlaygroundViewModel();
        view = TestWindows.show(stage, vm);
    }

    @AfterEach
    void close() {
        view.stop();
        vm.close();
    }

    private static void settle(FxRobot robot, PlaygroundViewModel m) throws InterruptedException {
        TestWindows.settle(robot, m);
    }

    /** Runs {@code c} on the FX thread; what it throws comes back as the cause of an ExecutionException. */
    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    @Test
    void aTrainedWindowSavedAndOpenedInAFreshWindowIsTheSame(FxRobot robot) throws Exception {
        robot.clickOn("#dataset-circle");
        robot.clickOn("#add-layer");
        ComboBox<Double> rate = robot.lookup("#learning-rate").queryComboBox();
        robot.interact(() -> rate.setValue(0.1));
        robot.interact(() -> robot.lookup("#batch-size").queryAs(Slider.class).setValue(17));
        for (int i = 0; i < 7; i++) {
            robot.clickOn("#step-epoch");
        }
        settle(robot, vm);
        assertTrue(stage.getTitle().startsWith("• Untitled"), stage.getTitle());

        Path file = tmp.resolve("circle.json");
        fx(() -> {
            view.files().save(file);
            return null;
        });
        assertEquals("circle — NN Playground", stage.getTitle());
        assertEquals(file.toAbsolutePath(), view.files().recent().get(0));

        PlaygroundViewModel freshVm = new PlaygroundViewModel();
        try {
            PlaygroundView fresh = fx(() -> (PlaygroundView) PlaygroundApp.createScene(freshVm, () -> { }).getRoot());
            fx(() -> {
                fresh.files().apply(FilesViewModel.read(file), file);
                return null;
            });
            settle(robot, freshVm);

            assertEquals(vm.dataProperty().get(), freshVm.dataProperty().get());
            assertEquals(vm.networkProperty().get(), freshVm.networkProperty().get());
            assertEquals(vm.trainingProperty().get(), freshVm.trainingProperty().get());
            Snapshot a = vm.snapshotProperty().get();
            Snapshot b = freshVm.snapshotProperty().get();
            assertEquals(7, b.epoch());
            assertEquals(a.step(), b.step());
            for (int i = 0; i < a.weights().length; i++) {
                assertArrayEquals(a.weights()[i], b.weights()[i], "parameter " + i);
            }
            assertEquals(vm.history(), freshVm.history());
            assertEquals(0.1, ((ComboBox<?>) fresh.lookup("#learning-rate")).getValue(), "the controls show the opened settings");
            assertEquals(17, ((Slider) fresh.lookup("#batch-size")).getValue());
            assertEquals(17, freshVm.trainingProperty().get().batchSize());
            assertTrue(fresh.chartPoints() >= 2, "chart points " + fresh.chartPoints());
            assertEquals(freshVm.history().size(), fresh.chartPoints(), "the curves are redrawn from the saved rows");
            assertFalse(freshVm.dirtyProperty().get());
            assertEquals("circle — NN Playground", fresh.files().titleProperty().get());
        } finally {
            freshVm.close();
        }
    }

    @Test
    void everyExampleOpensAsItIs(FxRobot robot) throws Exception {
        java.util.List<Path> examples = Examples.list();
        assertEquals(3, examples.size(), "assets/examples found from the build: " + examples);
        for (Path example : examples) {
            Project p = FilesViewModel.read(example);
            fx(() -> {
                view.files().apply(p, example);
                return null;
            });
            settle(robot, vm);
            assertEquals(p.network(), vm.networkProperty().get(), example.toString());
            assertEquals(p.training(), vm.trainingProperty().get(), example.toString());
            assertEquals(p.data().features(), vm.dataProperty().get().features(), example.toString());
            assertEquals("", vm.errorProperty().get(), example.toString());
            assertEquals("", vm.snapshotProperty().get().message(), example.toString());
            assertFalse(vm.dirtyProperty().get(), example.toString());
        }

        // and from the menu, by the lesson's name: shown, but not bound to the shipped file
        robot.clickOn("Examples");
        robot.clickOn("Iris flowers");
        for (int i = 0; i < 100 && vm.networkProperty().get().hidden().get(0).units() != 16; i++) {
            robot.sleep(50);
        }
        settle(robot, vm);
        assertEquals(16, vm.networkProperty().get().hidden().get(0).units());
        assertEquals("Iris flowers — NN Playground", stage.getTitle());
        assertEquals(null, view.files().fileProperty().get(), "Save asks where, never over the example");
    }

    @Test
    void anEditMakesTheWindowDirtyAndSavingCleansIt(FxRobot robot) throws Exception {
        assertEquals("Untitled — NN Playground", stage.getTitle());
        robot.clickOn("#add-layer");
        settle(robot, vm);
        assertTrue(stage.getTitle().startsWith("• "), stage.getTitle());
        fx(() -> {
            view.files().save(tmp.resolve("edited.json"));
            return null;
        });
        assertEquals("edited — NN Playground", stage.getTitle());
        robot.clickOn("#step-epoch");
        settle(robot, vm);
        assertTrue(stage.getTitle().startsWith("• edited"), "training is a change too: " + stage.getTitle());
    }

    /** Asks the File menu's question on the FX thread and answers it by clicking {@code button}. */
    private boolean answer(FxRobot robot, String button) throws Exception {
        java.util.concurrent.CompletableFuture<Boolean> result = new java.util.concurrent.CompletableFuture<>();
        javafx.application.Platform.runLater(() -> result.complete(view.fileMenu().confirmDiscard()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.sleep(300);
        robot.clickOn(button);
        return result.get(30, TimeUnit.SECONDS);
    }

    @Test
    void unsavedWorkIsAskedAboutBeforeItIsReplaced(FxRobot robot) throws Exception {
        assertTrue(fx(() -> view.fileMenu().confirmDiscard()), "nothing to ask while clean");
        robot.clickOn("#add-layer");
        settle(robot, vm);
        assertFalse(answer(robot, "Cancel"), "Cancel keeps the work");
        assertTrue(vm.dirtyProperty().get());
        assertTrue(answer(robot, "Don't save"), "Don't save lets it go");

        Path file = tmp.resolve("kept.json");
        fx(() -> {
            view.files().save(file);
            return null;
        });
        robot.clickOn("#add-layer");
        settle(robot, vm);
        assertTrue(answer(robot, "Save"), "Save saves to the project's file, then lets it go");
        assertFalse(vm.dirtyProperty().get());
        assertEquals(vm.networkProperty().get(), FilesViewModel.read(file).network());
    }

    @Test
    void unsavedWorkIsWrittenForRecoveryAndOfferedNextTime() throws Exception {
        Path config = tmp.resolve("config");
        PlaygroundViewModel before = new PlaygroundViewModel(); // not in the window: its title is the stage's
        PlaygroundViewModel next = new PlaygroundViewModel();
        try {
            FilesViewModel files = new FilesViewModel(before, config);
            assertFalse(files.autosave(), "nothing to keep while clean");
            before.setNetwork(NetworkSpec.of(Activation.RELU, 7));
            before.stepEpoch();
            assertTrue(before.awaitIdle(30, TimeUnit.SECONDS));
            assertTrue(files.autosave());
            assertTrue(Files.isRegularFile(config.resolve(FilesViewModel.RECOVERY)));

            FilesViewModel nextFiles = new FilesViewModel(next, config);
            Project offered = nextFiles.recovery().orElseThrow();
            nextFiles.restore(offered);
            assertTrue(next.awaitIdle(30, TimeUnit.SECONDS));
            assertEquals(NetworkSpec.of(Activation.RELU, 7), next.networkProperty().get());
            assertEquals(1, next.snapshotProperty().get().epoch());
            assertArrayEquals(before.snapshotProperty().get().weights()[0], next.snapshotProperty().get().weights()[0]);
            assertTrue(next.dirtyProperty().get(), "recovered work is not saved anywhere yet");
            nextFiles.save(tmp.resolve("recovered.json"));
            assertTrue(nextFiles.recovery().isEmpty(), "once saved, the recovery file is stale and goes");
        } finally {
            before.close();
            next.close();
        }
    }

    @Test
    void exportsImportsAndPicturesWrite(FxRobot robot) throws Exception {
        robot.clickOn("#step-epoch");
        settle(robot, vm);
        Path npz = tmp.resolve("w.npz");
        fx(() -> {
            view.files().export(ExportFormat.NPZ, npz);
            view.files().export(ExportFormat.ONNX, tmp.resolve("m.onnx"));
            ImageSaver.savePng(view, tmp.resolve("window.png"));
            return null;
        });
        assertTrue(Files.size(npz) > 100);
        assertTrue(Files.size(tmp.resolve("m.onnx")) > 100);
        byte[] png = Files.readAllBytes(tmp.resolve("window.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);

        // weights of this shape go in; of another shape, one clear message and nothing changes
        float[] exported = vm.snapshotProperty().get().weights()[0].clone();
        robot.clickOn("#step-epoch");
        settle(robot, vm);
        assertFalse(java.util.Arrays.equals(exported, vm.snapshotProperty().get().weights()[0]));
        fx(() -> {
            view.files().importWeights(npz);
            return null;
        });
        settle(robot, vm);
        assertArrayEquals(exported, vm.snapshotProperty().get().weights()[0]);
        assertEquals(0, vm.snapshotProperty().get().epoch());
        assertTrue(vm.dirtyProperty().get());

        robot.clickOn("#add-layer");
        settle(robot, vm);
        NetworkSpec now = vm.networkProperty().get();
        WaitForAsyncUtils.printException = false; // the failure is expected and asserted below, not printed
        ExecutionException e;
        try {
            e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, () -> fx(() -> {
                view.files().importWeights(npz);
                return null;
            }));
        } finally {
            WaitForAsyncUtils.printException = true;
        }
        assertInstanceOf(ProjectException.class, e.getCause());
        assertTrue(e.getCause().getMessage().startsWith("weights"), e.getCause().getMessage());
        assertEquals(now, vm.networkProperty().get());
    }
}
