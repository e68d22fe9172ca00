package dev.nnplay.engine.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.inspect.LayerFigures.Inactivity;
import dev.nnplay.engine.inspect.LayerFigures.Verdict;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.LayerSpec;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.train.Snapshot;
import dev.nnplay.engine.train.TrainingSession;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The diagnostics' figures against the same quantities computed here directly, from the network's
 * weights and one forward and backward pass over the same batch.
 */
class ProbeTest {
    private static final Kernels K = ReferenceKernels.INSTANCE;
    private static final double LR = 0.05;

    private static PreparedData circle() {
        return DataSpec.generated(new GeneratorSpec("circle", 120, 0.1, 3, null)).prepare(null, 3);
    }

    /** Full batch, no shuffle, plain SGD: step 1 sees exactly the training rows in order. */
    private static TrainingSession session(NetworkSpec spec, PreparedData data, String optimizer) {
        Network net = spec.build(2, 1, new Rng(4));
        TrainingSpec t = new TrainingSpec("bce", null, OptimizerSpec.of(optimizer, LR), null, null,
                data.train().size(), 0, false);
        TrainingSession s = new TrainingSession(net, data.train(), data.test(), t, 9, K);
        s.setDiagnostics(() -> true);
        return s;
    }

    @Test
    void figuresEqualADirectForwardAndBackwardPass() {
        PreparedData data = circle();
        NetworkSpec spec = new NetworkSpec(List.of(new LayerSpec(6, "relu", null, 0f), new LayerSpec(5, "tanh", null, 0f)),
                "identity", null, null);
        TrainingSession s = session(spec, data, "sgd");
        Snapshot atRest = s.snapshot(0, "");
        assertFalse(atRest.figures().updated());
        s.stepBatch();
        NetworkFigures f = s.snapshot(0, "").figures();
        assertTrue(f.updated());
        assertEquals(1, f.step());

        // the same pass, by hand, on a copy with the weights before the step
        Network copy = spec.build(2, 1, new Rng(0));
        copy.setWeights(atRest.weights());
        FMatrixRMaj x = data.train().x();
        FMatrixRMaj t = data.train().targetsFor(Loss.BCE_LOGITS, 1);
        List<FMatrixRMaj> all = copy.forwardAll(x, K);
        FMatrixRMaj out = all.get(all.size() - 1);
        FMatrixRMaj dOut = new FMatrixRMaj(out.numRows, 1);
        copy.forward(x, true, K);
        Loss.BCE_LOGITS.gradient(out, t, Loss.DEFAULT_DELTA, dOut);
        copy.backward(dOut, K);

        // blocks: Dense0 relu (forwardAll entry 2), Dense1 tanh (entry 4), Dense2 logits (entry 5)
        int[] outputEntry = {2, 4, 5};
        for (int b = 0; b < 3; b++) {
            LayerFigures lf = f.layers().get(b);
            FMatrixRMaj a = all.get(outputEntry[b]);
            assertEquals(mean(a), lf.activationMean(), 1e-6, "mean of layer " + b);
            assertEquals(std(a), lf.activationStd(), 1e-6, "spread of layer " + b);
            float[] w = copy.denseLayers().get(b).weight().value().data;
            float[] g = copy.denseLayers().get(b).weight().grad().data;
            float[] gb = copy.denseLayers().get(b).bias().grad().data;
            assertEquals(Math.sqrt(sq(g) + sq(gb)), lf.gradientNorm(), 1e-6 * (1 + lf.gradientNorm()));
            assertEquals(Math.sqrt(sq(w)), lf.weightNorm(), 1e-5);
            // plain SGD: Δw = −lr·g, so the ratio is ‖lr·g‖ / ‖w‖
            assertEquals(Math.log10(LR * Math.sqrt(sq(g)) / Math.sqrt(sq(w))), lf.updateRatio(), 1e-4, "ratio " + b);
            Histogram gh = Histogram.logMagnitude(g);
            assertArrayEquals(gh.counts(), lf.gradients().counts());
            assertEquals(gh.zeros(), lf.gradients().zeros());
            Histogram wh = Histogram.linear(w, lf.weights().lo(), lf.weights().hi());
            assertArrayEquals(wh.counts(), lf.weights().counts());
            assertEquals(w.length, lf.weights().total());
            assertEquals(b < 2, Double.isFinite(lf.inactiveShare()), "stuck share of layer " + b);
        }
        assertEquals(deadShare(all.get(2)), f.layers().get(0).inactiveShare(), 0);
        assertEquals(Inactivity.DEAD, f.layers().get(0).inactive());
        assertEquals(Inactivity.SATURATED, f.layers().get(1).inactive());
        assertEquals(Inactivity.NONE, f.layers().get(2).inactive());
    }

    @Test
    void aReluLayerPushedToNegativeBiasesIsAllDead() {
        PreparedData data = circle();
        TrainingSession s = session(NetworkSpec.of(Activation.RELU, 8, 4), data, "sgd");
        float[] bias = s.network().denseLayers().get(0).bias().value().data;
        java.util.Arrays.fill(bias, -100f);
        NetworkFigures f = s.snapshot(0, "").figures();
        LayerFigures first = f.layers().get(0);
        assertEquals(1.0, first.inactiveShare());
        assertEquals(Verdict.DEAD, first.verdict());
        assertEquals(0.0, first.activationMean());
        // nothing flows back through a dead layer: every gradient of its weights is exactly zero
        assertEquals(2 * 8, first.gradients().zeros());
        assertEquals(0.0, first.gradientNorm());
        assertEquals(1.0, f.layers().get(1).inactiveShare(), "the layer after a dead one gets only its biases");
    }

    @Test
    void theUpdateRatioIsLrTimesGradientOverWeightsForSgd() {
        PreparedData data = circle();
        TrainingSession s = session(NetworkSpec.of(Activation.TANH, 8), data, "sgd");
        for (int i = 0; i < 5; i++) {
            s.snapshot(0, "");
            float[] w = s.network().denseLayers().get(0).weight().value().data.clone();
            s.stepBatch();
            float[] w1 = s.network().denseLayers().get(0).weight().value().data;
            double[] d = new double[w.length];
            for (int j = 0; j < w.length; j++) {
                d[j] = w1[j] - w[j];
            }
            NetworkFigures f = s.snapshot(0, "").figures();
            assertEquals(Math.log10(Math.sqrt(sq(d)) / Math.sqrt(sq(w))), f.layers().get(0).updateRatio(), 1e-9);
            float[] g = s.network().denseLayers().get(0).weight().grad().data;
            assertEquals(Math.log10(LR * Math.sqrt(sq(g)) / Math.sqrt(sq(w))), f.layers().get(0).updateRatio(), 1e-5);
        }
    }

    @Test
    void diagnosticsChangeNoBitOfTraining() {
        PreparedData data = DataSpec.generated(new GeneratorSpec("spiral", 200, 0.1, 3, null)).prepare(null, 3);
        NetworkSpec spec = new NetworkSpec(List.of(new LayerSpec(8, "relu", null, 0.2f),
                new LayerSpec(6, "sigmoid", null, 0f)), "identity", null, null);
        float[][] on = train(spec, data, true);
        float[][] off = train(spec, data, false);
        for (int i = 0; i < on.length; i++) {
            assertArrayEquals(off[i], on[i], "parameter " + i);
        }
    }

    private static float[][] train(NetworkSpec spec, PreparedData data, boolean diagnostics) {
        Network net = spec.build(2, 1, new Rng(4));
        TrainingSpec t = new TrainingSpec("bce", null, OptimizerSpec.of("adam", 0.01), null, null, 16, 0, true);
        TrainingSession s = new TrainingSession(net, data.train(), data.test(), t, 9, K);
        s.setDiagnostics(() -> diagnostics);
        for (int i = 0; i < 60; i++) {
            Snapshot snap = s.snapshot(0, "");
            assertEquals(diagnostics, !snap.figures().isEmpty());
            s.stepBatch();
        }
        return net.copyWeights();
    }

    @Test
    void aWideLayersHistogramsCountAFixedSampleAndItsNormsEveryWeight() {
        Network net = NetworkSpec.of(Activation.RELU, 100).build(64, 10, new Rng(2));
        FMatrixRMaj x = new FMatrixRMaj(5, 64);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) Math.sin(i);
        }
        Probe p = new Probe(net);
        p.measure(x, K, 0);
        LayerFigures first = p.figures().layers().get(0);
        float[] w = net.denseLayers().get(0).weight().value().data;
        assertEquals(6400 / 4, first.weights().total(), "6400 weights: every fourth one");
        float[] sample = new float[1600];
        for (int i = 0; i < sample.length; i++) {
            sample[i] = w[4 * i];
        }
        assertArrayEquals(Histogram.linear(sample, first.weights().lo(), first.weights().hi()).counts(),
                first.weights().counts());
        assertEquals(Math.sqrt(sq(w)), first.weightNorm(), 1e-4);
        assertEquals(Double.NaN, first.updateRatio(), "no update measured");
        assertEquals(Verdict.UNKNOWN, p.figures().layers().get(1).verdict());
    }

    @Test
    void offMeansNoFigures() {
        TrainingSession s = session(NetworkSpec.of(Activation.TANH, 4), circle(), "sgd");
        s.setDiagnostics(null);
        assertSame(NetworkFigures.NONE, s.snapshot(0, "").figures());
    }

    /** The deep-network lesson: under sigmoid the first layer's gradients all but vanish. */
    @Test
    void aDeepSigmoidNetworkGetsFirstLayerGradientsOrdersOfMagnitudeSmallerThanRelu() {
        PreparedData data = DataSpec.generated(new GeneratorSpec("spiral", 300, 0.1, 3, null)).prepare(null, 3);
        double sigmoid = firstLayerGradient(Activation.SIGMOID, data);
        double relu = firstLayerGradient(Activation.RELU, data);
        assertTrue(relu / sigmoid > 1000, "first-layer gradient norm: sigmoid " + sigmoid + ", relu " + relu);
    }

    /** The first layer's mean gradient norm over the first 20 steps of a 2-8×8-1 network. */
    private static double firstLayerGradient(Activation f, PreparedData data) {
        int[] sizes = new int[8];
        java.util.Arrays.fill(sizes, 8);
        TrainingSession s = session(NetworkSpec.of(f, sizes), data, "sgd");
        double sum = 0;
        for (int i = 0; i < 20; i++) {
            s.snapshot(0, "");
            s.stepBatch();
            sum += s.snapshot(0, "").figures().layers().get(0).gradientNorm();
        }
        return sum / 20;
    }

    private static double mean(FMatrixRMaj a) {
        double s = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            s += a.data[i];
        }
        return s / a.getNumElements();
    }

    private static double std(FMatrixRMaj a) {
        double m = mean(a);
        double s = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            s += (a.data[i] - m) * (a.data[i] - m);
        }
        return Math.sqrt(s / a.getNumElements());
    }

    private static double deadShare(FMatrixRMaj a) {
        int dead = 0;
        for (int j = 0; j < a.numCols; j++) {
            boolean all = true;
            for (int i = 0; i < a.numRows; i++) {
                all &= a.get(i, j) == 0f;
            }
            dead += all ? 1 : 0;
        }
        return (double) dead / a.numCols;
    }

    private static double sq(float[] v) {
        double s = 0;
        for (float x : v) {
            s += (double) x * x;
        }
        return s;
    }

    private static double sq(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return s;
    }
}
