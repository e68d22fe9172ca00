package dev.nnplay.engine.inspect;

import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.Network;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * For data with more than two inputs, where no plane can be drawn: each neuron's activation over the
 * rows (the test rows, in the window) as a histogram split by class, so a thumbnail shows whether the
 * neuron tells the classes apart.
 *
 * @param block  which dense layer
 * @param unit   which of its neurons
 * @param lo     the left edge of the first bin (the function's lower bound for sigmoid and tanh)
 * @param hi     the right edge of the last bin
 * @param counts {@code counts[c][b]}: rows of class {@code c} whose activation falls in bin {@code b};
 *               one class for regression
 */
public record NeuronStrips(int block, int unit, double lo, double hi, int[][] counts) {

    /** The largest count of a bin, summed over classes. */
    public int peak() {
        int m = 0;
        for (int b = 0; b < counts[0].length; b++) {
            int s = 0;
            for (int[] c : counts) {
                s += c[b];
            }
            m = Math.max(m, s);
        }
        return m;
    }

    /**
     * Every neuron's histogram, layer by layer, for the rows of {@code x} (the network's inputs) with
     * class indices {@code classes} ({@code n × 1}; null or {@code numClasses} 0 for one group), in
     * {@code bins} bins.
     */
    public static List<List<NeuronStrips>> of(Network net, Kernels k, FMatrixRMaj x, FMatrixRMaj classes,
                                              int numClasses, int bins) {
        int groups = classes == null || numClasses < 1 ? 1 : numClasses;
        List<Block> blocks = Block.of(net);
        List<List<NeuronStrips>> out = new ArrayList<>();
        for (Block b : blocks) {
            FMatrixRMaj a = LayerOutputs.of(net, k, x, b.index());
            List<NeuronStrips> layer = new ArrayList<>();
            for (int j = 0; j < a.numCols; j++) {
                layer.add(strip(b, j, a, classes, groups, bins));
            }
            out.add(layer);
        }
        return out;
    }

    private static NeuronStrips strip(Block b, int j, FMatrixRMaj a, FMatrixRMaj classes, int groups, int bins) {
        int n = a.numRows;
        int d = a.numCols;
        double lo;
        double hi;
        if (b.function() == Activation.SIGMOID) {
            lo = 0;
            hi = 1;
        } else if (b.function() == Activation.TANH) {
            lo = -1;
            hi = 1;
        } else {
            lo = Double.POSITIVE_INFINITY;
            hi = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                float v = a.data[i * d + j];
                if (Float.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
            if (!(hi > lo)) {
                double c = hi == lo ? lo : 0;
                lo = c - 0.5;
                hi = c + 0.5;
            }
        }
        int[][] counts = new int[groups][bins];
        for (int i = 0; i < n; i++) {
            float v = a.data[i * d + j];
            if (!Float.isFinite(v)) {
                continue;
            }
            int g = groups == 1 ? 0 : Math.min(groups - 1, Math.max(0, (int) classes.data[i]));
            // the top edge belongs to the last bin, so a sigmoid's 1.0 is counted
            counts[g][Histogram.bin(v, lo, hi, bins)]++;
        }
        return new NeuronStrips(b.index(), j, lo, hi, counts);
    }
}
