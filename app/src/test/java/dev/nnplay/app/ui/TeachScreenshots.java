package dev.nnplay.app.ui;

import dev.nnplay.app.ui.lessons.LessonsViewModel;
import dev.nnplay.engine.lesson.Lesson;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * Writes the pictures of the teaching views into {@code docs/screenshots/} (or the folder given as the
 * first argument; the window size as the second, such as {@code 1024x768}): a lesson of the playground
 * with its panel, a lesson of the lab, compare runs started by a lesson, and the inside view, in the
 * language of the default locale ({@code -Duser.language=zh -Duser.country=CN} for Chinese). Run under
 * a display: {@code app/scripts/window.sh dev.nnplay.app.ui.TeachScreenshots}.
 */
public final class TeachScreenshots {
    private static Path folder = Path.of("docs/screenshots");
    private static int width = 1600;
    private static int height = 1000;

    public static void main(String[] args) {
        if (args.length > 0) {
            folder = Path.of(args[0]);
        }
        if (args.length > 1) {
            String[] wh = args[1].split("x");
            width = Integer.parseInt(wh[0]);
            height = Integer.parseInt(wh[1]);
        }
        Application.launch(Shooter.class, args);
    }

    /** The application that takes the pictures. */
    public static final class Shooter extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            shootAll(stage);
        }
    }

    /** One timed action, then a pause before the next. */
    private record Act(Runnable run, double seconds) {
    }

    private static void shootAll(Stage stage) throws Exception {
        Files.createDirectories(folder);
        String lang = Locale.getDefault().getLanguage().equals("zh") ? "zh" : "en";
        String size = width == 1600 ? "" : "-" + width + "x" + height;
        TestPlayground vm = TestPlayground.forWindow();
        for (int i = 0; i < 10; i++) {
            vm.dialogs().saveAnswers.add(dev.nnplay.app.ui.common.DialogService.SaveAnswer.DONT_SAVE);
        }
        Scene scene = new Scene(new PlaygroundView(vm.model(), vm.dialogs(), () -> { }), width, height);
        PlaygroundApp.setTheme(false);
        scene.getStylesheets().add(PlaygroundApp.STYLESHEET);
        PlaygroundView view = (PlaygroundView) scene.getRoot();
        stage.setScene(scene);
        stage.show();
        view.start();
        LessonsViewModel lessons = vm.model().lessons();
        List<Act> acts = new ArrayList<>();
        acts.add(new Act(() -> shoot(scene, "lessons-list-" + lang + size + ".png"), 1));
        acts.add(new Act(() -> lessons.open(lesson(lessons, "07")), 2));
        acts.add(new Act(() -> lessons.apply(0), 2));
        acts.add(new Act(() -> vm.model().workspace().play(), 4));
        acts.add(new Act(() -> {
            vm.model().workspace().pause();
            shoot(scene, "lesson-xor-" + lang + size + ".png");
        }, 1));
        acts.add(new Act(() -> lessons.open(lesson(lessons, "01")), 3));
        acts.add(new Act(() -> lessons.apply(0), 2));
        acts.add(new Act(() -> shoot(scene, "lesson-lab-" + lang + size + ".png"), 1));
        acts.add(new Act(() -> lessons.open(lesson(lessons, "04")), 3));
        acts.add(new Act(() -> {
            Lesson l = lessons.currentProperty().get();
            for (int i = 0; i < l.steps().size(); i++) {
                if (l.steps().get(i).spec().action() == dev.nnplay.engine.lesson.Action.COMPARE) {
                    lessons.apply(i);
                    return;
                }
            }
        }, 6));
        acts.add(new Act(() -> {
            vm.model().compare().pause();
            shoot(scene, "compare-runs-" + lang + size + ".png");
        }, 1));
        acts.add(new Act(() -> lessons.open(lesson(lessons, "06")), 3));
        acts.add(new Act(() -> {
            view.tabs().getSelectionModel().select(1);
            vm.model().workspace().play();
        }, 6));
        acts.add(new Act(() -> {
            vm.model().workspace().pause();
            lessons.shownProperty().set(false);
        }, 1.5));
        acts.add(new Act(() -> shoot(scene, "inside-" + lang + size + ".png"), 1));
        acts.add(new Act(() -> {
            view.stop();
            vm.close();
            Platform.exit();
        }, 0));
        next(acts, 0);
    }

    private static Lesson lesson(LessonsViewModel lessons, String prefix) {
        return lessons.lessons().stream().filter(l -> l.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static void next(List<Act> acts, int i) {
        if (i == acts.size()) {
            return;
        }
        acts.get(i).run().run();
        PauseTransition p = new PauseTransition(Duration.seconds(Math.max(0.01, acts.get(i).seconds())));
        p.setOnFinished(e -> next(acts, i + 1));
        p.play();
    }

    private static void shoot(Scene scene, String name) {
        try {
            File f = folder.resolve(name).toFile();
            ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", f);
            System.out.println("wrote " + f);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
