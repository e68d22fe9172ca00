package dev.nnplay.engine.lab;

import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Dense;
import dev.nnplay.engine.nn.Network;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * The seed's model: the line {@code ŷ = w·x + b} fitted by mean squared error, as a surface over
 * {@code (w, b)}. Every value and gradient comes from the engine: a {@code Dense(1 → 1)} network, its
 * forward and backward pass and the engine's MSE loss, so what the lab shows is what training computes.
 * Not thread-safe (the network's buffers are reused).
 */
public final class LineSurface implements Surface {
    /** The seed's four points: x = 1..4. */
    public static final float[] SEED_X = {1, 2, 3, 4};
    /** The seed's targets, y = x + 1. */
    public static final float[] SEED_Y = {2, 3, 4, 5};

    /** The inputs, one row per point. */
    private final FMatrixRMaj x;
    /** The targets, one row per point. */
    private final FMatrixRMaj y;
    /** The model, {@code Dense(1 → 1)}; its weight is w and its bias b. */
    private final Network net;
    /** The layer of {@link #net}. */
    private final Dense dense;
    /** Reused buffer for {@code ∂J/∂ŷ}. */
    private final FMatrixRMaj outGrad;
    /** The reference kernels: four points need no speed, and the numbers are the same on every machine. */
    private final Kernels kernels = ReferenceKernels.INSTANCE;

    /** The forward pass at one {@code (w, b)}: the batch, the predictions and the loss. */
    public record Forward(float w, float b, float[] x, float[] y, float[] yHat, float loss) {
    }

    /** The line on the seed's four points. */
    public LineSurface() {
        this(SEED_X, SEED_Y);
    }

    /** The line on the points {@code (xs[i], ys[i])}. */
    public LineSurface(float[] xs, float[] ys) {
        if (xs.length == 0 || xs.length != ys.length) {
            throw new IllegalArgumentException("the line needs as many targets as inputs, at least one; got "
                    + xs.length + " and " + ys.length);
        }
        this.x = new FMatrixRMaj(xs.length, 1, true, xs);
        this.y = new FMatrixRMaj(ys.length, 1, true, ys);
        this.dense = new Dense(0, 1, 1);
        this.net = new Network(List.of(dense));
        this.outGrad = new FMatrixRMaj(xs.length, 1);
    }

    @Override
    public String id() {
        return "line";
    }

    @Override
    public String formula() {
        return "J = (1/N)·Σ(w·xᵢ + b − yᵢ)²";
    }

    @Override
    public List<String> paramNames() {
        return List.of("w", "b");
    }

    @Override
    public ViewBox view() {
        return new ViewBox(-1, 3, -2, 4);
    }

    /** w is a slope and b an offset: unrelated units, so the axes are scaled to fill the map. */
    @Override
    public boolean equalScales() {
        return false;
    }

    /** The seed example's start, w = 0.5, b = 0. */
    @Override
    public double[] defaultStart() {
        return new double[] {0.5, 0};
    }

    /** Rates that show each method within a few dozen steps; plain gradient descent is stable below about 0.12 here. */
    @Override
    public double suggestedRate(String optimizer) {
        return switch (optimizer) {
            case "sgd" -> 0.05;
            case "momentum", "nesterov" -> 0.02;
            case "adagrad" -> 0.3;
            case "rmsprop" -> 0.03;
            default -> 0.1;
        };
    }

    @Override
    public boolean decays(int axis) {
        return axis == 0;
    }

    @Override
    public double value(double w, double b) {
        set(w, b);
        return Loss.MSE.value(net.forward(x, false, kernels), y, Loss.DEFAULT_DELTA);
    }

    @Override
    public double gradient(double w, double b, double[] grad) {
        set(w, b);
        FMatrixRMaj out = net.forward(x, true, kernels);
        float loss = Loss.MSE.value(out, y, Loss.DEFAULT_DELTA);
        Loss.MSE.gradient(out, y, Loss.DEFAULT_DELTA, outGrad);
        net.backward(outGrad, kernels);
        grad[0] = dense.weight().grad().data[0];
        grad[1] = dense.bias().grad().data[0];
        return loss;
    }

    /** The batch, the engine's predictions and its loss at {@code (w, b)}, for a worked update. */
    public Forward forward(double w, double b) {
        set(w, b);
        FMatrixRMaj out = net.forward(x, false, kernels);
        float loss = Loss.MSE.value(out, y, Loss.DEFAULT_DELTA);
        return new Forward((float) w, (float) b, x.data.clone(), y.data.clone(), out.data.clone(), loss);
    }

    private void set(double w, double b) {
        dense.weight().value().data[0] = (float) w;
        dense.bias().value().data[0] = (float) b;
    }
}
