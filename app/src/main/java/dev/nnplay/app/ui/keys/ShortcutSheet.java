package dev.nnplay.app.ui.keys;

import dev.nnplay.app.ui.common.Messages;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

/** The F1 sheet: every key of the {@link KeyMap} and the menus, with what it does. */
public final class ShortcutSheet {
    /** The keys as shown, each with the message key of what it does. */
    static final String[][] ROWS = {
        {"Space", "keys.play"}, {"→", "keys.step"}, {"Shift + →", "keys.epoch"}, {"R", "keys.reset"},
        {"Ctrl + Z", "keys.undo"}, {"Ctrl + Shift + Z", "keys.redo"}, {"Ctrl + N", "keys.new"},
        {"Ctrl + O", "keys.open"}, {"Ctrl + S", "keys.save"}, {"Ctrl + +  /  Ctrl + −", "keys.zoom"},
        {"Ctrl + 0", "keys.zoom.reset"}, {"F11", "keys.fullscreen"}, {"F1", "keys.help"},
    };

    private ShortcutSheet() {
    }

    /** The keys as a two-column grid. */
    public static GridPane grid() {
        GridPane g = new GridPane();
        g.setId("shortcut-sheet");
        g.setHgap(24);
        g.setVgap(6);
        for (int i = 0; i < ROWS.length; i++) {
            Label key = new Label(ROWS[i][0]);
            key.getStyleClass().add("shortcut-key");
            g.add(key, 0, i);
            g.add(new Label(Messages.get(ROWS[i][1])), 1, i);
        }
        return g;
    }

    /** Shows the sheet over {@code owner}; it closes with Escape, Enter or its button. */
    public static void show(Window owner) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        a.setTitle(Messages.get("keys.title"));
        a.setHeaderText(Messages.get("keys.title"));
        a.getDialogPane().setContent(grid());
        if (owner != null) {
            a.initOwner(owner);
        }
        a.show();
    }
}
