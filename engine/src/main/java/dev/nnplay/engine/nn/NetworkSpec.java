package dev.nnplay.engine.nn;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.ArrayList;
import java.util.List;

/**
 * The layer stack as the user builds it: hidden layers, the output's activation, and how weights
 * start. The number of inputs and outputs comes from the data, so one spec fits any data set.
 *
 * @param hidden           hidden layers, input side first; may be empty (a linear model)
 * @param outputActivation activation after the output layer; {@code identity} for the cross-entropy
 *                         losses, which take logits
 * @param init             the initializer's name ({@link Init#id()})
 * @param initValue        the initializer's setting (constant, uniform bound, normal std); null for 0.1
 */
public record NetworkSpec(List<LayerSpec> hidden, String outputActivation, String init, Double initValue) {

    /** The deepest stack the program accepts. */
    public static final int MAX_HIDDEN = 32;

    public NetworkSpec {
        hidden = hidden == null ? List.of() : List.copyOf(hidden);
        if (hidden.size() > MAX_HIDDEN) {
            throw new IllegalArgumentException("at most " + MAX_HIDDEN + " hidden layers, got " + hidden.size());
        }
        if (outputActivation == null) {
            outputActivation = Activation.IDENTITY.id();
        }
        Activation.byId(outputActivation);
        if (init == null) {
            init = Init.XAVIER_UNIFORM.id();
        }
        Init.byId(init);
    }

    /** A stack of {@code sizes.length} hidden layers with the same activation, Xavier-initialized. */
    public static NetworkSpec of(Activation f, int... sizes) {
        List<LayerSpec> h = new ArrayList<>();
        for (int s : sizes) {
            h.add(LayerSpec.of(s, f));
        }
        return new NetworkSpec(h, Activation.IDENTITY.id(), Init.XAVIER_UNIFORM.id(), null);
    }

    /** The initializer. */
    @JsonIgnore
    public Init initializer() {
        return Init.byId(init);
    }

    /** This spec with other hidden layers. */
    public NetworkSpec withHidden(List<LayerSpec> h) {
        return new NetworkSpec(h, outputActivation, init, initValue);
    }

    /** This spec with another output activation. */
    public NetworkSpec withOutputActivation(Activation f) {
        return new NetworkSpec(hidden, f.id(), init, initValue);
    }

    /** This spec with another initializer. */
    public NetworkSpec withInit(Init i) {
        return new NetworkSpec(hidden, outputActivation, i.id(), initValue);
    }

    /**
     * Builds the network for {@code inputs} inputs and {@code outputs} outputs, with weights drawn from
     * {@code rng}. Dropout masks come from a stream split off {@code rng}.
     */
    public Network build(int inputs, int outputs, Rng rng) {
        List<Layer> layers = new ArrayList<>();
        Rng dropoutRng = rng.split();
        int width = inputs;
        int dense = 0;
        double value = initValue != null ? initValue : Init.DEFAULT_VALUE;
        for (LayerSpec s : hidden) {
            Dense d = new Dense(dense++, width, s.units());
            initializer().fill(d, rng, value);
            layers.add(d);
            layers.add(new ActivationLayer(s.function(), s.alphaOrDefault(), s.units()));
            if (s.dropout() > 0f) {
                layers.add(new Dropout(s.dropout(), s.units(), dropoutRng));
            }
            width = s.units();
        }
        Dense out = new Dense(dense, width, outputs);
        initializer().fill(out, rng, value);
        layers.add(out);
        Activation f = Activation.byId(outputActivation);
        if (f != Activation.IDENTITY) {
            layers.add(new ActivationLayer(f, f.defaultParameter(), outputs));
        }
        return new Network(layers);
    }
}
