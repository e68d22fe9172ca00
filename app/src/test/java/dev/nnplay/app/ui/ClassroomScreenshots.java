package dev.nnplay.app.ui;

import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.data.CsvSpec;
import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.train.TrainingSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The classroom screenshots into {@code docs/screenshots/}: the window at 1024 × 768 (a projector) and
 * 1366 × 768 (the commonest laptop), in presentation mode, light and dark, in the language given as
 * the first argument ({@code en} or {@code zh}), trained 60 epochs with a rate change marked on the
 * chart. Run under Xvfb: {@code app/scripts/window.sh dev.nnplay.app.ui.ClassroomScreenshots en}.
 */
public final class ClassroomScreenshots {
    private static final int EPOCHS = 60;
    private static String lang = "en";
    private static Path folder = Path.of("docs/screenshots");

    public static void main(String[] args) {
        if (args.length > 0) {
            lang = args[0];
        }
        if (args.length > 1) {
            folder = Path.of(args[1]);
        }
        Locale.setDefault(lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);
        Application.launch(Shooter.class, args);
    }

    /** The application that takes the pictures. */
    public static final class Shooter extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Files.createDirectories(folder);
            List<Runnable> shots = new ArrayList<>();
            shots.add(() -> shoot(stage, xor(), 1024, 768, false, false, "1024-light"));
            shots.add(() -> shoot(stage, xor(), 1024, 768, true, false, "1024-dark"));
            shots.add(() -> shoot(stage, xor(), 1366, 768, false, false, "1366-light"));
            shots.add(() -> shoot(stage, xor(), 1366, 768, true, false, "1366-dark"));
            shots.add(() -> shoot(stage, xor(), 1024, 768, false, true, "presentation-1024-light"));
            shots.add(() -> shoot(stage, xor(), 1366, 768, true, true, "presentation-1366-dark"));
            shots.add(() -> shoot(stage, xor(), 1366, 768, false, false, "data-click-1366-light", true));
            if (lang.equals("en")) {
                shots.add(() -> shoot(stage, digits(), 1366, 768, false, false, "digits-1366-light"));
            }
            Screenshots.next(shots, 0, Duration.millis(40 * EPOCHS + 3500));
        }
    }

    private static TestPlayground xor() {
        return TestPlayground.forWindow(TestPlayground.project(
                DataSpec.generated(new GeneratorSpec("xor", Workspace.SAMPLES, 0.1, 1, null)),
                NetworkSpec.of(Activation.TANH, 6, 4),
                new TrainingSpec(Loss.BCE_LOGITS.id(), null, OptimizerSpec.of("adam", 0.01), null, null, 10, 0, true)));
    }

    private static TestPlayground digits() {
        // as assets/examples/digits.json has it
        DataSpec d = new DataSpec("csv", null, new CsvSpec("assets/datasets/digits8x8.csv", "digit", "classify", null, true), null, List.of(), 0.3, "standardize");
        return TestPlayground.forWindow(TestPlayground.project(d,
                NetworkSpec.of(Activation.RELU, 32).withInit(dev.nnplay.engine.nn.Init.HE_UNIFORM),
                new TrainingSpec(Loss.SOFTMAX_CE.id(), null, OptimizerSpec.of("adam", 0.002), null,
                        new dev.nnplay.engine.optim.Regularization("l2", 0.001), 32, 0, true)));
    }

    private static void shoot(Stage stage, TestPlayground vm, int w, int h, boolean dark, boolean presentation,
                              String name) {
        shoot(stage, vm, w, h, dark, presentation, name, false);
    }

    /** As above; with {@code clickData}, a click on another data set at the end (the status line says what went). */
    private static void shoot(Stage stage, TestPlayground vm, int w, int h, boolean dark, boolean presentation,
                              String name, boolean clickData) {
        Scene scene = PlaygroundApp.createScene(vm.model(), vm.dialogs(), () -> { });
        PlaygroundApp.setTheme(dark);
        PlaygroundView view = (PlaygroundView) scene.getRoot();
        view.applyTheme(dark);
        view.display().presentationProperty().set(presentation);
        if (presentation) {
            // on a projector the teacher folds the settings away: room for the chart
            ((javafx.scene.control.ToggleButton) scene.lookup("#fold-settings")).setSelected(true);
        }
        view.outputModel().showTestProperty().set(true);
        stage.setScene(scene);
        stage.setWidth(w);
        stage.setHeight(h);
        stage.show();
        view.start();
        javafx.animation.Timeline steps = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(Duration.millis(40), e -> vm.stepEpoch()));
        steps.setCycleCount(EPOCHS);
        PauseTransition rate = new PauseTransition(Duration.millis(40 * EPOCHS / 2.0));
        // a mark on the chart where the rate changed
        rate.setOnFinished(e -> vm.setLearningRate(vm.trainingProperty().get().optimizer().learningRate() / 2));
        steps.play();
        rate.play();
        PauseTransition p = new PauseTransition(Duration.millis(40 * EPOCHS + 2000));
        if (clickData) {
            PauseTransition click = new PauseTransition(Duration.millis(40 * EPOCHS + 800));
            click.setOnFinished(e -> vm.setGenerator("circle"));
            click.play();
        }
        p.setOnFinished(ev -> Screenshots.write(scene, view, vm,
                folder.resolve("classroom-" + name + "-" + lang + ".png").toFile()));
        p.play();
    }
}
