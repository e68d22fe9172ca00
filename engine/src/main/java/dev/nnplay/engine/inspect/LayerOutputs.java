package dev.nnplay.engine.inspect;

import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.nn.Layer;
import dev.nnplay.engine.nn.Network;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/** A block's activations for a batch of inputs, in evaluation mode (no dropout). */
public final class LayerOutputs {
    private LayerOutputs() {
    }

    /**
     * The output of block {@code block} of {@code net} (its activation, before any dropout) for the
     * rows of {@code x}, which are the network's inputs; a new matrix, {@code rows × units}. The
     * network's forward buffers are overwritten; its parameters are not.
     */
    public static FMatrixRMaj of(Network net, Kernels k, FMatrixRMaj x, int block) {
        List<Block> blocks = Block.of(net);
        if (block < 0 || block >= blocks.size()) {
            throw new IllegalArgumentException("the network has " + blocks.size() + " layers, no layer " + block);
        }
        int end = blocks.get(block).outputAt();
        List<Layer> layers = net.layers();
        FMatrixRMaj h = x;
        for (int i = 0; i <= end; i++) {
            h = layers.get(i).forward(h, false, k);
        }
        return h.copy();
    }
}
