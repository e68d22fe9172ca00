package dev.nnplay.engine.inspect;

import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Network;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * For image data such as Digits (8×8 pixels as 64 inputs): the first layer's incoming weights as
 * images, one per neuron (what pattern of pixels each neuron looks for), and the test images the
 * network gets wrong.
 */
public final class DigitImages {
    /** The smallest image side treated as an image. */
    public static final int MIN_SIDE = 4;

    private DigitImages() {
    }

    /** The side of a square image of {@code inputs} pixels, or 0 when {@code inputs} is not such a square. */
    public static int side(int inputs) {
        int s = (int) Math.round(Math.sqrt(inputs));
        return s >= MIN_SIDE && s * s == inputs ? s : 0;
    }

    /** The first dense layer's weights, one row of {@code inputs} per neuron (row-major pixels); copied. */
    public static float[][] firstLayerWeights(Network net) {
        FMatrixRMaj w = net.denseLayers().get(0).weight().value();
        float[][] out = new float[w.numRows][w.numCols];
        for (int r = 0; r < w.numRows; r++) {
            System.arraycopy(w.data, r * w.numCols, out[r], 0, w.numCols);
        }
        return out;
    }

    /**
     * A misclassified image.
     *
     * @param row       its row among the rows given
     * @param actual    its true class
     * @param predicted the network's class
     * @param pixels    its raw pixels (before scaling)
     */
    public record Miss(int row, int actual, int predicted, float[] pixels) {
    }

    /**
     * Up to {@code limit} rows the network classifies wrongly, in row order: {@code x} the network's
     * inputs, {@code classes} the true class indices ({@code n × 1}), {@code raw} the same rows
     * before the input transform (the pixels to draw). A class is predicted as the training metric
     * does: the largest output, or for one output above 0 (logits) or 0.5.
     */
    public static List<Miss> misclassified(Network net, Kernels k, Loss loss, FMatrixRMaj x, FMatrixRMaj classes,
                                           FMatrixRMaj raw, int limit) {
        if (x.numRows != raw.numRows || x.numRows != classes.numRows) {
            throw new IllegalArgumentException("inputs, raw rows and classes differ in length: " + x.numRows + ", "
                    + raw.numRows + ", " + classes.numRows);
        }
        FMatrixRMaj out = net.forward(x, false, k);
        int c = out.numCols;
        double threshold = loss == Loss.BCE_LOGITS ? 0 : 0.5;
        List<Miss> misses = new ArrayList<>();
        for (int i = 0; i < x.numRows && misses.size() < limit; i++) {
            int predicted = c == 1 ? (out.data[i] > threshold ? 1 : 0) : argmax(out.data, i * c, c);
            int actual = (int) classes.data[i];
            if (predicted != actual) {
                float[] px = new float[raw.numCols];
                System.arraycopy(raw.data, i * raw.numCols, px, 0, raw.numCols);
                misses.add(new Miss(i, actual, predicted, px));
            }
        }
        return misses;
    }

    /** The index of the largest of {@code n} values from {@code from}. */
    private static int argmax(float[] v, int from, int n) {
        int best = 0;
        for (int k = 1; k < n; k++) {
            if (v[from + k] > v[from + best]) {
                best = k;
            }
        }
        return best;
    }
}
