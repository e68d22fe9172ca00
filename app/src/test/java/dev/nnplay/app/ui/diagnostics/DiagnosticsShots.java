package dev.nnplay.app.ui.diagnostics;

import dev.nnplay.engine.train.Snapshot;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * Writes the diagnostics' screenshots into {@code docs/screenshots/} (or the folder given): the panel
 * on a healthy and on a stalled network, the transformed space on the spiral, Iris's neurons and
 * Digits' weight images. Run from the repository root on the test class path, under Xvfb or Monocle.
 */
public final class DiagnosticsShots {
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
            Files.createDirectories(folder);
            panel(stage, Scenes.healthy(), "diagnostics-healthy.png", false);
            panel(stage, Scenes.stalled(), "diagnostics-stalled.png", false);
            panel(stage, Scenes.healthy(), "diagnostics-healthy-dark.png", true);
            inside(stage, Scenes.spiral(), 150, 40, "transformed-space-spiral.png", 1, 0);
            inside(stage, Scenes.spiral(), 150, 40, "transformed-space-spiral-neurons.png", 0, 1);
            inside(stage, Scenes.iris(), 60, 20, "neurons-iris.png", 0, 0);
            inside(stage, Scenes.digits(), 100, 40, "digits-weights.png", 0, 0);
            Platform.exit();
        }
    }

    private static void panel(Stage stage, Scenes.Scene s, String name, boolean dark) throws Exception {
        DiagnosticsViewModel vm = new DiagnosticsViewModel();
        DiagnosticsPanel panel = new DiagnosticsPanel(vm);
        panel.setExpanded(true);
        s.train(120, 25, vm);
        show(stage, panel, dark);
        panel.applyTheme(dark);
        panel.refresh();
        write(panel.exportNode(), name);
    }

    private static void inside(Stage stage, Scenes.Scene s, int snapshots, int steps, String name, int layer, int axes)
            throws Exception {
        Snapshot snap = s.train(snapshots, steps, null);
        InsidePane pane = new InsidePane(new InsideModel(s.spec(), s.data(), s.loss(), Scenes.K), Runnable::run);
        if (pane.spaceView() != null) {
            pane.spaceView().choose(layer, axes);
        }
        pane.setPrefWidth(700);
        show(stage, pane, false);
        pane.frame(snap);
        pane.frame(snap);
        write(pane, name);
        pane.close();
    }

    private static void show(Stage stage, Parent root, boolean dark) {
        StackPane holder = new StackPane(root);
        holder.setStyle(dark ? "-fx-background-color: #1f2326; -fx-padding: 8;" : "-fx-background-color: white; -fx-padding: 8;");
        Scene scene = new Scene(holder);
        if (dark) {
            root.setStyle("-fx-text-fill: #d6dadd; -fx-base: #2b3035;");
        }
        stage.setScene(scene);
        stage.show();
        holder.applyCss();
        holder.layout();
    }

    private static void write(Node node, String name) throws Exception {
        node.applyCss();
        javafx.scene.SnapshotParameters sp = new javafx.scene.SnapshotParameters();
        sp.setFill(node.getStyleClass().contains("diag-dark") ? javafx.scene.paint.Color.web("#1f2326")
                : javafx.scene.paint.Color.WHITE);
        WritableImage img = node.snapshot(sp, null);
        File f = folder.resolve(name).toFile();
        ImageIO.write(SwingFXUtils.fromFXImage(img, null), "png", f);
        System.out.println("wrote " + f);
    }
}
