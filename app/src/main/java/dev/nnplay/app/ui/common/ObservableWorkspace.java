package dev.nnplay.app.ui.common;

import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.train.Snapshot;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The {@link Workspace} as read-only JavaFX properties, for the feature view models: its state, the
 * newest snapshot, whether it plays, a generation that counts restarts (charts clear and pictures
 * rebuild when it changes), and the message of the last change that could not be applied. Updated on
 * the FX thread from the workspace's listener and once per frame by {@link #poll()}.
 */
public final class ObservableWorkspace {
    private final Workspace workspace;
    private final ReadOnlyObjectWrapper<Workspace.State> state = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyIntegerWrapper generation = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    public ObservableWorkspace(Workspace workspace) {
        this.workspace = workspace;
        state.set(workspace.state());
        snapshot.set(workspace.snapshot());
        workspace.addListener(c -> {
            state.set(workspace.state());
            playing.set(workspace.playing());
            if (c == Workspace.Change.RESTARTED || c == Workspace.Change.RESET || c == Workspace.Change.RESTORED) {
                snapshot.set(workspace.snapshot());
                error.set("");
                generation.set(generation.get() + 1);
            }
        });
    }

    /** Takes the workspace's newest snapshot; true when it is new. Called once per frame. */
    public boolean poll() {
        workspace.poll();
        playing.set(workspace.playing());
        if (workspace.snapshot() == snapshot.get()) {
            return false;
        }
        snapshot.set(workspace.snapshot());
        return true;
    }

    /**
     * Runs a change; a failure's message goes to {@link #errorProperty()} and the change is not made.
     *
     * @return whether it took
     */
    public boolean attempt(Runnable change) {
        try {
            change.run();
            error.set("");
            return true;
        } catch (RuntimeException e) {
            error.set(DialogService.reason(e));
            return false;
        }
    }

    /** As {@link #attempt(Runnable)}, for a change computed first. */
    public <T> T attempt(Supplier<T> compute, T onFailure) {
        try {
            return compute.get();
        } catch (RuntimeException e) {
            error.set(DialogService.reason(e));
            return onFailure;
        }
    }

    /** Shows a message about a change that could not be made. */
    public void fail(String message) {
        error.set(message);
    }

    public Workspace workspace() {
        return workspace;
    }

    public ReadOnlyObjectProperty<Workspace.State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
