package dev.nnplay.app.ui;

import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.data.CsvSpec;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.train.TrainingSpec;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Writes the README's screenshots into {@code docs/screenshots/} (or the folder given as the first
 * argument), each light and dark, trained 120 epochs: a classification (XOR, three hidden layers), a
 * regression over the plane (multi-Gaussian), a fitted curve (sine) and a tabular set (Iris). Run under a display (Xvfb): {@code app/scripts/screenshots.sh}.
 */
public final class Screenshots {
    private static final int EPOCHS = 120;
    private static Path folder = Path.of("docs/screenshots");

    public static void main(String[] args) {
        if (args.length > 0) {
            folder = Path.of(args[0]);
        }
        Application.launch(Shooter.class, args);
    }

    /** The application that takes the pictures (the main class must not extend Application). */
    public static final class Shooter extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            shootAll(stage);
        }
    }

    private static void shootAll(Stage stage) throws Exception {
        Files.createDirectories(folder);
        List<Runnable> shots = new ArrayList<>();
        shots.add(() -> shoot(stage, classification(), false, "classification-light.png"));
        shots.add(() -> shoot(stage, classification(), true, "classification-dark.png"));
        shots.add(() -> shoot(stage, regression(), false, "regression-light.png"));
        shots.add(() -> shoot(stage, regression(), true, "regression-dark.png"));
        shots.add(() -> shoot(stage, curve(), false, "curve-light.png"));
        shots.add(() -> shoot(stage, curve(), true, "curve-dark.png"));
        shots.add(() -> shoot(stage, iris(), false, "table-light.png"));
        shots.add(() -> shoot(stage, iris(), true, "table-dark.png"));
        next(shots, 0, Duration.millis(35 * EPOCHS + 2500));
    }

    /** Runs {@code shots} from the {@code i}-th on, {@code gap} apart, then exits. */
    static void next(List<Runnable> shots, int i, Duration gap) {
        if (i == shots.size()) {
            Platform.exit();
            return;
        }
        shots.get(i).run();
        PauseTransition p = new PauseTransition(gap);
        p.setOnFinished(e -> next(shots, i + 1, gap));
        p.play();
    }

    private static TestPlayground classification() {
        return TestPlayground.forWindow(TestPlayground.project(DataSpec.generated(new GeneratorSpec("xor", Workspace.SAMPLES, 0.1, 1, null)),
                NetworkSpec.of(Activation.TANH, 6, 4, 2),
                new TrainingSpec(Loss.BCE_LOGITS.id(), null, OptimizerSpec.of("adam", 0.01), null, null, 10, 0, true)));
    }

    /** The built-in multi-Gaussian surface: six bumps, a regression over the plane. */
    private static TestPlayground regression() {
        return TestPlayground.forWindow(TestPlayground.project(DataSpec.generated(new GeneratorSpec("multigauss", Workspace.SAMPLES, 0.05, 1, null)),
                NetworkSpec.of(Activation.TANH, 8, 6),
                new TrainingSpec(Loss.MSE.id(), null, OptimizerSpec.of("adam", 0.02), null, null, 10, 0, true)));
    }

    /** The built-in sine: one input, so the output is the fitted curve over the points. */
    private static TestPlayground curve() {
        return TestPlayground.forWindow(TestPlayground.project(DataSpec.generated(new GeneratorSpec("sine", Workspace.SAMPLES, 0.1, 1, null)),
                NetworkSpec.of(Activation.TANH, 8, 8),
                new TrainingSpec(Loss.MSE.id(), null, OptimizerSpec.of("adam", 0.02), null, null, 10, 0, true)));
    }

    /** Iris from assets/datasets: four inputs, so the output is the confusion matrix and the table. */
    private static TestPlayground iris() {
        DataSpec d = new DataSpec("csv", null, new CsvSpec("assets/datasets/iris.csv", "species", null, null, true), null,
                List.of(), 0.3, "standardize");
        return TestPlayground.forWindow(TestPlayground.project(d, NetworkSpec.of(Activation.TANH, 6),
                new TrainingSpec(Loss.SOFTMAX_CE.id(), null, OptimizerSpec.of("adam", 0.01), null, null, 10, 0, true)));
    }

    private static void shoot(Stage stage, TestPlayground vm, boolean dark, String name) {
        Scene scene = PlaygroundApp.createScene(vm.model(), vm.dialogs(), () -> { });
        PlaygroundApp.setTheme(dark);
        PlaygroundView view = (PlaygroundView) scene.getRoot();
        view.applyTheme(dark);
        view.outputModel().showTestProperty().set(true);
        stage.setScene(scene);
        stage.show();
        view.start();
        // one epoch every few frames, so the charts get a point per epoch as they would while playing
        javafx.animation.Timeline steps = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(Duration.millis(35), e -> vm.stepEpoch()));
        steps.setCycleCount(EPOCHS);
        steps.play();
        PauseTransition p = new PauseTransition(Duration.millis(35 * EPOCHS + 1500));
        p.setOnFinished(ev -> write(scene, view, vm, folder.resolve(name).toFile()));
        p.play();
    }

    /** Once training is idle, writes the scene to {@code f}, then stops the window and its playground. */
    static void write(Scene scene, PlaygroundView view, TestPlayground vm, File f) {
        try {
            vm.awaitIdle(60, TimeUnit.SECONDS);
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", f);
            System.out.println("wrote " + f);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        } finally {
            view.stop();
            vm.close();
        }
    }
}
