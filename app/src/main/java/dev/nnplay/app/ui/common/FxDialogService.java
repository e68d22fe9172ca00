package dev.nnplay.app.ui.common;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} as the window's dialogs, owned by the window {@code owner} gives. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public SaveAnswer askSaveChanges(String projectName) {
        ButtonType save = new ButtonType(Messages.get("file.save"), ButtonBar.ButtonData.YES);
        ButtonType dontSave = new ButtonType(Messages.get("file.dontsave"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("file.unsaved.text", projectName), save,
                dontSave, ButtonType.CANCEL);
        a.setHeaderText(Messages.get("file.unsaved.header"));
        a.initOwner(owner.get());
        ButtonType answer = a.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? SaveAnswer.SAVE : answer == dontSave ? SaveAnswer.DONT_SAVE : SaveAnswer.CANCEL;
    }

    @Override
    public boolean askRestore(String projectName) {
        ButtonType restore = new ButtonType(Messages.get("file.recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("file.recovery.discard"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.format("file.recovery.text", projectName), restore,
                discard);
        a.setHeaderText(Messages.get("file.recovery.header"));
        a.initOwner(owner.get());
        return a.showAndWait().orElse(discard) == restore;
    }

    @Override
    public Optional<String> chooseColumn(String title, List<String> columns, String suggested) {
        ChoiceDialog<String> pick = new ChoiceDialog<>(suggested, columns);
        pick.setTitle(title);
        pick.setHeaderText(Messages.get("data.csv.label"));
        pick.initOwner(owner.get());
        return pick.showAndWait();
    }

    @Override
    public Optional<Path> chooseSaveFile(String fileName, Path folder) {
        FileChooser c = new FileChooser();
        c.setTitle(Messages.get("file.saveas"));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.filter"), "*.json"));
        c.setInitialFileName(fileName);
        if (folder != null && folder.toFile().isDirectory()) {
            c.setInitialDirectory(folder.toFile());
        }
        File f = c.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public void showError(String what, String why) {
        Alert a = new Alert(Alert.AlertType.ERROR, why);
        a.setHeaderText(what);
        a.initOwner(owner.get());
        a.show();
    }
}
