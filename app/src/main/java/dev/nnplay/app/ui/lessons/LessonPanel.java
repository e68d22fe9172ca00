package dev.nnplay.app.ui.lessons;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.Tips;
import dev.nnplay.engine.lesson.Lesson;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The lesson beside the playground: with no lesson open, the list of lessons to start from; with one
 * open, what to do, what to look for, a question for the class, the steps (each with a button that
 * applies it) and, folded, the explanation. The whole panel folds to a narrow strip.
 */
public final class LessonPanel extends BorderPane {
    private static final PseudoClass DONE = PseudoClass.getPseudoClass("done");
    private static final PseudoClass NEXT = PseudoClass.getPseudoClass("next");
    /** The panel's width unfolded. */
    public static final double WIDTH = 340;

    private final LessonsViewModel model;
    private final VBox body = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(body);
    private final VBox strip;
    private final VBox unfolded;
    private final Label heading = new Label();
    private final List<VBox> stepBoxes = new java.util.ArrayList<>();

    public LessonPanel(LessonsViewModel model) {
        this.model = model;
        setId("lesson-panel");
        getStyleClass().add("lesson-panel");

        heading.getStyleClass().add("panel-title");
        Button fold = iconButton(FontIcon.of(MaterialDesignC.CHEVRON_RIGHT), "lesson-fold", "lessons.fold.tip");
        fold.setOnAction(e -> model.shownProperty().set(false));
        Button list = iconButton(FontIcon.of(MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE), "lesson-list",
                "lessons.list.tip");
        list.setOnAction(e -> model.close());
        list.visibleProperty().bind(model.currentProperty().isNotNull());
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(6, heading, grow, list, fold);
        top.setAlignment(Pos.CENTER_LEFT);

        body.setPadding(new Insets(4, 10, 10, 2));
        body.setFillWidth(true);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        unfolded = new VBox(6, top, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        unfolded.setPrefWidth(WIDTH);
        unfolded.setMinWidth(260);

        Button unfold = new Button(null, FontIcon.of(MaterialDesignC.CHEVRON_LEFT));
        unfold.setId("lesson-unfold");
        unfold.getStyleClass().addAll("button-icon", "flat");
        unfold.setOnAction(e -> model.shownProperty().set(true));
        Tips.install(unfold, Messages.get("lessons.unfold.tip"));
        Label vertical = new Label(Messages.get("lessons.menu"));
        vertical.setRotate(90);
        vertical.getStyleClass().add("lesson-strip-label");
        javafx.scene.Group rotated = new javafx.scene.Group(vertical);
        strip = new VBox(14, unfold, rotated);
        strip.setAlignment(Pos.TOP_CENTER);
        strip.setPadding(new Insets(4, 0, 0, 0));
        strip.setPrefWidth(26);
        strip.setMaxWidth(26);
        strip.setOnMouseClicked(e -> model.shownProperty().set(true));

        model.shownProperty().addListener((o, a, b) -> fold());
        model.currentProperty().addListener((o, a, b) -> rebuild());
        model.stepDoneProperty().addListener((o, a, b) -> markSteps());
        fold();
        rebuild();
    }

    private static Button iconButton(FontIcon icon, String id, String tipKey) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.getStyleClass().addAll("button-icon", "flat");
        Tips.install(b, Messages.get(tipKey));
        return b;
    }

    private void fold() {
        boolean shown = model.shownProperty().get();
        setCenter(shown ? unfolded : strip);
        // folded, the strip takes as little of a narrow window as it can: no panel padding or frame
        getStyleClass().removeAll("panel", "lesson-strip");
        getStyleClass().add(shown ? "panel" : "lesson-strip");
    }

    private void rebuild() {
        stepBoxes.clear();
        Lesson l = model.currentProperty().get();
        if (l == null) {
            heading.setText(Messages.get("lessons.menu"));
            body.getChildren().setAll(listOfLessons());
        } else {
            heading.setText(Messages.get("lessons.lesson"));
            body.getChildren().setAll(lesson(l));
            markSteps();
        }
        scroll.setVvalue(0);
    }

    private List<Node> listOfLessons() {
        List<Node> out = new java.util.ArrayList<>();
        Label intro = paragraph(Messages.get("lessons.intro"));
        out.add(intro);
        List<Lesson> lessons = model.lessons();
        if (lessons.isEmpty()) {
            out.add(paragraph(Messages.get("lessons.none")));
        }
        for (int i = 0; i < lessons.size(); i++) {
            Lesson l = lessons.get(i);
            Label title = new Label((i + 1) + ". " + l.title());
            title.getStyleClass().add("lesson-item-title");
            title.setWrapText(true);
            Label summary = new Label(l.text().summary());
            summary.setWrapText(true);
            summary.getStyleClass().add("muted");
            VBox item = new VBox(2, title, summary);
            Button open = new Button();
            open.setGraphic(item);
            open.setMaxWidth(Double.MAX_VALUE);
            open.setAlignment(Pos.CENTER_LEFT);
            open.getStyleClass().addAll("lesson-item", "flat");
            open.setId("lesson-open-" + l.id());
            open.setOnAction(e -> model.open(l));
            out.add(open);
        }
        return out;
    }

    private List<Node> lesson(Lesson l) {
        List<Node> out = new java.util.ArrayList<>();
        Label title = new Label(l.title());
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        title.setId("lesson-title");
        out.add(title);
        out.add(paragraph(l.text().summary()));
        out.add(section("lessons.whattodo", l.text().whatToDo()));
        out.add(section("lessons.lookfor", l.text().lookFor()));
        VBox question = section("lessons.question", l.text().question());
        question.getStyleClass().add("lesson-question");
        out.add(question);
        if (l.spec().code() != null) {
            Label code = new Label(l.spec().code());
            code.getStyleClass().add("lesson-code");
            code.setWrapText(true);
            out.add(new VBox(4, sectionTitle("lessons.code"), code));
        }
        out.add(sectionTitle("lessons.steps"));
        List<Lesson.Step> steps = l.steps();
        for (int i = 0; i < steps.size(); i++) {
            Lesson.Step s = steps.get(i);
            Label text = new Label((i + 1) + ". " + s.text());
            text.setWrapText(true);
            VBox box = new VBox(4, text);
            box.getStyleClass().add("lesson-step");
            if (s.spec().applies()) {
                int index = i;
                Button go = new Button(Messages.get("lessons.step.do"), FontIcon.of(MaterialDesignS.SKIP_NEXT));
                go.setId("lesson-step-" + i);
                go.getStyleClass().add("small");
                go.setOnAction(e -> model.apply(index));
                Tips.install(go, Messages.get("lessons.step.do.tip"));
                box.getChildren().add(go);
            }
            stepBoxes.add(box);
            out.add(box);
        }
        Label why = paragraph(l.text().explanation());
        TitledPane explanation = new TitledPane(Messages.get("lessons.explanation"), why);
        explanation.setId("lesson-explanation");
        explanation.setExpanded(false);
        out.add(explanation);
        return out;
    }

    private void markSteps() {
        int done = model.stepDoneProperty().get();
        for (int i = 0; i < stepBoxes.size(); i++) {
            stepBoxes.get(i).pseudoClassStateChanged(DONE, i <= done);
            stepBoxes.get(i).pseudoClassStateChanged(NEXT, i == done + 1);
        }
    }

    private static VBox section(String key, String text) {
        return new VBox(3, sectionTitle(key), paragraph(text));
    }

    private static Label sectionTitle(String key) {
        Label t = new Label(Messages.get(key));
        t.getStyleClass().add("section-title");
        return t;
    }

    /** A paragraph; blank lines in lesson texts separate paragraphs and stay as line breaks. */
    private static Label paragraph(String text) {
        Label p = new Label(text);
        p.setWrapText(true);
        p.setMinHeight(Region.USE_PREF_SIZE);
        return p;
    }
}
