package dev.nnplay.app.ui.undo;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.ObservableWorkspace;
import dev.nnplay.app.workspace.UndoHistory;
import dev.nnplay.app.workspace.Workspace;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo of the whole playground for the window, and the status line that says what a change
 * did: that training started over and the network of epoch N was put aside (Undo brings it back),
 * what Undo went back to. Knows no Node.
 */
public final class UndoViewModel {
    private final UndoHistory history;
    private final ObservableWorkspace ows;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();
    /** The sentence the status line shows about the last change, or empty. */
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public UndoViewModel(UndoHistory history, ObservableWorkspace ows) {
        this.history = history;
        this.ows = ows;
        history.addListener((how, e) -> {
            update();
            status.set(switch (how) {
                case RECORDED -> recorded(e);
                case UNDONE -> e.trained() ? Messages.format("notice.undone", e.epoch()) : Messages.get("notice.undone.fresh");
                case REDONE -> Messages.get("notice.redone");
                case CLEARED -> "";
            });
        });
        // playing again or training on makes the sentence old news
        ows.playingProperty().addListener((o, a, b) -> {
            if (b) {
                status.set("");
            }
        });
    }

    private static String recorded(UndoHistory.Entry e) {
        if (e.kind() == Workspace.Change.SETTINGS) {
            return ""; // training goes on: nothing was lost
        }
        String what = e.kind() == Workspace.Change.RESET ? "notice.reset" : "notice.restarted";
        return e.trained() ? Messages.format(what, e.epoch()) : Messages.get(what + ".fresh");
    }

    private void update() {
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
    }

    /** Goes back one change; a failure is said in the error line. */
    public CompletableFuture<Void> undo() {
        return travel(history.undo());
    }

    /** Goes forward one undone change. */
    public CompletableFuture<Void> redo() {
        return travel(history.redo());
    }

    private CompletableFuture<Void> travel(CompletableFuture<UndoHistory.Entry> f) {
        return f.handle((e, err) -> {
            update();
            if (err != null) {
                ows.fail(Messages.format("notice.undo.failed", dev.nnplay.app.ui.common.DialogService.reason(err)));
            }
            return null;
        });
    }

    /** Steps that can be undone. */
    public int size() {
        return history.size();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
