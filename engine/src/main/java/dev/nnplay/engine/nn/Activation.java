package dev.nnplay.engine.nn;

import dev.nnplay.engine.Named;
import dev.nnplay.engine.kernel.Elementwise;

/**
 * Element-wise activation functions, each a pair: the value {@code y = f(x)} and its derivative
 * {@code dy/dx}. The derivative receives both the input {@code x} and the output {@code y}, because for
 * several functions (sigmoid, tanh) the output gives it more cheaply and more accurately.
 *
 * <p>{@code a} is the function's one setting: the negative slope of {@link #LEAKY_RELU} and the
 * {@code alpha} of {@link #ELU}; the others ignore it. Values are computed in double and rounded once
 * to float, so they agree with PyTorch's float32 results to the last bit or two.
 */
public enum Activation implements Named, Elementwise {
    /** {@code f(x) = x}. */
    IDENTITY("identity", Kind.IDENTITY) {
        @Override public float apply(float x, float a) { return x; }
        @Override public float derivative(float x, float y, float a) { return 1f; }
    },
    /** {@code f(x) = max(0, x)}; the derivative at 0 is taken as 0, as PyTorch does. */
    RELU("relu", Kind.RELU) {
        @Override public float apply(float x, float a) { return x > 0f ? x : 0f; }
        @Override public float derivative(float x, float y, float a) { return x > 0f ? 1f : 0f; }
    },
    /** {@code f(x) = x} for {@code x > 0}, {@code a·x} otherwise (PyTorch's default slope is 0.01). */
    LEAKY_RELU("leaky_relu", Kind.LEAKY_RELU, 0.01f) {
        @Override public float apply(float x, float a) { return x > 0f ? x : a * x; }
        @Override public float derivative(float x, float y, float a) { return x > 0f ? 1f : a; }
    },
    /** {@code f(x) = x} for {@code x > 0}, {@code a·(eˣ − 1)} otherwise. */
    ELU("elu", Kind.ELU, 1f) {
        @Override public float apply(float x, float a) { return x > 0f ? x : (float) (a * Math.expm1(x)); }
        @Override public float derivative(float x, float y, float a) { return x > 0f ? 1f : (float) (a * Math.exp(x)); }
    },
    /** {@code f(x) = 1 / (1 + e⁻ˣ)}; {@code f' = y(1 − y)}. */
    SIGMOID("sigmoid", Kind.SIGMOID) {
        @Override public float apply(float x, float a) { return (float) (1.0 / (1.0 + Math.exp(-x))); }
        @Override public float derivative(float x, float y, float a) { return y * (1f - y); }
    },
    /** {@code f(x) = tanh x}; {@code f' = 1 − y²}. */
    TANH("tanh", Kind.TANH) {
        @Override public float apply(float x, float a) { return (float) Math.tanh(x); }
        @Override public float derivative(float x, float y, float a) { return 1f - y * y; }
    },
    /** {@code f(x) = ln(1 + eˣ)}, linear above 20 as PyTorch's threshold; {@code f' = sigmoid(x)}. */
    SOFTPLUS("softplus", Kind.SOFTPLUS) {
        @Override public float apply(float x, float a) { return x > 20f ? x : (float) Math.log1p(Math.exp(x)); }
        @Override public float derivative(float x, float y, float a) {
            return x > 20f ? 1f : (float) (1.0 / (1.0 + Math.exp(-x)));
        }
    },
    /** {@code f(x) = x·Φ(x) = ½x(1 + erf(x/√2))}, the exact form that is PyTorch's default. */
    GELU("gelu", Kind.OTHER) {
        @Override public float apply(float x, float a) { return (float) (x * Erf.normalCdf(x)); }
        @Override public float derivative(float x, float y, float a) {
            return (float) (Erf.normalCdf(x) + x * Erf.normalPdf(x));
        }
    },
    /** {@code f(x) = sin x}; {@code f' = cos x}. */
    SINE("sine", Kind.SINE) {
        @Override public float apply(float x, float a) { return (float) Math.sin(x); }
        @Override public float derivative(float x, float y, float a) { return (float) Math.cos(x); }
    };

    private final String id;
    private final Kind kind;
    private final float defaultParameter;

    Activation(String id, Kind kind) {
        this(id, kind, 0f);
    }

    Activation(String id, Kind kind, float defaultParameter) {
        this.id = id;
        this.kind = kind;
        this.defaultParameter = defaultParameter;
    }

    /** Which function this is for the kernels, which may have their own form of it (GELU has none). */
    @Override
    public Kind kind() {
        return kind;
    }

    /** The value {@code f(x)}. */
    @Override
    public abstract float apply(float x, float a);

    /** The derivative {@code f'(x)}, given the input {@code x} and the output {@code y = f(x)}. */
    @Override
    public abstract float derivative(float x, float y, float a);

    /** The name used in project files and on the command line, such as {@code leaky_relu}. */
    @Override
    public String id() {
        return id;
    }

    /** The setting {@code a} used when none is given: 0.01 for leaky ReLU, 1 for ELU, 0 otherwise. */
    public float defaultParameter() {
        return defaultParameter;
    }

    /** The activation with the given {@link #id()}, or an exception that lists the valid names. */
    public static Activation byId(String id) {
        return Named.byId(values(), id, "activation");
    }
}
