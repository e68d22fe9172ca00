package dev.nnplay.engine.lesson;

import static dev.nnplay.engine.lesson.LessonFixtures.compare;
import static dev.nnplay.engine.lesson.LessonFixtures.lesson;
import static dev.nnplay.engine.lesson.LessonFixtures.run;
import static dev.nnplay.engine.lesson.LessonFixtures.session;
import static dev.nnplay.engine.lesson.LessonFixtures.sessionAfter;
import static dev.nnplay.engine.lesson.LessonFixtures.train;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.compare.Comparison;
import dev.nnplay.engine.compare.RunCurve;
import dev.nnplay.engine.nn.Dense;
import dev.nnplay.engine.train.TrainingSession;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each playground lesson does what its text promises, trained headless from its own files. */
class NetworkLessonsTest {

    @Test
    void learningRateOnANetworkCrawlsConvergesOrDiverges() {
        Lesson l = lesson("03-learning-rate");
        Comparison c = compare(l);
        c.advance(Comparison.Unit.EPOCH, 40);
        double start = c.curve(0).trainLosses()[0];
        List<Comparison.RunSnapshot> s = c.snapshot();
        Comparison.RunSnapshot low = s.get(run(l, "low"));
        Comparison.RunSnapshot right = s.get(run(l, "right"));
        Comparison.RunSnapshot high = s.get(run(l, "high"));
        assertTrue(high.diverged(), "the high rate diverges");
        assertTrue(high.message().contains("diverged"), high.message());
        assertFalse(right.diverged());
        assertTrue(right.curve().lastTrainLoss() < 0.15 * start, "the good rate converges: " + right.curve().lastTrainLoss());
        assertTrue(low.curve().lastTrainLoss() > 0.3 * start, "the low rate still crawls: " + low.curve().lastTrainLoss());
        assertTrue(low.curve().lastTrainLoss() < start, "but it does go down");
    }

    @Test
    void momentumAndAdamBeatSgdOnTheSpiralNetwork() {
        Lesson l = lesson("04-sgd-momentum-adam");
        Comparison c = compare(l);
        c.advance(Comparison.Unit.EPOCH, 60);
        double sgd = c.curve(run(l, "sgd")).lastTrainLoss();
        assertTrue(c.curve(run(l, "momentum")).lastTrainLoss() < 0.85 * sgd, "momentum well below SGD");
        assertTrue(c.curve(run(l, "adam")).lastTrainLoss() < 0.85 * sgd, "Adam well below SGD");
    }

    @Test
    void squaredErrorStallsOnASureWrongNeuronWhereCrossEntropyFixesIt() {
        Lesson l = lesson("05-mse-or-cross-entropy");
        Comparison c = compare(l);
        RunCurve mse0 = c.curve(run(l, "mse"));
        assertEquals(0.0, mse0.trainMetrics()[0], "every point starts on the wrong side");
        c.advance(Comparison.Unit.EPOCH, 2);
        assertTrue(c.curve(run(l, "ce")).testMetrics()[2] >= 0.99, "cross-entropy at 100% within two epochs");
        c.advance(Comparison.Unit.EPOCH, 28);
        RunCurve mse = c.curve(run(l, "mse"));
        assertEquals(0.0, mse.testMetrics()[30], 0.05, "squared error still wrong after 30 epochs");
        assertTrue(mse.lastTrainLoss() > 0.95 * mse.trainLosses()[0], "its loss curve is almost flat");
    }

    @Test
    void sigmoidGradientsVanishWhereReluTrains() {
        Lesson l = lesson("06-vanishing-gradients");
        Comparison c = compare(l);
        c.advance(Comparison.Unit.STEP);
        double sigmoid = firstLayerGradient(c.session(run(l, "sigmoid")));
        double relu = firstLayerGradient(c.session(run(l, "relu")));
        double ratio = relu / sigmoid;
        assertTrue(ratio > 100 && ratio < 1000, "hundreds of times smaller: " + ratio);
        c.advance(Comparison.Unit.EPOCH, 40);
        double sigmoidLoss = c.curve(run(l, "sigmoid")).lastTrainLoss();
        assertEquals(Math.log(2), sigmoidLoss, 0.01, "sigmoid sits at a coin toss's loss");
        assertTrue(c.curve(run(l, "relu")).lastTrainLoss() < 0.1, "ReLU trains");
        assertTrue(c.curve(run(l, "tanh")).lastTrainLoss() < 0.5 * sigmoidLoss, "tanh gets there too");
        RunCurve relu20 = c.curve(run(l, "relu"));
        RunCurve tanh20 = c.curve(run(l, "tanh"));
        assertTrue(relu20.trainLosses()[20] < 0.1, "ReLU below 0.1 within twenty epochs");
        assertTrue(tanh20.trainLosses()[20] > relu20.trainLosses()[20], "tanh more slowly than ReLU");
        // the step that switches the playground to ReLU trains the same way
        assertTrue(train(sessionAfter(l, "relu"), 40).evaluateTrain().loss() < 0.1);
    }

    /** The norm of the first dense layer's weight gradient after a step. */
    private static double firstLayerGradient(TrainingSession s) {
        float[] g = s.network().params().get(0).grad().data;
        double sum = 0;
        for (float v : g) {
            sum += (double) v * v;
        }
        return Math.sqrt(sum);
    }

    @Test
    void xorNeedsAHiddenLayerOrTheProductFeature() {
        Lesson l = lesson("07-xor-needs-a-hidden-layer");
        TrainingSession linear = train(session(l, l.project()), 100);
        assertEquals(0.5, linear.evaluateTest().metric(), 0.15, "a line stays near chance");
        assertEquals(0.5, linear.evaluateTrain().metric(), 0.15);
        TrainingSession hidden = train(sessionAfter(l, "hidden"), 100);
        assertTrue(hidden.evaluateTest().metric() > 0.95, "four tanh neurons pass 0.95: " + hidden.evaluateTest().metric());
        TrainingSession feature = train(sessionAfter(l, "feature"), 100);
        assertTrue(feature.network().denseLayers().size() == 1, "no hidden layer");
        assertTrue(feature.evaluateTest().metric() > 0.95, "x1x2 makes it linear: " + feature.evaluateTest().metric());
    }

    @Test
    void zeroInitializedNeuronsOfALayerStayEqual() {
        Lesson l = lesson("08-zero-initialization");
        TrainingSession s = train(session(l, l.project()), 60);
        List<Dense> dense = s.network().denseLayers();
        for (Dense d : dense.subList(0, dense.size() - 1)) {
            float[] w = d.weight().value().data;
            float[] b = d.bias().value().data;
            int in = d.inputSize();
            assertTrue(Arrays.stream(toDouble(w)).anyMatch(v -> Math.abs(v) > 1e-3), "the weights did move");
            for (int o = 1; o < d.outputSize(); o++) {
                for (int i = 0; i < in; i++) {
                    assertEquals(w[i], w[o * in + i], 1e-6 * Math.max(1, Math.abs(w[i])), "neuron " + o + " input " + i);
                }
                assertEquals(b[0], b[o], 1e-6 * Math.max(1, Math.abs(b[0])));
            }
        }
        assertTrue(s.evaluateTest().metric() < 0.7, "no circle from identical neurons: " + s.evaluateTest().metric());
        TrainingSession xavier = train(sessionAfter(l, "fix"), 60);
        assertTrue(xavier.evaluateTest().metric() > 0.9, "Xavier draws the circle: " + xavier.evaluateTest().metric());
    }

    private static double[] toDouble(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    @Test
    void testLossClimbsWithoutAPenaltyAndNotWithL2() {
        Lesson l = lesson("09-overfitting");
        Comparison c = compare(l);
        c.advance(Comparison.Unit.EPOCH, 300);
        RunCurve none = c.curve(run(l, "none"));
        RunCurve l2 = c.curve(run(l, "l2"));
        RunCurve dropout = c.curve(run(l, "dropout"));
        assertTrue(none.lastTrainLoss() < 0.01, "the big network fits the training points");
        assertTrue(none.lastTestLoss() > 2 * min(none.testLosses()), "and the test loss climbs");
        assertTrue(argmin(none.testLosses()) < 30, "after a few epochs: " + argmin(none.testLosses()));
        assertTrue(l2.lastTestLoss() < 1.1 * min(l2.testLosses()), "with L2 it stays near its best");
        assertTrue(l2.lastTrainLoss() > 10 * none.lastTrainLoss(), "at the price of a higher training loss");
        assertTrue(dropout.lastTestLoss() < 0.5 * none.lastTestLoss(), "dropout holds it far lower too");
    }

    private static int argmin(double[] v) {
        int best = 0;
        for (int i = 1; i < v.length; i++) {
            best = v[i] < v[best] ? i : best;
        }
        return best;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElseThrow();
    }

    @Test
    void oneSamplePerStepIsNoisierButFasterPerEpoch() {
        Lesson l = lesson("10-batch-size");
        Comparison c = compare(l);
        assertEquals(100, c.session(0).trainSize(), "the full batch is the whole training part");
        c.advance(Comparison.Unit.EPOCH);
        double full = c.curve(run(l, "full")).lastTrainLoss();
        double mini = c.curve(run(l, "mini")).lastTrainLoss();
        double one = c.curve(run(l, "one")).lastTrainLoss();
        assertTrue(one < 0.5 * full && one < mini && mini < full, "after one epoch: " + full + " > " + mini + " > " + one);
        c.advance(Comparison.Unit.EPOCH, 4);
        double roughFull = roughness(c.curve(run(l, "full")).stepLosses());
        double roughOne = roughness(c.curve(run(l, "one")).stepLosses());
        assertTrue(roughOne > 3 * roughFull, "one sample per step is noisier: " + roughOne + " vs " + roughFull);
    }

    /** The mean size of the step-to-step change of log loss: 0 for a smooth curve. */
    private static double roughness(double[] losses) {
        double s = 0;
        for (int i = 1; i < losses.length; i++) {
            s += Math.abs(Math.log(losses[i] / losses[i - 1]));
        }
        return s / (losses.length - 1);
    }
}
