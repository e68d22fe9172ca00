package dev.nnplay.engine.lab;

import java.util.List;

/**
 * One optimizer update worked like a textbook: the batch and its forward values (where there is a
 * small one to show), the loss J, and for each parameter shown its value θ, its gradient ∂J/∂θ, the
 * optimizer's state before and after, the derived quantities (Adam's bias-corrected m̂ and ŝ, the
 * per-axis denominators), the step Δθ = θ′ − θ and the new value θ′. Every number is read from the
 * engine: the forward pass, the loss, the back-propagated gradient and the optimizer's own buffers.
 *
 * @param optimizer    the optimizer's id, such as {@code adam}
 * @param step         the update's number t, counting from 1
 * @param learningRate the learning rate of this update (after AdaGrad's decay, if any)
 * @param loss         J at θ, before the update
 * @param batch        the batch's inputs, targets and predictions; null where it is too large to show
 * @param stateNames   the names of the state entries each {@link Entry} lists ({@code v}; {@code m, s}), in order
 * @param derivedNames the names of the derived entries ({@code m̂, ŝ, √ŝ+ε}), in order
 * @param constants    the optimizer's settings and factors of this update, by name ({@code β₁}, {@code 1−β₁ᵗ})
 * @param entries      one line per parameter shown
 */
public record Worksheet(String optimizer, long step, double learningRate, double loss, Batch batch,
                        List<String> stateNames, List<String> derivedNames, List<Constant> constants,
                        List<Entry> entries) {

    public Worksheet {
        stateNames = List.copyOf(stateNames);
        derivedNames = List.copyOf(derivedNames);
        constants = List.copyOf(constants);
        entries = List.copyOf(entries);
    }

    /**
     * A batch small enough to print: one input column, targets and predictions.
     *
     * @param x    the inputs xᵢ
     * @param y    the targets yᵢ
     * @param yHat the predictions ŷᵢ, from the engine's forward pass
     */
    public record Batch(float[] x, float[] y, float[] yHat) {
        /** The number of samples N. */
        public int size() {
            return x.length;
        }
    }

    /** A named number: a setting such as β₁ or a factor such as 1 − β₁ᵗ. */
    public record Constant(String name, double value) {
    }

    /**
     * One parameter's line.
     *
     * @param name     the parameter's name, such as {@code w} or {@code layer0.weight[3]}
     * @param theta    θ before the update
     * @param grad     ∂J/∂θ, as the optimizer received it (penalties included)
     * @param before   the state entries before the update, in {@link #stateNames()} order
     * @param after    the same after the update
     * @param derived  the derived entries after the update, in {@link #derivedNames()} order
     * @param thetaNew θ′, after the update
     */
    public record Entry(String name, double theta, double grad, double[] before, double[] after, double[] derived,
                        double thetaNew) {
        /** The step actually taken, Δθ = θ′ − θ. */
        public double delta() {
            return thetaNew - theta;
        }
    }
}
