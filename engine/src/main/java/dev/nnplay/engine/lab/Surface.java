package dev.nnplay.engine.lab;

import java.util.List;

/**
 * A loss over two parameters, {@code J(θ₁, θ₂)}, with its gradient: what the descent lab draws and
 * what its optimizers walk on. Values are in double; the optimizers see them as float32, as the
 * engine's parameters are.
 */
public interface Surface {

    /** The names {@link #named} knows: the line, then the test surfaces. */
    List<String> NAMES = List.of("line", "ravine", "saddle", "rosenbrock", "plateau", "minima");

    /** A fresh surface by name: {@code line} (the seed's model) or a {@link TestSurface}. */
    static Surface named(String id) {
        if (id != null && id.trim().equalsIgnoreCase("line")) {
            return new LineSurface();
        }
        if (id == null || !NAMES.contains(id.trim().toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException("unknown surface '" + id + "'; expected one of " + String.join(", ", NAMES));
        }
        return TestSurface.byId(id);
    }

    /** The name on the command line, such as {@code ravine}. */
    String id();

    /** A resource key for a sentence or two that say what this surface teaches, such as {@code lab.surface.ravine}. */
    default String descriptionKey() {
        return "lab.surface." + id();
    }

    /** The formula in plain text, such as {@code J = ½(0.04·θ₁² + 4·θ₂²)}; empty where there is none to show. */
    default String formula() {
        return "";
    }

    /** The two parameters' names, for the axes: {@code w} and {@code b}, or {@code θ₁} and {@code θ₂}. */
    List<String> paramNames();

    /** The box a map shows unless the user zooms. */
    ViewBox view();

    /**
     * Whether the two axes measure the same kind of quantity, so that one unit should be as long
     * across as up (a circle looks like a circle); false where the parameters have unrelated scales.
     */
    boolean equalScales();

    /** Where the paths start unless the user picks another point. */
    double[] defaultStart();

    /** {@code J(θ₁, θ₂)}. */
    double value(double t1, double t2);

    /** Writes {@code ∂J/∂θ₁, ∂J/∂θ₂} into {@code grad[0], grad[1]} and returns {@code J(θ₁, θ₂)}. */
    double gradient(double t1, double t2, double[] grad);

    /**
     * A learning rate that shows {@code optimizer} ({@code sgd}, {@code adam}, ...) at work on this
     * surface within a few dozen steps, without diverging.
     */
    default double suggestedRate(String optimizer) {
        return switch (optimizer) {
            case "sgd" -> 0.05;
            case "momentum", "nesterov" -> 0.02;
            default -> 0.1;
        };
    }

    /**
     * Whether decoupled weight decay (AdamW) and weight penalties apply to parameter {@code axis}:
     * true for weights, false for biases, as in training.
     */
    default boolean decays(int axis) {
        return true;
    }

    /**
     * The values on a {@code cols × rows} grid over {@code box}: entry {@code j * cols + i} is
     * {@code J(box.x(i, cols), box.y(j, rows))}, row 0 at the bottom. Surfaces with a faster way than
     * one {@link #value} per point override it.
     */
    default double[] grid(ViewBox box, int cols, int rows) {
        double[] out = new double[cols * rows];
        for (int j = 0; j < rows; j++) {
            double y = box.y(j, rows);
            for (int i = 0; i < cols; i++) {
                out[j * cols + i] = value(box.x(i, cols), y);
            }
        }
        return out;
    }
}
