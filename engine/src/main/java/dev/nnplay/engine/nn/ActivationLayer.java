package dev.nnplay.engine.nn;

import dev.nnplay.engine.kernel.Kernels;
import org.ejml.data.FMatrixRMaj;

/** An element-wise activation, {@code y = f(x)}, with the function's one setting {@code a}. */
public final class ActivationLayer implements Layer {
    /** The function. */
    private final Activation f;
    /** Its setting (leaky ReLU's slope, ELU's alpha). */
    private final float a;
    /** Width of a row, in and out. */
    private final int width;
    /** The last forward input (not owned). */
    private FMatrixRMaj input;
    /** The output buffer. */
    private final FMatrixRMaj output = new FMatrixRMaj(1, 1);
    /** The input-gradient buffer. */
    private final FMatrixRMaj inputGrad = new FMatrixRMaj(1, 1);

    public ActivationLayer(Activation f, float a, int width) {
        this.f = f;
        this.a = a;
        this.width = width;
    }

    /** The function. */
    public Activation function() {
        return f;
    }

    /** The function's setting. */
    public float parameter() {
        return a;
    }

    @Override
    public int inputSize() {
        return width;
    }

    @Override
    public int outputSize() {
        return width;
    }

    @Override
    public FMatrixRMaj forward(FMatrixRMaj x, boolean training, Kernels k) {
        input = x;
        output.reshape(x.numRows, x.numCols);
        k.activate(f, a, x, output);
        return output;
    }

    @Override
    public FMatrixRMaj backward(FMatrixRMaj dy, boolean needInputGrad, Kernels k) {
        if (!needInputGrad) {
            return null;
        }
        inputGrad.reshape(dy.numRows, dy.numCols);
        k.activationBackward(f, a, input, output, dy, inputGrad);
        return inputGrad;
    }

    @Override
    public String describe() {
        return f.id();
    }
}
