package dev.nnplay.app.ui.files;

import dev.nnplay.app.ui.common.DialogService;
import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.ObservableWorkspace;
import dev.nnplay.app.workspace.TaskExecutor;
import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.export.ExportFormat;
import dev.nnplay.engine.export.ExportedModel;
import dev.nnplay.engine.export.WeightsImport;
import dev.nnplay.engine.project.LoadedProject;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectIO;
import dev.nnplay.engine.project.ProjectWeights;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import dev.nnplay.engine.project.SetupCodec;
import dev.nnplay.engine.project.SetupException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The window's files: which project file it shows and whether it changed since, saving and opening,
 * the recent files, exports, imported weights, and the recovery file that an autosave keeps while
 * there is unsaved work. Called on the FX thread; nothing here waits: the weights are captured on the
 * training thread, files are read and written in the background, and each action's future completes
 * on the FX thread. A failure is one sentence through the {@link DialogService}. Knows no Node.
 */
public final class FilesViewModel {
    /** The name of the recovery file in the config folder. */
    static final String RECOVERY = "recovery.json";

    private final ObservableWorkspace ows;
    private final Workspace ws;
    private final TaskExecutor tasks;
    private final DialogService dialogs;
    private final RecentFiles recent;
    /** Where the autosave writes. */
    private final Path recoveryFile;
    /** The project file the window shows; null until saved or when opened from an example or recovery. */
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    /** The project's name: the file's name without {@code .json}. */
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("Untitled");
    /** Whether anything changed since the last save or open. */
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    /** {@code • name — NN Playground} while dirty, without the dot when saved. */
    private final StringBinding title;
    /** The step the weights had at the last save or open: training past it makes the window dirty. */
    private long cleanStep;

    public FilesViewModel(ObservableWorkspace ows, Path configDir, DialogService dialogs) {
        this.ows = ows;
        this.ws = ows.workspace();
        this.tasks = ws.tasks();
        this.dialogs = dialogs;
        this.recent = new RecentFiles(configDir);
        this.recoveryFile = configDir.resolve(RECOVERY);
        this.title = Bindings.createStringBinding(
                () -> (dirty.get() ? "• " : "") + name.get() + " — " + Messages.get("app.title"), dirty, name);
        ws.addListener(c -> {
            if (c == Workspace.Change.SETTINGS || c == Workspace.Change.RESTARTED || c == Workspace.Change.WEIGHT) {
                dirty.set(true);
            }
        });
        ows.snapshotProperty().addListener((o, a, s) -> {
            if (s.step() != cleanStep) {
                dirty.set(true);
            }
        });
    }

    /** Reads a project file; safe on any thread. Throws a one-line {@code ProjectException} when it is bad. */
    public static Project read(Path f) {
        return ProjectIO.read(f);
    }

    // ---- open -----------------------------------------------------------------------------------

    /**
     * Reads {@code f} in the background and shows it. A file that is gone leaves the recent list; a
     * damaged one stays, so it can be opened once fixed. Completes with whether it was shown.
     */
    public CompletableFuture<Boolean> open(Path f) {
        return shown(tasks.supply(() -> read(f)).thenCompose(p -> show(p, f, f)), "file.error.open", () -> {
            if (!Files.exists(f)) {
                recent.remove(f);
            }
        });
    }

    /**
     * Shows a lesson from {@code from}, with paths relative to its folder, under the project's own name
     * and bound to no file: Save asks where, so the shipped example is never overwritten.
     */
    public CompletableFuture<Boolean> openExample(Path from) {
        return shown(tasks.supply(() -> read(from)).thenCompose(p -> show(p, from, null)), "file.error.open", () -> { });
    }

    /**
     * Shows {@code p}, a lesson's project read from {@code from}, like an example: bound to no file,
     * so Save asks where and the shipped lesson is never overwritten.
     */
    public CompletableFuture<Boolean> openLesson(Project p, Path from) {
        return shown(show(p, from, null), "file.error.open", () -> { });
    }

    /**
     * The playground's setup as one line of text to share ({@link SetupCodec}): settings, data and
     * seed, without weights. Completes on the window's thread.
     */
    public CompletableFuture<String> copySetup() {
        return ws.capture(false).thenApply(SetupCodec::encode);
    }

    /**
     * Opens the playground in a setup text after asking about unsaved work; a damaged or foreign text
     * gets one message and changes nothing. Completes with whether it was shown.
     */
    public CompletableFuture<Boolean> pasteSetup(String text) {
        Project p;
        try {
            p = SetupCodec.decode(text == null ? "" : text.trim());
        } catch (SetupException e) {
            dialogs.showError(Messages.get("file.error.setup"), e.getMessage());
            return CompletableFuture.completedFuture(false);
        }
        return confirmDiscard().thenCompose(ok -> ok
                ? shown(show(p, null, null), "file.error.setup", () -> { })
                : CompletableFuture.completedFuture(false));
    }

    /** Shows {@code p}, read from {@code from} (null for a recovered project). */
    public CompletableFuture<Boolean> apply(Project p, Path from) {
        return shown(show(p, from, from), "file.error.open", () -> { });
    }

    /** A new project with the opening settings, not yet saved anywhere. */
    public CompletableFuture<Boolean> newProject() {
        return shown(show(Workspace.OPENING, null, null), "file.error.open", () -> { });
    }

    /** Restores {@code p}, its CSV paths relative to {@code dir}'s folder, and binds the window to {@code boundTo}. */
    private CompletableFuture<Void> show(Project p, Path dir, Path boundTo) {
        Path base = dir == null ? null : dir.toAbsolutePath().getParent();
        return ws.restore(p, base).thenRun(() -> {
            file.set(boundTo);
            name.set(boundTo == null ? p.name() : stem(boundTo));
            if (boundTo != null) {
                recent.add(boundTo);
            }
            markSaved(p.weights() == null ? 0 : p.weights().step());
        });
    }

    // ---- save -----------------------------------------------------------------------------------

    /** Saves to the current file, or asks where; completes with false when cancelled or the write failed. */
    public CompletableFuture<Boolean> save() {
        Path f = file.get();
        if (f != null) {
            return saveTo(f);
        }
        Path folder = Optional.ofNullable(recent.files().isEmpty() ? null : recent.files().get(0))
                .map(p -> p.toAbsolutePath().getParent()).orElse(null);
        return dialogs.chooseSaveFile(name.get() + ".json", folder).map(p -> saveTo(withExtension(p, ".json")))
                .orElse(CompletableFuture.completedFuture(false));
    }

    /**
     * Saves everything in the window, with the optimizer's state, to {@code f}; the window is then clean.
     * Completes with false (after saying why) when the write failed.
     */
    public CompletableFuture<Boolean> saveTo(Path f) {
        ws.setName(stem(f));
        return shown(ws.capture(true).thenCompose(p -> tasks.supply(() -> write(p, f))).thenAcceptAsync(p -> {
            markSaved(p.weights().step());
            file.set(f);
            name.set(stem(f));
            recent.add(f);
            discardRecovery(); // older than what is now on disk
        }, tasks.ui()), "file.error.save", () -> { });
    }

    private static Project write(Project p, Path f) {
        try {
            ProjectIO.write(p, f);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** Writes the window's network, with its current weights, in {@code format} to {@code out}. */
    public CompletableFuture<Boolean> export(ExportFormat format, Path out) {
        String title = name.get();
        return shown(ws.capture(false).thenCompose(p -> tasks.supply(() -> {
            try {
                format.write(ExportedModel.of(LoadedProject.load(p, null)), title, out);
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        })), "file.error.export", () -> { });
    }

    /**
     * Puts the weights of an {@code .npz} or JSON weights export into the network, which must have their
     * shape; training counters start at 0 and the curves over. The window is then dirty.
     */
    public CompletableFuture<Boolean> importWeights(Path weights) {
        return shown(tasks.supply(() -> {
            try {
                return WeightsImport.read(weights);
            } catch (IOException e) {
                throw new UncheckedIOException(e.getMessage(), e);
            }
        }).thenCompose(w -> ws.capture(false).thenCompose(now -> ws.restore(
                now.withTrained(now.transform(), new ProjectWeights(w.layers(), 0, 0)), null)))
                .thenRun(() -> dirty.set(true)), "file.error.import", () -> { });
    }

    // ---- never lose work ------------------------------------------------------------------------

    /**
     * Asks Save / Don't save / Cancel when there is unsaved work; completes with true when it may be
     * replaced (saved, or the user chose not to save).
     */
    public CompletableFuture<Boolean> confirmDiscard() {
        if (!dirty.get()) {
            return CompletableFuture.completedFuture(true);
        }
        return switch (dialogs.askSaveChanges(name.get())) {
            case SAVE -> save();
            case DONT_SAVE -> CompletableFuture.completedFuture(true);
            case CANCEL -> CompletableFuture.completedFuture(false);
        };
    }

    /** Writes the recovery file if there is unsaved work; completes with whether it wrote. */
    public CompletableFuture<Boolean> autosave() {
        if (!dirty.get()) {
            return CompletableFuture.completedFuture(false);
        }
        // a failed autosave says nothing: the next one tries again, the user's own saves are unaffected
        return ws.capture(true).thenCompose(p -> tasks.supply(() -> write(p, recoveryFile) != null))
                .exceptionally(e -> false);
    }

    /** The project an earlier run left in the recovery file, if there is one that can be read. */
    public Optional<Project> recovery() {
        if (!Files.isRegularFile(recoveryFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProjectIO.read(recoveryFile));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Offers to restore what an earlier run left in the recovery file; completes with whether it did. */
    public CompletableFuture<Boolean> offerRecovery() {
        Optional<Project> p = recovery();
        if (p.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        if (!dialogs.askRestore(p.get().name())) {
            discardRecovery();
            return CompletableFuture.completedFuture(false);
        }
        return restore(p.get());
    }

    /** Shows the recovered project as unsaved work. */
    public CompletableFuture<Boolean> restore(Project p) {
        return shown(show(p, null, null).thenRun(() -> dirty.set(true)), "file.error.open", () -> { });
    }

    /** Deletes the recovery file: on a clean exit, or when the user declines it. */
    public void discardRecovery() {
        try {
            Files.deleteIfExists(recoveryFile);
        } catch (IOException e) {
            // a stale recovery file is only offered once more
        }
    }

    // ---- state ----------------------------------------------------------------------------------

    /** Records that the window now equals what is on disk, saved at {@code step}. */
    private void markSaved(long step) {
        cleanStep = step;
        dirty.set(false);
    }

    /**
     * {@code action} with its failure said once, as {@code whatKey}'s header and the reason; completes
     * (on the FX thread) with whether it succeeded.
     */
    private CompletableFuture<Boolean> shown(CompletableFuture<?> action, String whatKey, Runnable onFailure) {
        Function<Throwable, Boolean> failed = e -> {
            onFailure.run();
            dialogs.showError(Messages.get(whatKey), DialogService.reason(e));
            return false;
        };
        return action.handleAsync((v, e) -> e == null ? Boolean.TRUE : failed.apply(e), tasks.ui());
    }

    /** The project's name, as in the title. */
    public String titleName() {
        return name.get();
    }

    public Path recoveryFile() {
        return recoveryFile;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public StringBinding titleProperty() {
        return title;
    }

    public ObservableList<Path> recent() {
        return recent.files();
    }

    private static String stem(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    static Path withExtension(Path p, String ext) {
        return p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ext);
    }
}
