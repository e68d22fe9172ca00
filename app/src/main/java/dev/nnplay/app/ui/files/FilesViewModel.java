package dev.nnplay.app.ui.files;

import dev.nnplay.app.ui.Messages;
import dev.nnplay.app.ui.PlaygroundViewModel;
import dev.nnplay.engine.export.ExportFormat;
import dev.nnplay.engine.export.ExportedModel;
import dev.nnplay.engine.export.WeightsImport;
import dev.nnplay.engine.project.LoadedProject;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * The window's files: which project file it shows, saving and opening, the recent files, exports,
 * imported weights, and the recovery file that an autosave keeps while there is unsaved work. Methods
 * run on the FX thread except {@link #read(Path)}, which may run anywhere. Knows no Node.
 */
public final class FilesViewModel {
    /** The name of the recovery file in the config folder. */
    static final String RECOVERY = "recovery.json";

    private final PlaygroundViewModel vm;
    private final RecentFiles recent;
    /** Where the autosave writes. */
    private final Path recoveryFile;
    /** The project file the window shows; null until saved or when opened from an example or recovery. */
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>();
    /** The project's name: the file's name without {@code .json}. */
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("Untitled");
    /** {@code • name — NN Playground} while dirty, without the dot when saved. */
    private final StringBinding title;

    public FilesViewModel(PlaygroundViewModel vm, Path configDir) {
        this.vm = vm;
        this.recent = new RecentFiles(configDir);
        this.recoveryFile = configDir.resolve(RECOVERY);
        this.title = Bindings.createStringBinding(
                () -> (vm.dirtyProperty().get() ? "• " : "") + name.get() + " — " + Messages.get("app.title"),
                vm.dirtyProperty(), name);
    }

    /** Reads a project file; safe on any thread. Throws a one-line {@code ProjectException} when it is bad. */
    public static Project read(Path f) {
        return ProjectIO.read(f);
    }

    /** Shows {@code p}, read from {@code from} (null for an example or a recovered project). */
    public void apply(Project p, Path from) {
        vm.open(p, from == null ? null : from.toAbsolutePath().getParent());
        file.set(from);
        name.set(from == null ? p.name() : stem(from));
        if (from != null) {
            recent.add(from);
        }
    }

    /** Saves everything in the window, with the optimizer's state, to {@code f}; the window is then clean. */
    public void save(Path f) throws IOException {
        vm.setName(stem(f));
        Project p = vm.toProject(true);
        ProjectIO.write(p, f);
        vm.markSaved(p.weights().step());
        file.set(f);
        name.set(stem(f));
        recent.add(f);
        discardRecovery(); // older than what is now on disk
    }

    /** A new project with the opening settings, not yet saved anywhere. */
    public void newProject() {
        vm.newProject();
        file.set(null);
        name.set("Untitled");
    }

    /** Writes the window's network, with its current weights, in {@code format} to {@code out}. */
    public void export(ExportFormat format, Path out) throws IOException {
        Project p = vm.toProject(false);
        format.write(ExportedModel.of(LoadedProject.load(p, null)), name.get(), out);
    }

    /** Puts the weights of an {@code .npz} or JSON weights export into the network, which must have their shape. */
    public void importWeights(Path weights) throws IOException {
        vm.importWeights(WeightsImport.read(weights));
    }

    /** Writes the recovery file if there is unsaved work; true when it wrote. */
    public boolean autosave() throws IOException {
        if (!vm.dirtyProperty().get()) {
            return false;
        }
        ProjectIO.write(vm.toProject(true), recoveryFile);
        return true;
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

    /** Shows the recovered project as unsaved work. */
    public void restore(Project p) {
        apply(p, null);
        vm.markDirty();
    }

    /** Deletes the recovery file: on a clean exit, or when the user declines it. */
    public void discardRecovery() {
        try {
            Files.deleteIfExists(recoveryFile);
        } catch (IOException e) {
            // a stale recovery file is only offered once more
        }
    }

    /** Forgets a recent file that could not be opened. */
    public void forget(Path f) {
        recent.remove(f);
    }

    /**
     * Shows a lesson from {@code from}, with paths relative to its folder, under the project's own name
     * and bound to no file: Save asks where, so the shipped example is never overwritten.
     */
    public void applyExample(Project p, Path from) {
        vm.open(p, from.toAbsolutePath().getParent());
        file.set(null);
        name.set(p.name());
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

    public StringBinding titleProperty() {
        return title;
    }

    public ObservableList<Path> recent() {
        return recent.files();
    }

    public boolean isDirty() {
        return vm.dirtyProperty().get();
    }

    private static String stem(Path f) {
        String n = f.getFileName().toString();
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }
}
