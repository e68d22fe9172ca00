package dev.nnplay.app.ui.output;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the output view shows: the prediction or one neuron, shaded or discretized, with or without
 * the test points, and whether clicks draw points. Knows no Node.
 */
public final class OutputViewModel {
    /** Show test points beside the training points. */
    private final BooleanProperty showTest = new SimpleBooleanProperty(false);
    /** Colour only by the predicted class, without confidence shading. */
    private final BooleanProperty discretize = new SimpleBooleanProperty(false);
    /** Clicks add points, right-clicks remove the nearest. */
    private final BooleanProperty drawMode = new SimpleBooleanProperty(false);
    /** The class index (classification) or value (regression) that drawn points get. */
    private final DoubleProperty drawTarget = new SimpleDoubleProperty(1);
    /** The neuron shown large instead of the output, or null for the output. */
    private final ObjectProperty<NeuronRef> focus = new SimpleObjectProperty<>();

    public BooleanProperty showTestProperty() {
        return showTest;
    }

    public BooleanProperty discretizeProperty() {
        return discretize;
    }

    public BooleanProperty drawModeProperty() {
        return drawMode;
    }

    public DoubleProperty drawTargetProperty() {
        return drawTarget;
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
