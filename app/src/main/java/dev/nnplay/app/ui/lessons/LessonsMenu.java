package dev.nnplay.app.ui.lessons;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.engine.lesson.Lesson;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** The Lessons menu: every lesson in menu order, then the switch of the lesson panel. */
public final class LessonsMenu extends Menu {

    public LessonsMenu(LessonsViewModel lessons) {
        super(Messages.get("lessons.menu"));
        setId("lessons-menu");
        int i = 1;
        for (Lesson l : lessons.lessons()) {
            MenuItem item = new MenuItem(i++ + ". " + l.title());
            item.setId("lesson-" + l.id());
            item.setOnAction(e -> lessons.open(l));
            getItems().add(item);
        }
        CheckMenuItem panel = new CheckMenuItem(Messages.get("lessons.showpanel"));
        panel.setId("lessons-panel-toggle");
        panel.selectedProperty().bindBidirectional(lessons.shownProperty());
        getItems().addAll(new SeparatorMenuItem(), panel);
    }
}
