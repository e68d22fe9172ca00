package dev.nnplay.engine.nn;

import dev.nnplay.engine.kernel.Kernels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * An ordered stack of layers. The output is raw: for the cross-entropy losses it holds logits, and the
 * loss applies the sigmoid or softmax fused with itself (see {@code Loss}).
 */
public final class Network {
    /** The layers, input first. */
    private final List<Layer> layers;
    /** Every trainable parameter, layer by layer (weight before bias). */
    private final List<Param> params;
    /** The dense layers, in order; each is one entry of an export. */
    private final List<Dense> denseLayers;

    public Network(List<Layer> layers) {
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("a network needs at least one layer");
        }
        for (int i = 1; i < layers.size(); i++) {
            if (layers.get(i).inputSize() != layers.get(i - 1).outputSize()) {
                throw new IllegalArgumentException("layer " + i + " (" + layers.get(i).describe() + ") takes "
                        + layers.get(i).inputSize() + " inputs but the layer before gives "
                        + layers.get(i - 1).outputSize());
            }
        }
        this.layers = List.copyOf(layers);
        List<Param> ps = new ArrayList<>();
        List<Dense> ds = new ArrayList<>();
        for (Layer l : layers) {
            ps.addAll(l.params());
            if (l instanceof Dense d) {
                ds.add(d);
            }
        }
        this.params = Collections.unmodifiableList(ps);
        this.denseLayers = Collections.unmodifiableList(ds);
    }

    /** The layers, input first. */
    public List<Layer> layers() {
        return layers;
    }

    /** The trainable parameters. */
    public List<Param> params() {
        return params;
    }

    /** The dense layers, in order. */
    public List<Dense> denseLayers() {
        return denseLayers;
    }

    /** Width of an input row. */
    public int inputSize() {
        return layers.get(0).inputSize();
    }

    /** Width of an output row. */
    public int outputSize() {
        return layers.get(layers.size() - 1).outputSize();
    }

    /** The output for the batch {@code x}; valid until the next forward pass. */
    public FMatrixRMaj forward(FMatrixRMaj x, boolean training, Kernels k) {
        FMatrixRMaj h = x;
        // Indexed, not for-each: the list's iterator is not always scalar-replaced, and a training
        // step must allocate nothing.
        for (int i = 0, n = layers.size(); i < n; i++) {
            h = layers.get(i).forward(h, training, k);
        }
        return h;
    }

    /**
     * The outputs of every layer for the batch {@code x}, in evaluation mode, copied: entry 0 is the
     * input, entry {@code i + 1} the output of layer {@code i}. For neuron pictures.
     */
    public List<FMatrixRMaj> forwardAll(FMatrixRMaj x, Kernels k) {
        List<FMatrixRMaj> out = new ArrayList<>(layers.size() + 1);
        out.add(x.copy());
        FMatrixRMaj h = x;
        for (Layer l : layers) {
            h = l.forward(h, false, k);
            out.add(h.copy());
        }
        return out;
    }

    /** Back-propagates {@code dOut = ∂L/∂output} of the last forward pass, setting every gradient. */
    public void backward(FMatrixRMaj dOut, Kernels k) {
        FMatrixRMaj g = dOut;
        for (int i = layers.size() - 1; i >= 0; i--) {
            g = layers.get(i).backward(g, i > 0, k);
        }
    }

    /** Total number of trainable scalars. */
    public int parameterCount() {
        int n = 0;
        for (Param p : params) {
            n += p.size();
        }
        return n;
    }

    /** A copy of every parameter's values, in {@link #params()} order. */
    public float[][] copyWeights() {
        float[][] w = new float[params.size()][];
        for (int i = 0; i < w.length; i++) {
            Param p = params.get(i);
            w[i] = java.util.Arrays.copyOf(p.value().data, p.size());
        }
        return w;
    }

    /** Sets every parameter from {@code w}, which must have {@link #copyWeights()}'s shapes. */
    public void setWeights(float[][] w) {
        if (w.length != params.size()) {
            throw new IllegalArgumentException("expected " + params.size() + " weight arrays, got " + w.length);
        }
        for (int i = 0; i < w.length; i++) {
            Param p = params.get(i);
            if (w[i].length != p.size()) {
                throw new IllegalArgumentException(p.name() + " has " + p.size() + " values, got " + w[i].length);
            }
            System.arraycopy(w[i], 0, p.value().data, 0, p.size());
        }
    }

    /** One line, such as {@code Dense(2 → 4) · tanh · Dense(4 → 1)}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        for (Layer l : layers) {
            sb.append(sb.length() == 0 ? "" : " · ").append(l.describe());
        }
        return sb.toString();
    }
}
