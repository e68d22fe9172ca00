package dev.nnplay.app.ui.lessons;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.ObservableWorkspace;
import dev.nnplay.app.ui.compare.CompareViewModel;
import dev.nnplay.app.ui.files.FilesViewModel;
import dev.nnplay.app.ui.lab.LabViewModel;
import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.compare.Comparison;
import dev.nnplay.engine.lesson.Action;
import dev.nnplay.engine.lesson.LabSetup;
import dev.nnplay.engine.lesson.Lesson;
import dev.nnplay.engine.lesson.LessonException;
import dev.nnplay.engine.lesson.LessonSpec;
import dev.nnplay.engine.lesson.Lessons;
import dev.nnplay.engine.project.SettingsChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The lessons in {@code assets/lessons}: the list the Lessons menu offers, the lesson open in the
 * panel, and what a step's button does. Opening a lesson opens its project like an example (bound to
 * no file, so Save asks where) and, for a lesson of the lab, sets the lab; a step applies its settings
 * to the playground, its lab settings to the lab, then its action. Knows no Node.
 */
public final class LessonsViewModel {
    /** Where the window should be: the playground, the lab or compare runs. */
    public enum View { PLAYGROUND, LAB, COMPARE }

    private final ObservableWorkspace ows;
    private final FilesViewModel files;
    private final Supplier<LabViewModel> lab;
    private final Supplier<CompareViewModel> compare;
    private final Path folder;
    private final String language;
    private List<Lesson> lessons;
    private final ReadOnlyObjectWrapper<Lesson> current = new ReadOnlyObjectWrapper<>();
    /** The step last applied (index into the current lesson's steps), −1 before one. */
    private final ReadOnlyIntegerWrapper stepDone = new ReadOnlyIntegerWrapper(-1);
    private final ObjectProperty<View> view = new SimpleObjectProperty<>(View.PLAYGROUND);
    private final BooleanProperty shown = new SimpleBooleanProperty(true);
    /** Whether someone folded or unfolded the panel (or a lesson did): a narrow window then leaves it. */
    private boolean foldedByHand;
    /** Set while {@link #windowNarrow} folds or unfolds, so that it does not count as by hand. */
    private boolean following;

    /**
     * The lessons in {@code folder} (null: none) in the language of the window's locale; a lesson opens
     * through {@code files}, the lab and compare runs are made on first use.
     */
    public LessonsViewModel(ObservableWorkspace ows, FilesViewModel files, Supplier<LabViewModel> lab,
                            Supplier<CompareViewModel> compare, Path folder) {
        this.ows = ows;
        this.files = files;
        this.lab = lab;
        this.compare = compare;
        this.folder = folder;
        this.language = Lessons.languageFor(Messages.locale());
        shown.addListener((o, a, b) -> foldedByHand |= !following);
    }

    /**
     * The window became narrow (true) or wide again: while no lesson is open and nobody has folded
     * or unfolded the panel, the list folds away on a narrow window so the playground keeps it.
     */
    public void windowNarrow(boolean narrow) {
        if (foldedByHand || current.get() != null) {
            return;
        }
        following = true;
        shown.set(!narrow);
        following = false;
    }

    /** Every lesson, in menu order, read on first call; a lesson that cannot be read is left out and said. */
    public List<Lesson> lessons() {
        if (lessons == null) {
            List<Lesson> out = new ArrayList<>();
            List<String> broken = new ArrayList<>();
            if (folder != null) {
                for (Path p : Lessons.list(folder)) {
                    try {
                        out.add(Lessons.load(p, language));
                    } catch (LessonException | IllegalArgumentException e) {
                        broken.add(p.getFileName() + ": " + e.getMessage());
                    }
                }
            }
            lessons = List.copyOf(out);
            if (!broken.isEmpty()) {
                ows.fail(Messages.format("lessons.error.read", String.join("; ", broken)));
            }
        }
        return lessons;
    }

    /**
     * Opens {@code lesson}: asks before unsaved work is dropped, opens its project, sets the lab for a
     * lesson of the lab and shows the panel. Completes with whether it opened.
     */
    public CompletableFuture<Boolean> open(Lesson lesson) {
        return files.confirmDiscard().thenCompose(ok -> {
            if (!ok) {
                return CompletableFuture.completedFuture(false);
            }
            return files.openLesson(lesson.project(), lesson.folder().resolve(lesson.spec().project()))
                    .thenApply(shownOk -> {
                        if (shownOk) {
                            current.set(lesson);
                            stepDone.set(-1);
                            shown.set(true);
                            if (lesson.opensInLab()) {
                                lab.get().apply(lesson.spec().lab());
                                view.set(View.LAB);
                            } else {
                                view.set(View.PLAYGROUND);
                            }
                        }
                        return shownOk;
                    });
        });
    }

    /** Closes the lesson: the panel offers the list again; the playground stays as it is. */
    public void close() {
        current.set(null);
        stepDone.set(-1);
    }

    /**
     * Does step {@code i} of the open lesson: its playground settings (a change of structure starts
     * training over, as it would from the controls), its lab settings, then its action; and shows the
     * view it happens in.
     */
    public void apply(int i) {
        Lesson l = current.get();
        if (l == null || i < 0 || i >= l.steps().size()) {
            return;
        }
        Lesson.Step step = l.steps().get(i);
        SettingsChange change = step.spec().settings();
        if (change != null && !change.isEmpty()) {
            applySettings(change);
        }
        LabSetup labSetup = step.spec().lab();
        if (labSetup != null) {
            lab.get().apply(labSetup);
        }
        boolean inLab = LessonSpec.LAB.equals(step.view());
        view.set(inLab ? View.LAB : View.PLAYGROUND);
        Action a = step.spec().action();
        if (a != null) {
            act(a, inLab, l);
        }
        stepDone.set(i);
    }

    private void applySettings(SettingsChange change) {
        Workspace ws = ows.workspace();
        Workspace.State s = ws.state();
        ows.attempt(() -> {
            if (change.changesStructure() || change.optimizer() != null || change.loss() != null) {
                var data = change.features() != null ? s.data().withFeatures(change.features()) : s.data();
                ws.apply(data, change.network(s.network()), change.training(s.training()));
            } else {
                if (change.learningRate() != null) {
                    ws.setLearningRate(change.learningRate());
                }
                if (change.regularization() != null) {
                    ws.setRegularization(change.regularization());
                }
                if (change.batchSize() != null) {
                    ws.setBatchSize(change.batchSize());
                }
            }
        });
    }

    private void act(Action a, boolean inLab, Lesson l) {
        Workspace ws = ows.workspace();
        if (inLab) {
            LabViewModel m = lab.get();
            switch (a) {
                case PLAY -> m.playingProperty().set(true);
                case PAUSE -> m.playingProperty().set(false);
                case STEP, EPOCH -> m.step();
                case RESET -> m.reset();
                case COMPARE -> startCompare(l);
            }
            return;
        }
        switch (a) {
            case PLAY -> ws.play();
            case PAUSE -> ws.pause();
            case STEP -> ws.stepBatch();
            case EPOCH -> ws.stepEpoch();
            case RESET -> ws.reset();
            case COMPARE -> startCompare(l);
        }
    }

    /** Opens compare runs with the lesson's runs from the lesson's own project, and starts them. */
    private void startCompare(Lesson l) {
        List<Comparison.RunSpec> runs = l.runs().stream()
                .map(r -> new Comparison.RunSpec(r.label(), r.spec().settings())).toList();
        ows.workspace().pause();
        compare.get().start(l.project(), l.folder(), runs, true);
        view.set(View.COMPARE);
    }

    /** The lesson open in the panel, or null. */
    public ReadOnlyObjectProperty<Lesson> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The step last applied, −1 before one. */
    public ReadOnlyIntegerProperty stepDoneProperty() {
        return stepDone.getReadOnlyProperty();
    }

    /** Where the window should be; the view follows it and sets it when the user changes tabs. */
    public ObjectProperty<View> viewProperty() {
        return view;
    }

    /** Whether the panel is unfolded. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** The language the lessons are read in. */
    public String language() {
        return language;
    }
}
