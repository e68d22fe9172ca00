package dev.nnplay.app.ui.output;

import dev.nnplay.app.ui.common.ObservableWorkspace;
import dev.nnplay.app.workspace.Workspace;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the output view shows: the prediction or one neuron, shaded or discretized, with or without
 * the test points. Knows no Node.
 */
public final class OutputViewModel {
    /** What the network and its data are; null for a view model not tied to a workspace. */
    private final ObservableWorkspace ows;

    public OutputViewModel(ObservableWorkspace ows) {
        this.ows = ows;
    }

    /** An evaluator of the current network's output over its data (the grid, curve or table). */
    public OutputEvaluator newEvaluator() {
        Workspace.State s = ows.workspace().state();
        return new OutputEvaluator(s.network(), s.prepared(), s.training().lossFunction(), ows.workspace().kernels());
    }

    /** Show test points beside the training points. */
    private final BooleanProperty showTest = new SimpleBooleanProperty(false);
    /** Colour only by the predicted class, without confidence shading. */
    private final BooleanProperty discretize = new SimpleBooleanProperty(false);
    /** The neuron shown large instead of the output, or null for the output. */
    private final ObjectProperty<NeuronRef> focus = new SimpleObjectProperty<>();

    public BooleanProperty showTestProperty() {
        return showTest;
    }

    public BooleanProperty discretizeProperty() {
        return discretize;
    }

    public ObjectProperty<NeuronRef> focusProperty() {
        return focus;
    }

    /** Shows {@code n} large, or the output again when it is already shown. */
    public void toggleFocus(NeuronRef n) {
        focus.set(n.equals(focus.get()) ? null : n);
    }

    /**
     * One neuron: {@code layer} 0 is the inputs, then the hidden layers, then the outputs, as in
     * {@link GridResult#layers()}.
     */
    public record NeuronRef(int layer, int unit) {
    }
}
