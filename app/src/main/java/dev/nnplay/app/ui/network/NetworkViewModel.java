package dev.nnplay.app.ui.network;

import dev.nnplay.app.ui.common.ObservableWorkspace;
import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.nn.LayerSpec;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.train.Snapshot;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The network column's state and actions: the layer stack (edited through the
 * {@link NetworkEditorViewModel}, with undo), the layer sizes the graph draws, the newest weights, and a
 * weight typed in by hand. Knows no Node.
 */
public final class NetworkViewModel {
    private final ObservableWorkspace ows;
    private final Workspace ws;
    private final NetworkEditorViewModel editor;
    /** The hidden layers, output activation and initializer. */
    private final ReadOnlyObjectWrapper<NetworkSpec> network = new ReadOnlyObjectWrapper<>();

    public NetworkViewModel(ObservableWorkspace ows) {
        this.ows = ows;
        this.ws = ows.workspace();
        this.editor = new NetworkEditorViewModel(network::get, this::setNetwork);
        ows.stateProperty().addListener((o, a, b) -> network.set(b.network()));
        network.set(ws.state().network());
    }

    /** A new layer stack; training starts over. False (with a message) when the stack is refused. */
    public boolean setNetwork(NetworkSpec n) {
        Workspace.State s = ws.state();
        return ows.attempt(() -> ws.apply(s.data(), n, s.training()));
    }

    /**
     * Types a new value for one weight; applied between two steps, and shown at once when paused.
     *
     * @param param the parameter's index in {@code Network.params()} order
     * @param index the value's index inside it
     */
    public void setWeight(int param, int index, float value) {
        ws.setWeight(param, index, value);
    }

    /** Units per layer, inputs first and outputs last, as the graph draws them. */
    public List<Integer> layerSizes() {
        Workspace.State s = ws.state();
        List<Integer> sizes = new ArrayList<>();
        sizes.add(s.prepared().train().inputs());
        for (LayerSpec l : s.network().hidden()) {
            sizes.add(l.units());
        }
        sizes.add(s.prepared().train().outputsFor(s.training().lossFunction()));
        return sizes;
    }

    /** The data the network trains on: its input and class names label the graph. */
    public PreparedData prepared() {
        return ws.state().prepared();
    }

    public NetworkEditorViewModel editor() {
        return editor;
    }

    public ReadOnlyObjectProperty<NetworkSpec> networkProperty() {
        return network.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return ows.snapshotProperty();
    }
}
