package dev.nnplay.app.ui.output;

import dev.nnplay.engine.loss.Loss;
import java.util.List;

/**
 * One evaluation of the grid: every neuron's value over it, layer by layer.
 *
 * @param size   cells per side; each array holds {@code size²} values, row-major, row 0 at the top
 * @param layers entry 0 the network's inputs (features after scaling), then each hidden layer after
 *               its activation, then the outputs (probabilities for the cross-entropies)
 * @param loss   the loss, which says how to read the outputs
 */
public record GridResult(int size, List<float[][]> layers, Loss loss) {

    /** The output layer's arrays, one per output. */
    public float[][] outputs() {
        return layers.get(layers.size() - 1);
    }
}
