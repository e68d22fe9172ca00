package dev.nnplay.engine.project;

import dev.nnplay.engine.data.InputTransform;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.train.TrainingSession;
import org.ejml.data.FMatrixRMaj;

/**
 * A trained network as a function of raw input rows: the input transform, the network, then the loss's
 * output transform (probabilities for the cross-entropies). Uses the network's buffers, so one
 * predictor per thread.
 */
public final class Predictor {
    /** The network; its buffers are used by every call. */
    private final Network network;
    /** Features and scaling fitted at training time. */
    private final InputTransform transform;
    /** Decides the output transform. */
    private final Loss loss;
    /** The kernels. */
    private final Kernels kernels;

    public Predictor(Network network, InputTransform transform, Loss loss, Kernels kernels) {
        this.network = network;
        this.transform = transform;
        this.loss = loss;
        this.kernels = kernels;
    }

    /** The outputs for {@code raw} ({@code n × raw inputs}): a new {@code n × outputs} matrix. */
    public FMatrixRMaj predict(FMatrixRMaj raw) {
        FMatrixRMaj x = transform.apply(raw);
        if (x.numCols != network.inputSize()) {
            throw new IllegalArgumentException("the network takes " + network.inputSize() + " inputs but the rows give "
                    + x.numCols);
        }
        FMatrixRMaj y = network.forward(x, false, kernels).copy();
        loss.toPredictions(y);
        return y;
    }

    /**
     * The class of row {@code i} of {@link #predict}'s output: the largest output, or for a single
     * output class 1 when it is above one half.
     */
    public int predictedClass(FMatrixRMaj y, int i) {
        if (y.numCols == 1) {
            return y.data[i] > 0.5f ? 1 : 0;
        }
        return TrainingSession.argmax(y.data, i * y.numCols, y.numCols);
    }
}
