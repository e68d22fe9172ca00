package dev.nnplay.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.testing.GradientCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Back-propagation against central differences: a dense layer's dW, db and dX through a scalar loss
 * {@code L = Σ R ⊙ Y} (R fixed and random, so ∂L/∂Y = R), and whole networks with two hidden layers
 * end to end through MSE, once per activation.
 */
class LayerGradientTest {
    /** The measured margins, for a reader of the test log (silenced in mvn verify, see logging.properties). */
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(LayerGradientTest.class.getName());

    static final Kernels K = ReferenceKernels.INSTANCE;

    static FMatrixRMaj random(int rows, int cols, Rng rng, double scale) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) (scale * rng.nextGaussian());
        }
        return m;
    }

    /** {@code Σ R ⊙ Y} in double. */
    static double project(FMatrixRMaj r, FMatrixRMaj y) {
        double s = 0;
        for (int i = 0; i < r.getNumElements(); i++) {
            s += (double) r.data[i] * y.data[i];
        }
        return s;
    }

    static void checkDense(GradientCheck check, float wrongBy) {
        Rng rng = new Rng(11);
        Dense d = new Dense(0, 3, 4);
        Init.XAVIER_UNIFORM.fill(d, rng, 0);
        System.arraycopy(random(1, 4, rng, 0.5).data, 0, d.bias().value().data, 0, 4);
        FMatrixRMaj x = random(5, 3, rng, 1);
        FMatrixRMaj r = random(5, 4, rng, 1);
        d.forward(x, true, K);
        float[] dx = d.backward(r, true, K).data.clone();
        float[] dw = d.weight().grad().data.clone();
        float[] db = d.bias().grad().data.clone();
        dw[5] *= wrongBy;
        DoubleSupplier loss = () -> project(r, d.forward(x, true, K));
        check.vector("dW", d.weight().value().data, dw, loss);
        check.vector("db", d.bias().value().data, db, loss);
        check.vector("dX", x.data, dx, loss);
    }

    @Test
    void denseGradients() {
        GradientCheck check = new GradientCheck(1e-2, 1e-4, 1e-5, false);
        checkDense(check, 1f);
        LOG.info("dense: " + check);
    }

    @Test
    void theCheckCatchesAWrongWeightGradient() {
        assertThrows(AssertionError.class, () -> checkDense(new GradientCheck(1e-2, 1e-4, 1e-5, false), 1.001f));
    }

    @Test
    void denseBackwardWithoutInputGradientStillSetsParameterGradients() {
        Rng rng = new Rng(3);
        Dense d = new Dense(0, 2, 3);
        Init.XAVIER_UNIFORM.fill(d, rng, 0);
        FMatrixRMaj x = random(4, 2, rng, 1);
        FMatrixRMaj r = random(4, 3, rng, 1);
        d.forward(x, true, K);
        d.backward(r, true, K);
        float[] dw = d.weight().grad().data.clone();
        float[] db = d.bias().grad().data.clone();
        java.util.Arrays.fill(d.weight().grad().data, 9f);
        assertEquals(null, d.backward(r, false, K));
        org.junit.jupiter.api.Assertions.assertArrayEquals(dw, d.weight().grad().data);
        org.junit.jupiter.api.Assertions.assertArrayEquals(db, d.bias().grad().data);
    }

    /** A network 3 → 5 → 4 → 2 with both hidden layers of {@code f} (non-default settings where it has one). */
    static Network network(Activation f, long seed) {
        Float a = f == Activation.LEAKY_RELU ? Float.valueOf(0.1f) : f == Activation.ELU ? Float.valueOf(0.7f) : null;
        List<LayerSpec> hidden = List.of(new LayerSpec(5, f.id(), a, 0f), new LayerSpec(4, f.id(), a, 0f));
        Network net = new NetworkSpec(hidden, "identity", Init.XAVIER_NORMAL.id(), null).build(3, 2, new Rng(seed));
        // Non-zero biases, so that a bias bug cannot hide behind zeros.
        Rng rng = new Rng(seed + 1);
        for (Dense d : net.denseLayers()) {
            for (int i = 0; i < d.outputSize(); i++) {
                d.bias().value().data[i] = (float) (0.3 * rng.nextGaussian());
            }
        }
        return net;
    }

    @ParameterizedTest
    @EnumSource(Activation.class)
    void networkGradientsEndToEnd(Activation f) {
        Network net = network(f, 5);
        Rng rng = new Rng(6);
        FMatrixRMaj x = random(7, 3, rng, 1);
        FMatrixRMaj t = random(7, 2, rng, 1);
        FMatrixRMaj out = net.forward(x, true, K);
        FMatrixRMaj dOut = new FMatrixRMaj(out.numRows, out.numCols);
        Loss.MSE.gradient(out, t, 0, dOut);
        net.backward(dOut, K);
        List<float[]> grads = new ArrayList<>();
        for (Param p : net.params()) {
            grads.add(p.grad().data.clone());
        }
        DoubleSupplier loss = () -> mse(net.forward(x, true, K), t);
        boolean kinks = f == Activation.RELU || f == Activation.LEAKY_RELU || f == Activation.ELU;
        GradientCheck check = new GradientCheck(1e-2, 2e-3, 2e-5, kinks);
        for (int i = 0; i < grads.size(); i++) {
            Param p = net.params().get(i);
            check.vector(f.id() + " " + p.name(), p.value().data, grads.get(i), loss);
        }
        LOG.info("network " + f.id() + ": " + check);
    }

    /** MSE in double, so the finite differences see the float outputs without the loss's rounding. */
    static double mse(FMatrixRMaj out, FMatrixRMaj t) {
        double s = 0;
        for (int i = 0; i < out.getNumElements(); i++) {
            double d = (double) out.data[i] - t.data[i];
            s += d * d;
        }
        return s / out.getNumElements();
    }
}
