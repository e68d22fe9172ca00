package dev.nnplay.app.ui.lessons;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.app.ui.PlaygroundView;
import dev.nnplay.app.ui.TestPlayground;
import dev.nnplay.app.ui.TestWindows;
import dev.nnplay.app.ui.common.DialogService.SaveAnswer;
import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.compare.Comparison;
import dev.nnplay.engine.lesson.Action;
import dev.nnplay.engine.lesson.Lesson;
import dev.nnplay.engine.lesson.Lessons;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The lessons in the window, headless on Monocle: the menu lists every lesson, a click on a lesson
 * opens its project with its panel, a step's button applies its settings, a lesson of the lab opens
 * the lab as it says, and a compare step trains its runs side by side.
 */
@ExtendWith(ApplicationExtension.class)
class LessonsWindowTest {
    private TestPlayground vm;
    private PlaygroundView view;

    @Start
    void start(Stage s) {
        vm = TestPlayground.forWindow();
        view = TestWindows.show(s, vm);
    }

    @AfterEach
    void close() {
        view.stop();
        vm.close();
    }

    private LessonsViewModel lessons() {
        return vm.model().lessons();
    }

    private Lesson lesson(String prefix) {
        return lessons().lessons().stream().filter(l -> l.id().startsWith(prefix)).findFirst().orElseThrow();
    }

    private <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(30, TimeUnit.SECONDS);
    }

    private void open(FxRobot robot, Lesson l) throws Exception {
        assertTrue(fx(() -> lessons().open(l)).get(60, TimeUnit.SECONDS), "the lesson opened");
        TestWindows.settle(robot, vm);
    }

    @Test
    void theMenuListsEveryLessonAndTheStartPanelOffersThem(FxRobot robot) throws Exception {
        List<java.nio.file.Path> folders = Lessons.list(Lessons.folder());
        assertTrue(folders.size() >= 10, "ten lessons or more ship, found " + folders.size());
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        var menu = bar.getMenus().stream().filter(m -> "lessons-menu".equals(m.getId())).findFirst().orElseThrow();
        long items = menu.getItems().stream().filter(i -> i.getId() != null && i.getId().startsWith("lesson-")).count();
        assertEquals(folders.size(), items, "one menu item per lesson");
        for (java.nio.file.Path f : folders) {
            assertNotNull(robot.lookup("#lesson-open-" + f.getFileName()).tryQuery().orElse(null),
                    "the start panel offers " + f.getFileName());
        }
    }

    @Test
    void aClickOpensTheLessonsProjectAndItsStepsApplyTheirSettings(FxRobot robot) throws Exception {
        Lesson xor = lesson("07");
        Button item = robot.lookup("#lesson-open-" + xor.id()).queryAs(Button.class);
        fx(() -> {
            item.fire(); // the list scrolls: the item may be below the panel's fold
            return null;
        });
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lessons().currentProperty().get() == null && System.nanoTime() < until) {
            robot.sleep(50);
        }
        TestWindows.settle(robot, vm);
        Workspace.State s = vm.model().workspace().state();
        assertEquals(xor.project().network(), s.network(), "the lesson's network");
        assertEquals(xor.project().data().features(), s.data().features(), "the lesson's features");
        assertEquals(xor.title(), robot.lookup("#lesson-title").queryAs(Label.class).getText());
        // the step that adds the hidden layer: its settings reach the playground
        int withLayers = -1;
        for (int i = 0; i < xor.steps().size(); i++) {
            var c = xor.steps().get(i).spec().settings();
            if (c != null && c.hidden() != null && !c.hidden().isEmpty()) {
                withLayers = i;
                break;
            }
        }
        assertTrue(withLayers >= 0, "the XOR lesson has a step that adds a hidden layer");
        Button stepButton = robot.lookup("#lesson-step-" + withLayers).queryAs(Button.class);
        fx(() -> {
            stepButton.fire();
            return null;
        });
        TestWindows.settle(robot, vm);
        Workspace.State after = vm.model().workspace().state();
        assertEquals(xor.steps().get(withLayers).spec().settings().hidden(),
                after.network().hidden().stream().map(l -> l.units()).toList(), "the step's hidden layers");
        assertEquals(withLayers, lessons().stepDoneProperty().get());
        // back to the list: the playground stays
        robot.clickOn("#lesson-list");
        assertNull(lessons().currentProperty().get());
        assertEquals(after.network(), vm.model().workspace().state().network());
    }

    @Test
    void aLessonOfTheLabOpensTheLabSetAsItSays(FxRobot robot) throws Exception {
        Lesson byHand = lesson("01");
        assertTrue(byHand.opensInLab());
        open(robot, byHand);
        assertEquals("tab-lab", view.tabs().getSelectionModel().getSelectedItem().getId());
        var lab = vm.model().lab();
        assertEquals(byHand.spec().lab().surface(), lab.surfaceIdProperty().get());
        if (byHand.spec().lab().start() != null) {
            assertEquals(byHand.spec().lab().start().get(0), lab.start()[0], 1e-12);
            assertEquals(byHand.spec().lab().start().get(1), lab.start()[1], 1e-12);
        }
        for (String o : byHand.spec().lab().optimizers()) {
            assertTrue(lab.lane(o).enabledProperty().get(), o + " drawn");
        }
    }

    @Test
    void aCompareStepTrainsItsRunsFromTheSameWeights(FxRobot robot) throws Exception {
        vm.dialogs().saveAnswers.add(SaveAnswer.DONT_SAVE);
        Lesson race = lesson("04");
        open(robot, race);
        int compare = -1;
        for (int i = 0; i < race.steps().size(); i++) {
            if (race.steps().get(i).spec().action() == Action.COMPARE) {
                compare = i;
            }
        }
        assertTrue(compare >= 0, "lesson 4 compares runs");
        int step = compare;
        fx(() -> {
            lessons().apply(step);
            return null;
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!fx(() -> vm.model().compare().active()) && System.nanoTime() < deadline) {
            robot.sleep(100);
        }
        assertEquals("", fx(() -> vm.model().compare().errorProperty().get()), "no error");
        assertTrue(fx(() -> vm.model().compare().active()), "the runs started");
        assertEquals("tab-compare", view.tabs().getSelectionModel().getSelectedItem().getId());
        robot.sleep(1500);
        fx(() -> {
            vm.model().compare().pause();
            vm.model().compare().sync();
            return null;
        });
        List<Comparison.RunSnapshot> runs = fx(() -> vm.model().compare().runsProperty().get());
        assertEquals(race.runs().size(), runs.size());
        double pace = fx(() -> vm.model().compare().paceProperty().get());
        for (Comparison.RunSnapshot r : runs) {
            assertTrue(r.curve().evaluations() > 1, r.label() + " trained");
            // played at the class's pace, not as fast as the machine goes: 1.5 s at 10 epochs a second
            assertTrue(r.epoch() <= 3 * pace, r.label() + " went " + r.epoch() + " epochs at " + pace + "/s");
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2 * runs.size(), view.compare().seriesCount(), "a train and a test line per run");
        // every run starts at the same loss: the same initial weights
        double first = runs.get(0).curve().trainLosses()[0];
        for (Comparison.RunSnapshot r : runs) {
            assertEquals(first, r.curve().trainLosses()[0], 0, r.label());
        }
    }

    @Test
    void everyStepOfEveryLessonRunsInTheWindowWithoutAnError(FxRobot robot) throws Exception {
        for (Lesson l : lessons().lessons()) {
            vm.dialogs().saveAnswers.add(SaveAnswer.DONT_SAVE);
            open(robot, l);
            for (int i = 0; i < l.steps().size(); i++) {
                int step = i;
                fx(() -> {
                    lessons().apply(step);
                    return null;
                });
                TestWindows.settle(robot, vm);
                fx(() -> {
                    vm.model().workspace().pause();
                    if (vm.model().lab() != null) {
                        vm.model().lab().playingProperty().set(false);
                    }
                    vm.model().compare().pause();
                    return null;
                });
                assertEquals("", vm.errorProperty().get(), l.id() + " step " + (i + 1));
                assertEquals("", fx(() -> vm.model().compare().errorProperty().get()), l.id() + " step " + (i + 1));
            }
            assertEquals(l.steps().size() - 1, lessons().stepDoneProperty().get(), l.id());
        }
        assertTrue(vm.dialogs().errors.isEmpty(), String.valueOf(vm.dialogs().errors));
    }

    @Test
    void thePanelFoldsAwayAndComesBack(FxRobot robot) throws Exception {
        robot.clickOn("#lesson-fold");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lessons().shownProperty().get());
        assertTrue(robot.lookup("#lesson-unfold").tryQuery().isPresent());
        Node unfold = robot.lookup("#lesson-unfold").query();
        assertTrue(unfold.getBoundsInParent().getWidth() < 80, "folded to a strip");
        robot.clickOn("#lesson-unfold");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lessons().shownProperty().get());
        assertTrue(robot.lookup("#lesson-panel").queryAs(javafx.scene.layout.Region.class).getWidth() > 200);
        assertFalse(robot.lookup(".lesson-item").queryAllAs(Button.class).isEmpty());
    }
}
