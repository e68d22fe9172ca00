package dev.nnplay.app.ui;

import dev.nnplay.app.ui.charts.ChartsViewModel;
import dev.nnplay.app.ui.common.DialogService;
import dev.nnplay.app.ui.common.ObservableWorkspace;
import dev.nnplay.app.ui.compare.CompareViewModel;
import dev.nnplay.app.ui.data.DataViewModel;
import dev.nnplay.app.ui.diagnostics.DiagnosticsViewModel;
import dev.nnplay.app.ui.lessons.LessonsViewModel;
import dev.nnplay.engine.lesson.Lessons;
import dev.nnplay.app.ui.files.FilesViewModel;
import dev.nnplay.app.ui.lab.LabViewModel;
import dev.nnplay.app.ui.network.NetworkViewModel;
import dev.nnplay.app.ui.output.OutputViewModel;
import dev.nnplay.app.ui.training.TrainingViewModel;
import dev.nnplay.app.ui.undo.UndoViewModel;
import dev.nnplay.app.workspace.UndoHistory;
import dev.nnplay.app.workspace.Workspace;
import java.nio.file.Path;

/**
 * The window's view models, one per feature, over one {@link Workspace}: made together here so that
 * each feature's view gets its own and none of them knows the others. Knows no Node.
 */
public final class PlaygroundViewModel implements AutoCloseable {
    private final Workspace workspace;
    private final ObservableWorkspace observable;
    private final TrainingViewModel training;
    private final DataViewModel data;
    private final NetworkViewModel network;
    private final OutputViewModel output;
    private final ChartsViewModel charts = new ChartsViewModel();
    private final FilesViewModel files;
    private final DialogService dialogs;
    /** Undo and redo of the whole playground, trained weights included. */
    private final UndoHistory history;
    private final UndoViewModel undo;
    /** Made when the lab is first opened: its first map costs a moment. */
    private LabViewModel lab;
    private final DiagnosticsViewModel diagnostics = new DiagnosticsViewModel();
    private final LessonsViewModel lessons;
    /** Made when compare runs are first used. */
    private CompareViewModel compare;

    /**
     * View models over {@code workspace}, which they then own; recent files and the recovery file in
     * {@code configDir}; questions and errors through {@code dialogs}.
     */
    public PlaygroundViewModel(Workspace workspace, Path configDir, DialogService dialogs) {
        this.workspace = workspace;
        this.observable = new ObservableWorkspace(workspace);
        this.data = new DataViewModel(observable, dialogs);
        this.training = new TrainingViewModel(observable, data::switchTask);
        this.network = new NetworkViewModel(observable);
        this.output = new OutputViewModel(observable);
        this.files = new FilesViewModel(observable, configDir, dialogs);
        this.dialogs = dialogs;
        this.history = new UndoHistory(workspace);
        this.undo = new UndoViewModel(history, observable);
        workspace.setDiagnostics(diagnostics.wanted());
        this.lessons = new LessonsViewModel(observable, files, this::lab, this::compare, Lessons.folder());
        observable.generationProperty().addListener((o, a, b) -> diagnostics.clear());
        observable.generationProperty().addListener((o, a, b) -> charts.restore(workspace.history()));
        observable.stateProperty().addListener((o, a, b) -> {
            if (a != null && b != null && a.version() == b.version()) {
                // marked at the step the trainer takes the change at, not at the last snapshot drawn
                workspace.onSession(dev.nnplay.engine.train.TrainingSession::step).thenAccept(step -> {
                    if (workspace.state().version() == b.version()) {
                        charts.settingsChanged(a.training(), b.training(), step);
                    }
                });
            }
        });
    }

    /** Takes the newest snapshot; true when it is new. Called once per frame. */
    public boolean poll() {
        return observable.poll();
    }

    public ObservableWorkspace observable() {
        return observable;
    }

    public Workspace workspace() {
        return workspace;
    }

    public TrainingViewModel training() {
        return training;
    }

    public DataViewModel data() {
        return data;
    }

    public NetworkViewModel network() {
        return network;
    }

    public OutputViewModel output() {
        return output;
    }

    public ChartsViewModel charts() {
        return charts;
    }

    public FilesViewModel files() {
        return files;
    }

    /** Undo and redo of the whole playground, and the status line's sentence about the last change. */
    public UndoViewModel undo() {
        return undo;
    }

    /** The history behind {@link #undo()}. */
    public UndoHistory undoHistory() {
        return history;
    }

    /** The descent lab, made on first use. */
    public LabViewModel lab() {
        if (lab == null) {
            lab = new LabViewModel(observable, dialogs);
        }
        return lab;
    }

    /** The per-layer diagnostics of the inside view. */
    public DiagnosticsViewModel diagnostics() {
        return diagnostics;
    }

    /** The pictures of what the layers do, for the network and data now in the workspace. */
    public dev.nnplay.app.ui.diagnostics.InsideModel newInsideModel() {
        Workspace.State st = workspace.state();
        return new dev.nnplay.app.ui.diagnostics.InsideModel(st.network(), st.prepared(),
                st.training().lossFunction(), workspace.kernels());
    }

    /** The lessons: the menu's list and the lesson open in the panel. */
    public LessonsViewModel lessons() {
        return lessons;
    }

    /** Compare runs, made on first use. */
    public CompareViewModel compare() {
        if (compare == null) {
            compare = new CompareViewModel(observable);
        }
        return compare;
    }

    @Override
    public void close() {
        if (compare != null) {
            compare.close();
        }
        workspace.close();
    }
}
