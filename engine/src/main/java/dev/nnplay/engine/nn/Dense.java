package dev.nnplay.engine.nn;

import dev.nnplay.engine.kernel.Kernels;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * A fully connected layer, {@code y = x·Wᵀ + b}, with {@code W} stored {@code out × in} as PyTorch's
 * {@code nn.Linear} stores it, so exported weights need no transposing.
 */
public final class Dense implements Layer {
    /** Number of inputs per sample. */
    private final int nin;
    /** Number of outputs per sample. */
    private final int nout;
    /** The weight {@code W}, {@code nout × nin}. */
    private final Param weight;
    /** The bias {@code b}, {@code 1 × nout}. */
    private final Param bias;
    /** The last forward input (not owned). */
    private FMatrixRMaj input;
    /** The output buffer, {@code batch × nout}. */
    private final FMatrixRMaj output = new FMatrixRMaj(1, 1);
    /** The input-gradient buffer, {@code batch × nin}. */
    private final FMatrixRMaj inputGrad = new FMatrixRMaj(1, 1);

    /** A layer with zero weights and biases; an {@link Init} fills them. */
    public Dense(int index, int nin, int nout) {
        if (nin <= 0 || nout <= 0) {
            throw new IllegalArgumentException("a dense layer needs at least one input and one output, got "
                    + nin + " → " + nout);
        }
        this.nin = nin;
        this.nout = nout;
        this.weight = Param.of("layer" + index + ".weight", nout, nin, true);
        this.bias = Param.of("layer" + index + ".bias", 1, nout, false);
    }

    @Override
    public int inputSize() {
        return nin;
    }

    @Override
    public int outputSize() {
        return nout;
    }

    /** The weight parameter, {@code out × in}. */
    public Param weight() {
        return weight;
    }

    /** The bias parameter, {@code 1 × out}. */
    public Param bias() {
        return bias;
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj x, boolean training, Kernels k) {
        input = x;
        output.reshape(x.numRows, nout);
        k.dense(x, weight.value(), bias.value().data, output);
        return output;
    }

    @Override
    public FMatrixRMaj backward(FMatrixRMaj dy, boolean needInputGrad, Kernels k) {
        k.multTransA(dy, input, weight.grad());
        k.sumColumns(dy, bias.grad().data);
        if (!needInputGrad) {
            return null;
        }
        inputGrad.reshape(dy.numRows, nin);
        k.mult(dy, weight.value(), inputGrad);
        return inputGrad;
    }

    @Override
    public List<Param> params() {
        return List.of(weight, bias);
    }

    @Override
    public String describe() {
        return "Dense(" + nin + " → " + nout + ")";
    }
}
