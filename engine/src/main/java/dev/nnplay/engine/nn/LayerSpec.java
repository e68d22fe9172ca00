package dev.nnplay.engine.nn;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One hidden layer as the user builds it: a dense layer of {@code units} neurons, its activation, and
 * dropout after it.
 *
 * @param units      number of neurons, at least 1
 * @param activation the activation's name ({@link Activation#id()})
 * @param alpha      the activation's setting (leaky ReLU's slope, ELU's alpha); null for its default
 * @param dropout    drop probability after the activation, in {@code [0, 1)}; 0 for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LayerSpec(int units, String activation, Float alpha, float dropout) {

    /** The largest layer the program accepts; bigger ones are almost certainly a typing mistake. */
    public static final int MAX_UNITS = 4096;

    public LayerSpec {
        if (units < 1 || units > MAX_UNITS) {
            throw new IllegalArgumentException("a layer needs 1 to " + MAX_UNITS + " units, got " + units);
        }
        if (activation == null) {
            activation = Activation.RELU.id();
        }
        Activation.byId(activation);
        if (!(dropout >= 0f && dropout < 1f)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
    }

    /** A layer with the activation's default setting and no dropout. */
    public static LayerSpec of(int units, Activation f) {
        return new LayerSpec(units, f.id(), null, 0f);
    }

    /** The activation function. */
    public Activation function() {
        return Activation.byId(activation);
    }

    /** The activation's setting, its default when none is given. */
    public float alphaOrDefault() {
        return alpha != null ? alpha : function().defaultParameter();
    }

    /** This layer with another number of units. */
    public LayerSpec withUnits(int n) {
        return new LayerSpec(n, activation, alpha, dropout);
    }

    /** This layer with another activation (its default setting). */
    public LayerSpec withActivation(Activation f) {
        return new LayerSpec(units, f.id(), null, dropout);
    }

    /** This layer with another dropout probability. */
    public LayerSpec withDropout(float p) {
        return new LayerSpec(units, activation, alpha, p);
    }
}
