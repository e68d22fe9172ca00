package dev.nnplay.engine.kernel;

/**
 * An element-wise function as the kernels see it: its value {@code y = f(x)} and derivative
 * {@code dy/dx}, each with the function's one setting {@code a}, and its {@link Kind}, which lets a
 * fast implementation pick its own form of the same function. The network's activations implement
 * this; the kernels know nothing else about them.
 *
 * <p>The derivative receives both the input {@code x} and the output {@code y}, because for several
 * functions (sigmoid, tanh) the output gives it more cheaply and more accurately.
 */
public interface Elementwise {

    /**
     * The functions a fast implementation may compute by its own formula. A function whose kind is
     * not {@link #OTHER} must be exactly the function named here (with {@code a} as described), or
     * the fast kernels compute something else than {@link #apply}.
     */
    enum Kind {
        /** {@code x}. */
        IDENTITY,
        /** {@code max(0, x)}, derivative 0 at 0. */
        RELU,
        /** {@code x} above 0, {@code a·x} otherwise. */
        LEAKY_RELU,
        /** {@code x} above 0, {@code a·(eˣ − 1)} otherwise. */
        ELU,
        /** {@code 1 / (1 + e⁻ˣ)}, derivative {@code y(1 − y)}. */
        SIGMOID,
        /** {@code tanh x}, derivative {@code 1 − y²}. */
        TANH,
        /** {@code ln(1 + eˣ)}, and x itself above 20; derivative the sigmoid. */
        SOFTPLUS,
        /** {@code sin x}, derivative {@code cos x}. */
        SINE,
        /** Anything else: every implementation calls {@link #apply} and {@link #derivative}. */
        OTHER
    }

    /** Which function this is, for implementations that have their own form of it. */
    Kind kind();

    /** The value {@code f(x)} with setting {@code a}. */
    float apply(float x, float a);

    /** The derivative {@code f'(x)}, given the input {@code x} and the output {@code y = f(x)}. */
    float derivative(float x, float y, float a);
}
