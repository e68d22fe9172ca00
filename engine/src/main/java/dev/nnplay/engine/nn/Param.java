package dev.nnplay.engine.nn;

import org.ejml.data.FMatrixRMaj;

/**
 * One trainable tensor and its gradient.
 *
 * @param name        where it lives, such as {@code layer0.weight} (PyTorch's state-dict names)
 * @param value       the current value; optimizers update it in place
 * @param grad        the gradient of the loss with respect to {@code value}, same shape
 * @param regularized whether L1/L2 penalties and decoupled weight decay apply (weights yes, biases no)
 */
public record Param(String name, FMatrixRMaj value, FMatrixRMaj grad, boolean regularized) {

    /** A parameter of the given shape, zero-filled, with a zero gradient. */
    public static Param of(String name, int rows, int cols, boolean regularized) {
        return new Param(name, new FMatrixRMaj(rows, cols), new FMatrixRMaj(rows, cols), regularized);
    }

    /** The number of scalars. */
    public int size() {
        return value.getNumElements();
    }
}
