package dev.nnplay.engine.nn;

import dev.nnplay.engine.kernel.Kernels;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * One step of a network, over a whole batch (one row per sample). A layer owns its output and
 * input-gradient buffers and reuses them while the batch size stays the same, so a training step in
 * the steady state allocates nothing. Returned matrices stay valid until the next call.
 */
public interface Layer {

    /** Width of each input row. */
    int inputSize();

    /** Width of each output row. */
    int outputSize();

    /**
     * The output for the batch {@code x}. {@code training} turns on training-only behaviour (dropout).
     * The layer may keep a reference to {@code x} for {@link #backward}.
     */
    FMatrixRMaj forward(FMatrixRMaj x, boolean training, Kernels k);

    /**
     * Given {@code dy = ∂L/∂output} for the last forward batch, sets the gradient of each parameter
     * (overwriting it) and returns {@code ∂L/∂input}, or null when {@code needInputGrad} is false.
     */
    FMatrixRMaj backward(FMatrixRMaj dy, boolean needInputGrad, Kernels k);

    /** The trainable parameters, in a fixed order; empty for layers without any. */
    default List<Param> params() {
        return List.of();
    }

    /** A short description, such as {@code Dense(2 → 8)}. */
    String describe();
}
