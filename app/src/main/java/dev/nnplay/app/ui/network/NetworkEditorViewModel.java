package dev.nnplay.app.ui.network;

import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.LayerSpec;
import dev.nnplay.engine.nn.NetworkSpec;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Edits the layer stack: add or remove a layer, a neuron more or fewer, a layer's activation and
 * dropout, with undo and redo. Every edit goes through {@code apply}, which is the playground's
 * {@code setNetwork}: it returns false when the stack is refused, and the edit is then not recorded.
 */
public final class NetworkEditorViewModel {
    /** Neurons a new layer gets. */
    public static final int NEW_LAYER_UNITS = 4;
    /** The most neurons one layer may have here (the graph stays readable). */
    public static final int MAX_UNITS = 16;
    /** The most hidden layers here. */
    public static final int MAX_LAYERS = 6;

    private final java.util.function.Supplier<NetworkSpec> current;
    private final Predicate<NetworkSpec> apply;
    private final Deque<NetworkSpec> undo = new ArrayDeque<>();
    private final Deque<NetworkSpec> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper();

    public NetworkEditorViewModel(java.util.function.Supplier<NetworkSpec> current, Predicate<NetworkSpec> apply) {
        this.current = current;
        this.apply = apply;
    }

    public void addLayer() {
        List<LayerSpec> h = hidden();
        if (h.size() >= MAX_LAYERS) {
            return;
        }
        String act = h.isEmpty() ? Activation.TANH.id() : h.get(h.size() - 1).activation();
        h.add(new LayerSpec(NEW_LAYER_UNITS, act, null, 0f));
        edit(h);
    }

    public void removeLayer() {
        List<LayerSpec> h = hidden();
        if (!h.isEmpty()) {
            h.remove(h.size() - 1);
            edit(h);
        }
    }

    /** Adds {@code delta} neurons to layer {@code i}, within 1 to {@link #MAX_UNITS}. */
    public void changeUnits(int i, int delta) {
        List<LayerSpec> h = hidden();
        int n = Math.max(1, Math.min(MAX_UNITS, h.get(i).units() + delta));
        if (n != h.get(i).units()) {
            h.set(i, h.get(i).withUnits(n));
            edit(h);
        }
    }

    public void setActivation(int i, Activation f) {
        List<LayerSpec> h = hidden();
        if (!h.get(i).activation().equals(f.id())) {
            h.set(i, h.get(i).withActivation(f));
            edit(h);
        }
    }

    public void setDropout(int i, float p) {
        List<LayerSpec> h = hidden();
        if (h.get(i).dropout() != p) {
            h.set(i, h.get(i).withDropout(p));
            edit(h);
        }
    }

    public void undo() {
        travel(undo, redo);
    }

    public void redo() {
        travel(redo, undo);
    }

    /** Applies the newest stack in {@code from}; if it takes, moves it off and keeps the current one in {@code to}. */
    private void travel(Deque<NetworkSpec> from, Deque<NetworkSpec> to) {
        if (from.isEmpty()) {
            return;
        }
        NetworkSpec before = current.get();
        if (apply.test(from.peek())) {
            from.pop();
            to.push(before);
        }
        update();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    private List<LayerSpec> hidden() {
        return new ArrayList<>(current.get().hidden());
    }

    private void edit(List<LayerSpec> h) {
        NetworkSpec before = current.get();
        if (apply.test(before.withHidden(h))) {
            undo.push(before);
            redo.clear();
        }
        update();
    }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
