package dev.nnplay.engine.inspect;

import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.ActivationLayer;
import dev.nnplay.engine.nn.Dense;
import dev.nnplay.engine.nn.Layer;
import dev.nnplay.engine.nn.Network;
import java.util.ArrayList;
import java.util.List;

/**
 * One dense layer of a network with what follows it up to the next dense layer (its activation and
 * dropout), the unit that diagnostics speak of as "a layer".
 *
 * @param index      which dense layer, 0 first
 * @param dense      the dense layer
 * @param function   the activation after it, or {@link Activation#IDENTITY} when there is none (the
 *                   output's logits)
 * @param first      the index in {@link Network#layers()} of the dense layer
 * @param outputAt   the index in {@link Network#layers()} of the layer whose output is the block's
 *                   activation (the activation layer, before any dropout; the dense layer itself when
 *                   nothing follows it)
 * @param hidden     false for the output layer
 */
public record Block(int index, Dense dense, Activation function, int first, int outputAt, boolean hidden) {

    /** Units of the block's output. */
    public int units() {
        return dense.outputSize();
    }

    /** The blocks of {@code net}, input side first. */
    public static List<Block> of(Network net) {
        List<Layer> layers = net.layers();
        List<Block> blocks = new ArrayList<>();
        int count = net.denseLayers().size();
        for (int i = 0; i < layers.size(); i++) {
            if (!(layers.get(i) instanceof Dense d)) {
                continue;
            }
            Activation f = Activation.IDENTITY;
            int at = i;
            if (i + 1 < layers.size() && layers.get(i + 1) instanceof ActivationLayer a) {
                f = a.function();
                at = i + 1;
            }
            blocks.add(new Block(blocks.size(), d, f, i, at, blocks.size() < count - 1));
        }
        return List.copyOf(blocks);
    }
}
