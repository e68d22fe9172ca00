package dev.nnplay.app.ui.files;

import dev.nnplay.app.ui.Messages;
import dev.nnplay.engine.export.ExportFormat;
import dev.nnplay.engine.project.Project;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The File and Examples menus, the "Save image…" context menus, and the guards that keep work from
 * being lost: the Save / Don't save / Cancel question before anything replaces unsaved work, the
 * autosave every 30 seconds, and the offer to restore what an earlier run left behind. Every failure
 * is one sentence in a dialog, never a stack trace.
 */
public final class FileMenu extends MenuBar {
    /** How often unsaved work is written to the recovery file. */
    static final Duration AUTOSAVE_EVERY = Duration.seconds(30);

    private final FilesViewModel files;
    private final Menu recentMenu = new Menu(Messages.get("file.recent"), FontIcon.of(MaterialDesignH.HISTORY));
    private final Menu imageMenu = new Menu(Messages.get("file.image"), FontIcon.of(MaterialDesignF.FILE_IMAGE_OUTLINE));
    private Timeline autosave;

    public FileMenu(FilesViewModel files) {
        this.files = files;
        setId("menu-bar");
        Menu file = new Menu(Messages.get("file.menu"));
        file.setId("file-menu");
        MenuItem newItem = item("file.new", FontIcon.of(MaterialDesignF.FILE_OUTLINE), "Shortcut+N", this::newProject);
        MenuItem open = item("file.open", FontIcon.of(MaterialDesignF.FOLDER_OPEN_OUTLINE), "Shortcut+O", this::open);
        MenuItem save = item("file.save", FontIcon.of(MaterialDesignC.CONTENT_SAVE_OUTLINE), "Shortcut+S", this::save);
        MenuItem saveAs = item("file.saveas", FontIcon.of(MaterialDesignC.CONTENT_SAVE_EDIT_OUTLINE), "Shortcut+Shift+S",
                this::saveAs);
        Menu export = new Menu(Messages.get("file.export"), FontIcon.of(MaterialDesignE.EXPORT));
        for (ExportFormat f : ExportFormat.values()) {
            MenuItem m = new MenuItem(f.label + "…");
            m.setId("export-" + f.name().toLowerCase(java.util.Locale.ROOT));
            m.setOnAction(e -> export(f));
            export.getItems().add(m);
        }
        MenuItem importWeights = item("file.import", FontIcon.of(MaterialDesignI.IMPORT), null, this::importWeights);
        file.getItems().addAll(newItem, open, recentMenu, new SeparatorMenuItem(), save, saveAs, new SeparatorMenuItem(),
                export, importWeights, imageMenu);
        files.recent().addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        getMenus().add(file);
        Menu examples = examplesMenu();
        if (!examples.getItems().isEmpty()) {
            getMenus().add(examples);
        }
    }

    private static MenuItem item(String key, Node icon, String shortcut, Runnable action) {
        MenuItem m = new MenuItem(Messages.get(key), icon);
        m.setId(key.replace('.', '-'));
        if (shortcut != null) {
            m.setAccelerator(KeyCombination.keyCombination(shortcut));
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /**
     * Lets {@code node} be saved as a PNG, from the Save image menu and its own right-click menu, shown
     * only while {@code allowed} says so (the heat map uses right-click to remove points while drawing).
     */
    public void addPicture(String name, Node node, BooleanSupplier allowed) {
        MenuItem fromMenu = new MenuItem(name + "…");
        fromMenu.setOnAction(e -> saveImage(name, node));
        imageMenu.getItems().add(fromMenu);
        MenuItem fromContext = new MenuItem(Messages.get("file.image.context"), FontIcon.of(MaterialDesignF.FILE_IMAGE_OUTLINE));
        fromContext.setOnAction(e -> saveImage(name, node));
        ContextMenu menu = new ContextMenu(fromContext);
        node.setOnContextMenuRequested(e -> {
            if (allowed.getAsBoolean()) {
                menu.show(node, e.getScreenX(), e.getScreenY());
                e.consume();
            }
        });
    }

    private void fillRecent() {
        recentMenu.getItems().clear();
        for (Path p : files.recent()) {
            MenuItem m = new MenuItem(p.getFileName() + "  —  " + p.getParent());
            m.setOnAction(e -> {
                if (confirmDiscard()) {
                    openFile(p);
                }
            });
            recentMenu.getItems().add(m);
        }
        recentMenu.setDisable(files.recent().isEmpty());
    }

    private Menu examplesMenu() {
        Menu m = new Menu(Messages.get("examples.menu"));
        m.setId("examples-menu");
        for (Examples.Example ex : Examples.named()) {
            MenuItem item = new MenuItem(ex.name(), FontIcon.of(MaterialDesignS.SCHOOL_OUTLINE));
            item.setId("example-" + ex.file().getFileName().toString().replace(".json", ""));
            item.setOnAction(e -> {
                if (confirmDiscard()) {
                    openExample(ex.file());
                }
            });
            m.getItems().add(item);
        }
        return m;
    }

    // ---- actions --------------------------------------------------------------------------------

    private void newProject() {
        if (confirmDiscard()) {
            files.newProject();
        }
    }

    private void open() {
        if (!confirmDiscard()) {
            return;
        }
        File f = projectChooser(Messages.get("file.open")).showOpenDialog(window());
        if (f != null) {
            openFile(f.toPath());
        }
    }

    /**
     * Reads off the FX thread (data may be large), then shows it; a bad file is one message. A file that
     * is gone leaves the recent list; a damaged one stays, so it can be opened once fixed.
     */
    void openFile(Path f) {
        read(f, p -> files.apply(p, f), () -> {
            if (!java.nio.file.Files.exists(f)) {
                files.forget(f);
            }
        });
    }

    private void openExample(Path f) {
        read(f, p -> files.applyExample(p, f), () -> { });
    }

    private void read(Path f, java.util.function.Consumer<Project> show, Runnable onFailure) {
        CompletableFuture.supplyAsync(() -> FilesViewModel.read(f)).whenComplete((p, err) -> Platform.runLater(() -> {
            if (err != null) {
                onFailure.run();
                error(Messages.get("file.error.open"), err.getCause() != null ? err.getCause() : err);
                return;
            }
            try {
                show.accept(p);
            } catch (RuntimeException e) {
                error(Messages.get("file.error.open"), e);
            }
        }));
    }

    /** Saves to the current file, or asks where; false when the user cancelled or the write failed. */
    public boolean save() {
        Path f = files.fileProperty().get();
        return f == null ? saveAs() : saveTo(f);
    }

    private boolean saveAs() {
        FileChooser c = projectChooser(Messages.get("file.saveas"));
        c.setInitialFileName(files.titleName() + ".json");
        File f = c.showSaveDialog(window());
        return f != null && saveTo(withExtension(f.toPath(), ".json"));
    }

    private boolean saveTo(Path f) {
        try {
            files.save(f);
            return true;
        } catch (IOException | RuntimeException e) {
            error(Messages.get("file.error.save"), e);
            return false;
        }
    }

    private void export(ExportFormat format) {
        Path out;
        if (format.pattern == null) {
            DirectoryChooser d = new DirectoryChooser();
            d.setTitle(format.label);
            File f = d.showDialog(window());
            out = f == null ? null : f.toPath();
        } else {
            FileChooser c = new FileChooser();
            c.setTitle(format.label);
            String ext = format.pattern.substring(1);
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.label, format.pattern));
            c.setInitialFileName(files.titleName() + (format == ExportFormat.JSON ? "-weights" : "") + ext);
            File f = c.showSaveDialog(window());
            out = f == null ? null : withExtension(f.toPath(), ext);
        }
        if (out == null) {
            return;
        }
        try {
            files.export(format, out);
        } catch (IOException | RuntimeException e) {
            error(Messages.get("file.error.export"), e);
        }
    }

    private void importWeights() {
        FileChooser c = new FileChooser();
        c.setTitle(Messages.get("file.import"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("weights (.npz, .json)", "*.npz", "*.json"));
        File f = c.showOpenDialog(window());
        if (f == null) {
            return;
        }
        try {
            files.importWeights(f.toPath());
        } catch (IOException | RuntimeException e) {
            error(Messages.get("file.error.import"), e);
        }
    }

    private void saveImage(String name, Node node) {
        FileChooser c = new FileChooser();
        c.setTitle(Messages.get("file.image") + ": " + name);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        c.setInitialFileName(files.titleName() + "-" + name.replace(' ', '-') + ".png");
        File f = c.showSaveDialog(window());
        if (f == null) {
            return;
        }
        try {
            ImageSaver.savePng(node, withExtension(f.toPath(), ".png"));
        } catch (IOException | RuntimeException e) {
            error(Messages.get("file.error.image"), e);
        }
    }

    // ---- never lose work ------------------------------------------------------------------------

    /**
     * Asks Save / Don't save / Cancel when there is unsaved work; true when it may be replaced (saved,
     * or the user chose not to save).
     */
    public boolean confirmDiscard() {
        if (!files.isDirty()) {
            return true;
        }
        ButtonType saveButton = new ButtonType(Messages.get("file.save"), ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType(Messages.get("file.dontsave"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("file.unsaved.text", files.titleName()),
                saveButton, dontSave, ButtonType.CANCEL);
        a.setHeaderText(Messages.get("file.unsaved.header"));
        a.initOwner(window());
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == saveButton) {
            return save();
        }
        return answer == dontSave;
    }

    /** Writes unsaved work to the recovery file every 30 seconds. */
    public void startAutosave() {
        autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> {
            try {
                files.autosave();
            } catch (IOException | RuntimeException ex) {
                // the next tick tries again; the user's own saves are unaffected
            }
        }));
        autosave.setCycleCount(Timeline.INDEFINITE);
        autosave.play();
    }

    /** Stops the autosave and, since the exit is clean, deletes the recovery file. */
    public void cleanExit() {
        if (autosave != null) {
            autosave.stop();
        }
        files.discardRecovery();
    }

    /** Offers to restore the work an earlier run left in the recovery file. */
    public void offerRecovery() {
        files.recovery().ifPresent(p -> {
            ButtonType restore = new ButtonType(Messages.get("file.recovery.restore"), ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType(Messages.get("file.recovery.discard"), ButtonBar.ButtonData.NO);
            Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("file.recovery.text", p.name()),
                    restore, discard);
            a.setHeaderText(Messages.get("file.recovery.header"));
            a.initOwner(window());
            if (a.showAndWait().orElse(discard) == restore) {
                try {
                    files.restore(p);
                } catch (RuntimeException e) {
                    error(Messages.get("file.error.open"), e);
                }
            } else {
                files.discardRecovery();
            }
        });
    }

    // ---- helpers --------------------------------------------------------------------------------

    private FileChooser projectChooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.filter"), "*.json"));
        Path current = files.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            c.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        }
        return c;
    }

    private static Path withExtension(Path p, String ext) {
        return p.getFileName().toString().contains(".") ? p : p.resolveSibling(p.getFileName() + ext);
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    /** One sentence: what failed, and the reason (the message of {@code e}), never a stack trace. */
    private void error(String what, Throwable e) {
        String why = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        Alert a = new Alert(Alert.AlertType.ERROR, why);
        a.setHeaderText(what);
        a.initOwner(window());
        a.show();
    }
}
