package dev.nnplay.app.ui.files;

import dev.nnplay.app.ui.common.DialogService;
import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.engine.export.ExportFormat;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.Node;
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
 * autosave every 30 seconds. The flows themselves (and the offer to restore what an earlier run left
 * behind) are the {@link FilesViewModel}'s; every failure is one sentence in a dialog, never a stack trace.
 */
public final class FileMenu extends MenuBar {
    /** How often unsaved work is written to the recovery file. */
    static final Duration AUTOSAVE_EVERY = Duration.seconds(30);

    private final FilesViewModel files;
    private final DialogService dialogs;
    private final Menu recentMenu = new Menu(Messages.get("file.recent"), FontIcon.of(MaterialDesignH.HISTORY));
    private final Menu imageMenu = new Menu(Messages.get("file.image"), FontIcon.of(MaterialDesignF.FILE_IMAGE_OUTLINE));
    private Timeline autosave;
    private java.util.function.Supplier<Path> lastFolder = () -> null;

    public FileMenu(FilesViewModel files, DialogService dialogs) {
        this.files = files;
        this.dialogs = dialogs;
        setId("menu-bar");
        Menu file = new Menu(Messages.get("file.menu"));
        file.setId("file-menu");
        MenuItem newItem = item("file.new", FontIcon.of(MaterialDesignF.FILE_OUTLINE), "Shortcut+N", this::newProject);
        MenuItem open = item("file.open", FontIcon.of(MaterialDesignF.FOLDER_OPEN_OUTLINE), "Shortcut+O", this::open);
        MenuItem save = item("file.save", FontIcon.of(MaterialDesignC.CONTENT_SAVE_OUTLINE), "Shortcut+S", files::save);
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
        MenuItem copySetup = item("file.copysetup", FontIcon.of(MaterialDesignC.CONTENT_COPY), "Shortcut+Shift+C",
                this::copySetup);
        MenuItem pasteSetup = item("file.pastesetup", FontIcon.of(MaterialDesignC.CONTENT_PASTE), "Shortcut+Shift+V",
                this::pasteSetup);
        file.getItems().addAll(newItem, open, recentMenu, new SeparatorMenuItem(), save, saveAs, new SeparatorMenuItem(),
                copySetup, pasteSetup, new SeparatorMenuItem(), export, importWeights, imageMenu);
        files.recent().addListener((javafx.collections.ListChangeListener<Path>) c -> fillRecent());
        fillRecent();
        getMenus().add(file);
        Menu examples = examplesMenu();
        if (!examples.getItems().isEmpty()) {
            getMenus().add(examples);
        }
    }

    /** Puts the playground's setup on the clipboard as one line of text. */
    private void copySetup() {
        files.copySetup().thenAccept(text -> {
            javafx.scene.input.ClipboardContent c = new javafx.scene.input.ClipboardContent();
            c.putString(text);
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(c);
        });
    }

    /** Opens the setup on the clipboard (or asks for one when the clipboard holds none). */
    private void pasteSetup() {
        String text = javafx.scene.input.Clipboard.getSystemClipboard().getString();
        if (text == null || !text.trim().startsWith(dev.nnplay.engine.project.SetupCodec.PREFIX)) {
            javafx.scene.control.TextInputDialog d = new javafx.scene.control.TextInputDialog();
            d.setTitle(Messages.get("file.pastesetup"));
            d.setHeaderText(Messages.get("file.pastesetup.ask"));
            d.getEditor().setPrefColumnCount(40);
            d.showAndWait().ifPresent(files::pasteSetup);
            return;
        }
        files.pasteSetup(text);
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
        addPicture(name, node, allowed, out -> {
            ImageSaver.savePng(node, out);
            return true;
        });
    }

    /** Writes a picture to a PNG file; false when the user cancelled on the way (nothing written). */
    public interface PictureWriter {
        boolean write(Path out) throws IOException;
    }

    /** As {@link #addPicture(String, Node, BooleanSupplier)}, the picture written by {@code writer}. */
    public void addPicture(String name, Node node, BooleanSupplier allowed, PictureWriter writer) {
        MenuItem fromMenu = new MenuItem(name + "…");
        fromMenu.setOnAction(e -> saveImage(name, writer));
        imageMenu.getItems().add(fromMenu);
        MenuItem fromContext = new MenuItem(Messages.get("file.image.context"), FontIcon.of(MaterialDesignF.FILE_IMAGE_OUTLINE));
        fromContext.setOnAction(e -> saveImage(name, writer));
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
            m.setOnAction(e -> afterConfirm(() -> files.open(p)));
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
            item.setOnAction(e -> afterConfirm(() -> files.openExample(ex.file())));
            m.getItems().add(item);
        }
        return m;
    }

    // ---- actions --------------------------------------------------------------------------------

    /** Runs {@code then} once unsaved work may be replaced (saved, or the user chose not to save). */
    private void afterConfirm(Runnable then) {
        files.confirmDiscard().thenAccept(ok -> {
            if (ok) {
                then.run();
            }
        });
    }

    private void newProject() {
        afterConfirm(files::newProject);
    }

    private void open() {
        afterConfirm(() -> {
            File f = projectChooser(Messages.get("file.open")).showOpenDialog(window());
            if (f != null) {
                files.open(f.toPath());
            }
        });
    }

    private void saveAs() {
        FileChooser c = projectChooser(Messages.get("file.saveas"));
        c.setInitialFileName(files.titleName() + ".json");
        File f = c.showSaveDialog(window());
        if (f != null) {
            files.saveTo(FilesViewModel.withExtension(f.toPath(), ".json"));
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
            out = f == null ? null : FilesViewModel.withExtension(f.toPath(), ext);
        }
        if (out != null) {
            files.export(format, out);
        }
    }

    private void importWeights() {
        FileChooser c = new FileChooser();
        c.setTitle(Messages.get("file.import"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("weights (.npz, .json)", "*.npz", "*.json"));
        File f = c.showOpenDialog(window());
        if (f != null) {
            files.importWeights(f.toPath());
        }
    }

    private void saveImage(String name, PictureWriter writer) {
        FileChooser c = new FileChooser();
        c.setTitle(Messages.get("file.image") + ": " + name);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG", "*.png"));
        c.setInitialFileName(files.titleName() + "-" + name.replace(' ', '-') + ".png");
        File f = c.showSaveDialog(window());
        if (f == null) {
            return;
        }
        try {
            writer.write(FilesViewModel.withExtension(f.toPath(), ".png"));
        } catch (IOException | RuntimeException e) {
            dialogs.showError(Messages.get("file.error.image"), DialogService.reason(e));
        }
    }

    // ---- never lose work ------------------------------------------------------------------------

    /** Writes unsaved work to the recovery file every 30 seconds, without waiting for training. */
    public void startAutosave() {
        autosave = new Timeline(new KeyFrame(AUTOSAVE_EVERY, e -> files.autosave()));
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

    // ---- helpers --------------------------------------------------------------------------------

    private FileChooser projectChooser(String title) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.filter"), "*.json"));
        Path current = files.fileProperty().get();
        if (current != null && current.toAbsolutePath().getParent() != null) {
            c.setInitialDirectory(current.toAbsolutePath().getParent().toFile());
        } else {
            Path last = lastFolder.get();
            if (last != null && java.nio.file.Files.isDirectory(last)) {
                c.setInitialDirectory(last.toFile());
            }
        }
        return c;
    }

    /** Where Open and Save As start when the window shows no file: the folder remembered from an earlier run. */
    public void setLastFolder(java.util.function.Supplier<Path> folder) {
        lastFolder = folder;
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
