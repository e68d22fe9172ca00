package dev.nnplay.app.ui;

import dev.nnplay.app.ui.lab.LabViewModel;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Writes the descent lab's screenshots into {@code docs/screenshots/} (or the folder given): the line
 * with its update in numbers, the ravine with four optimizers, and a slice of a trained network, light
 * and dark. Run under a display: {@code app/scripts/window.sh dev.nnplay.app.ui.LabScreenshots}.
 */
public final class LabScreenshots {
    private static Path folder = Path.of("docs/screenshots");

    public static void main(String[] args) {
        if (args.length > 0) {
            folder = Path.of(args[0]);
        }
        Application.launch(Shooter.class, args);
    }

    /** The application that takes the pictures. */
    public static final class Shooter extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            Files.createDirectories(folder);
            List<Runnable> shots = new ArrayList<>();
            for (boolean dark : new boolean[] {false, true}) {
                String theme = dark ? "dark" : "light";
                shots.add(() -> shoot(stage, dark, "lab-line-" + theme + ".png", lab -> {
                    lab.lane("adam").enabledProperty().set(false);
                    lab.focusProperty().set("momentum");
                    for (int i = 0; i < 6; i++) {
                        lab.step();
                    }
                }));
                shots.add(() -> shoot(stage, dark, "lab-ravine-" + theme + ".png", lab -> {
                    lab.surfaceIdProperty().set("ravine");
                    lab.lane("rmsprop").enabledProperty().set(true);
                    lab.focusProperty().set("adam");
                    for (int i = 0; i < 40; i++) {
                        lab.step();
                    }
                }));
            }
            shots.add(() -> shootSlice(stage, false, "lab-slice-light.png"));
            shots.add(() -> shootSlice(stage, true, "lab-slice-dark.png"));
            next(shots, 0);
        }
    }

    private static void next(List<Runnable> shots, int i) {
        if (i == shots.size()) {
            Platform.exit();
            return;
        }
        shots.get(i).run();
        PauseTransition p = new PauseTransition(Duration.millis(9000));
        p.setOnFinished(e -> next(shots, i + 1));
        p.play();
    }

    private static PlaygroundView open(Stage stage, TestPlayground vm, boolean dark) {
        Scene scene = PlaygroundApp.createScene(vm.model(), vm.dialogs(), () -> { });
        PlaygroundApp.setTheme(dark);
        PlaygroundView view = (PlaygroundView) scene.getRoot();
        view.applyTheme(dark);
        stage.setScene(scene);
        stage.show();
        view.start();
        return view;
    }

    private static void shoot(Stage stage, boolean dark, String name, Consumer<LabViewModel> setUp) {
        TestPlayground vm = TestPlayground.forWindow();
        PlaygroundView view = open(stage, vm, dark);
        ((TabPane) view.lookup(".modes")).getSelectionModel().select(1);
        setUp.accept(vm.model().lab());
        later(1500, () -> write(stage, name, view, vm));
    }

    /** A network trained a little on the circle, then a slice over two first-layer weights. */
    private static void shootSlice(Stage stage, boolean dark, String name) {
        TestPlayground vm = TestPlayground.forWindow();
        PlaygroundView view = open(stage, vm, dark);
        vm.setGenerator("circle");
        for (int i = 0; i < 40; i++) {
            vm.stepEpoch();
        }
        later(1500, () -> {
            ((TabPane) view.lookup(".modes")).getSelectionModel().select(1);
            LabViewModel lab = vm.model().lab();
            lab.surfaceIdProperty().set("slice");
            later(1500, () -> {
                lab.focusProperty().set("adam");
                lab.lane("sgd").enabledProperty().set(false);
                for (int i = 0; i < 30; i++) {
                    lab.step();
                }
                lab.stepNetwork();
                later(1500, () -> write(stage, name, view, vm));
            });
        });
    }

    private static void later(long millis, Runnable r) {
        PauseTransition p = new PauseTransition(Duration.millis(millis));
        p.setOnFinished(e -> r.run());
        p.play();
    }

    private static void write(Stage stage, String name, PlaygroundView view, TestPlayground vm) {
        try {
            vm.awaitIdle(60, TimeUnit.SECONDS);
            File f = folder.resolve(name).toFile();
            ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().snapshot(null), null), "png", f);
            System.out.println("wrote " + f);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        } finally {
            view.stop();
            vm.close();
        }
    }
}
