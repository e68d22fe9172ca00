package dev.nnplay.engine.nn;

import dev.nnplay.engine.Named;
import java.util.Locale;

/**
 * How a dense layer's weights start. Biases start at zero, except under {@link #TORCH_DEFAULT}, which
 * draws them as PyTorch's {@code nn.Linear} does.
 *
 * <p>{@code fanIn} is the number of inputs, {@code fanOut} the number of outputs. Formulas follow
 * {@code torch.nn.init}; He/Kaiming uses the ReLU gain √2 with fan-in.
 */
public enum Init implements Named {
    /** Every weight 0: every neuron of a layer then learns the same thing (the symmetry problem). */
    ZEROS("zeros"),
    /** Every weight equal to {@code value}. */
    CONSTANT("constant"),
    /** Uniform in {@code [−value, value]}. */
    UNIFORM("uniform"),
    /** Normal with mean 0 and standard deviation {@code value}. */
    NORMAL("normal"),
    /** Uniform in {@code ±√(6/(fanIn + fanOut))} (Glorot and Bengio, 2010). */
    XAVIER_UNIFORM("xavier_uniform"),
    /** Normal with standard deviation {@code √(2/(fanIn + fanOut))}. */
    XAVIER_NORMAL("xavier_normal"),
    /** Uniform in {@code ±√2·√(3/fanIn)} (He et al., 2015). */
    HE_UNIFORM("he_uniform"),
    /** Normal with standard deviation {@code √2/√fanIn}. */
    HE_NORMAL("he_normal"),
    /** PyTorch's {@code nn.Linear} default: weights and biases uniform in {@code ±1/√fanIn}. */
    TORCH_DEFAULT("torch_default");

    private final String id;

    Init(String id) {
        this.id = id;
    }

    /** The name used in project files and on the command line. */
    @Override
    public String id() {
        return id;
    }

    /** The scheme with the given name, or an exception that lists the valid ones. */
    public static Init byId(String id) {
        return Named.byId(values(), id, "initializer");
    }

    /** The value used by {@link #CONSTANT}, {@link #UNIFORM} and {@link #NORMAL} when none is given. */
    public static final double DEFAULT_VALUE = 0.1;

    /** Fills the layer's weight and bias. {@code value} is the scheme's setting, where it has one. */
    public void fill(Dense layer, Rng rng, double value) {
        int fanIn = layer.inputSize();
        int fanOut = layer.outputSize();
        float[] w = layer.weight().value().data;
        float[] b = layer.bias().value().data;
        int n = fanIn * fanOut;
        java.util.Arrays.fill(b, 0, fanOut, 0f);
        switch (this) {
            case ZEROS -> java.util.Arrays.fill(w, 0, n, 0f);
            case CONSTANT -> java.util.Arrays.fill(w, 0, n, (float) value);
            case UNIFORM -> uniform(w, n, value, rng);
            case NORMAL -> normal(w, n, value, rng);
            case XAVIER_UNIFORM -> uniform(w, n, Math.sqrt(6.0 / (fanIn + fanOut)), rng);
            case XAVIER_NORMAL -> normal(w, n, Math.sqrt(2.0 / (fanIn + fanOut)), rng);
            case HE_UNIFORM -> uniform(w, n, Math.sqrt(2.0) * Math.sqrt(3.0 / fanIn), rng);
            case HE_NORMAL -> normal(w, n, Math.sqrt(2.0) / Math.sqrt(fanIn), rng);
            case TORCH_DEFAULT -> {
                double bound = 1.0 / Math.sqrt(fanIn);
                uniform(w, n, bound, rng);
                uniform(b, fanOut, bound, rng);
            }
            default -> throw new AssertionError(this);
        }
    }

    private static void uniform(float[] a, int n, double bound, Rng rng) {
        for (int i = 0; i < n; i++) {
            a[i] = (float) rng.uniform(-bound, bound);
        }
    }

    private static void normal(float[] a, int n, double std, Rng rng) {
        for (int i = 0; i < n; i++) {
            a[i] = (float) (std * rng.nextGaussian());
        }
    }
}
