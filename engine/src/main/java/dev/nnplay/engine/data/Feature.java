package dev.nnplay.engine.data;

import dev.nnplay.engine.Named;

/**
 * The input features of a two-dimensional data set, as TensorFlow Playground offers them: each a
 * function of the point {@code (x1, x2)}. A network sees only the features that are switched on.
 */
public enum Feature implements Named {
    X1("x1", "x₁"),
    X2("x2", "x₂"),
    X1_SQUARED("x1^2", "x₁²"),
    X2_SQUARED("x2^2", "x₂²"),
    X1_TIMES_X2("x1*x2", "x₁x₂"),
    SIN_X1("sin(x1)", "sin x₁"),
    SIN_X2("sin(x2)", "sin x₂");

    private final String id;
    private final String label;

    Feature(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The value at the point {@code (x1, x2)}. */
    public float apply(float x1, float x2) {
        return switch (this) {
            case X1 -> x1;
            case X2 -> x2;
            case X1_SQUARED -> x1 * x1;
            case X2_SQUARED -> x2 * x2;
            case X1_TIMES_X2 -> x1 * x2;
            case SIN_X1 -> (float) Math.sin(x1);
            case SIN_X2 -> (float) Math.sin(x2);
        };
    }

    /** The name in project files, such as {@code x1^2}. */
    @Override
    public String id() {
        return id;
    }

    /** The name shown to people, such as {@code x₁²}. */
    public String label() {
        return label;
    }

    /** The feature with the given name, or an exception that lists the valid ones. */
    public static Feature byId(String id) {
        return Named.byId(values(), id, "feature");
    }
}
