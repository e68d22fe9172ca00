package dev.nnplay.engine.train;

import static dev.nnplay.engine.testing.Golden.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Param;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.testing.Golden;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Trains the engine on each case that {@code make_golden.py} trained in PyTorch, from the same initial
 * weights on the same data with in-order mini-batches, and compares the loss of every step and the
 * weights after the first step and at the end.
 */
class GoldenTrajectoryTest {
    /** The measured margins, for a reader of the test log (silenced in mvn verify, see logging.properties). */
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(GoldenTrajectoryTest.class.getName());

    /** Relative tolerance on every compared value. */
    static final double RTOL = 1e-5;
    /** Absolute floor, for values that should be near 0. */
    static final double ATOL = 1e-7;

    static List<String> cases() {
        return Golden.trajectories();
    }

    @Test
    void everyOptimizerScheduleLossAndPenaltyHasACase() {
        List<JsonNode> docs = cases().stream().map(Golden::read).toList();
        List<String> seen = new ArrayList<>();
        for (JsonNode d : docs) {
            JsonNode t = d.get("training");
            seen.add("optimizer " + t.get("optimizer").get("type").asText());
            seen.add("loss " + t.get("loss").asText());
            seen.add("schedule " + (t.has("schedule") ? t.get("schedule").get("type").asText() : "constant"));
            seen.add("penalty " + (t.has("regularization") ? t.get("regularization").get("type").asText() : "none"));
            d.get("network").get("hidden").forEach(h -> seen.add("activation " + h.get("activation").asText()));
            seen.add("activation " + d.get("network").get("outputActivation").asText());
            String decay = t.get("optimizer").path("spareBiases").asBoolean(false) ? "weights only" : "every parameter";
            if (t.get("optimizer").get("type").asText().equals("adamw")) {
                seen.add("adamw decays " + decay);
            }
            if (t.has("regularization") && t.get("regularization").get("type").asText().equals("l2")) {
                seen.add("l2 on " + decay);
            }
        }
        // PyTorch's default decays biases too; the setting that spares them is checked as well
        for (String want : List.of("adamw decays every parameter", "adamw decays weights only", "l2 on every parameter",
                "l2 on weights only")) {
            assertTrue(seen.contains(want), "no golden case covers " + want);
        }
        for (String want : List.of("optimizer sgd", "optimizer momentum", "optimizer nesterov", "optimizer adagrad",
                "optimizer rmsprop", "optimizer adam", "optimizer adamw", "loss mse", "loss mae", "loss huber",
                "loss bce", "loss softmax_ce", "schedule step", "schedule exponential", "schedule cosine",
                "penalty l1", "penalty l2", "activation identity", "activation relu", "activation leaky_relu",
                "activation elu", "activation sigmoid", "activation tanh", "activation softplus", "activation gelu",
                "activation sine")) {
            assertTrue(seen.contains(want), "no golden case covers " + want);
        }
        assertTrue(cases().contains("linear-regression.json"));
    }

    /**
     * The seed's example, which the program ships as {@code assets/examples/linear-regression.json}: the
     * golden file must be exactly that setup, so the shipped example's curve is PyTorch's.
     */
    @Test
    void linearRegressionIsTheSeedExample() throws JsonProcessingException {
        JsonNode doc = Golden.read("linear-regression.json");
        assertEquals(List.of(List.of(1.0), List.of(2.0), List.of(3.0), List.of(4.0)),
                JSON.treeToValue(doc.get("x"), List.class));
        assertEquals(List.of(List.of(2.0), List.of(3.0), List.of(4.0), List.of(5.0)),
                JSON.treeToValue(doc.get("y"), List.class));
        assertEquals(List.of(List.of(0.5), List.of(0.0)), JSON.treeToValue(doc.get("initialWeights"), List.class));
        TrainingSpec t = JSON.treeToValue(doc.get("training"), TrainingSpec.class);
        assertEquals("mse", t.loss());
        assertEquals("sgd", t.optimizer().type());
        assertEquals(0.01, t.optimizer().learningRate());
        assertEquals(4, t.batchSize());
        assertEquals(100, t.epochs());
        assertTrue(JSON.treeToValue(doc.get("network"), NetworkSpec.class).hidden().isEmpty());
        double[] losses = Golden.doubles(doc.get("losses"));
        assertEquals(100, losses.length);
        // (0.5x − (x + 1))² averaged over x = 1..4 is 5.375, exactly representable.
        assertEquals(5.375, losses[0]);
        for (int i = 1; i < losses.length; i++) {
            assertTrue(losses[i] < losses[i - 1], "gradient descent on a convex loss goes down at step " + i);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorch(String file) throws JsonProcessingException {
        matchesPyTorch(file, ReferenceKernels.INSTANCE);
    }

    /** The same trajectories on the kernels the program picks (Panama where the vector module is present). */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void matchesPyTorchOnTheChosenKernels(String file) throws JsonProcessingException {
        matchesPyTorch(file, KernelProvider.get());
    }

    private void matchesPyTorch(String file, Kernels kernels) throws JsonProcessingException {
        JsonNode doc = Golden.read(file);
        TrainingSession session = session(doc, kernels);
        Network net = session.network();
        List<String> names = net.params().stream().map(Param::name).toList();
        assertEquals(JSON.treeToValue(doc.get("paramNames"), List.class), names, "parameter order");

        double[] losses = Golden.doubles(doc.get("losses"));
        double[] rates = Golden.doubles(doc.get("learningRates"));
        Worst worst = new Worst(file);
        for (int s = 0; s < losses.length; s++) {
            double rate = session.learningRate();
            assertTrue(Golden.errorRatio(rates[s], rate, 1e-12, 0) <= 1,
                    file + " step " + s + ": learning rate " + rate + ", torch " + rates[s]);
            double loss = session.stepBatch();
            worst.compare("loss at step " + s, losses[s], (float) loss);
            if (s == 0) {
                worst.compareAll("after step 0", names, Golden.floatRows(doc.get("weightsAfterFirstStep")),
                        net.copyWeights());
            }
        }
        worst.compareAll("final", names, Golden.floatRows(doc.get("finalWeights")), net.copyWeights());
        assertEquals(doc.get("training").get("epochs").asInt(), session.epoch(), "epochs run");
        LOG.info(String.valueOf(worst));
        worst.assertWithin();
    }

    /** The engine's session for a golden case: its network, initial weights, data and settings. */
    static TrainingSession session(JsonNode doc, Kernels kernels) throws JsonProcessingException {
        NetworkSpec spec = JSON.treeToValue(doc.get("network"), NetworkSpec.class);
        TrainingSpec training = JSON.treeToValue(doc.get("training"), TrainingSpec.class);
        int inputs = doc.get("inputs").asInt();
        int outputs = doc.get("outputs").asInt();
        Network net = spec.build(inputs, outputs, new Rng(0));
        net.setWeights(Golden.floatRows(doc.get("initialWeights")));
        Task task = Task.byId(doc.get("task").asText());
        int classes = doc.get("classes").asInt();
        Dataset train = dataset(new FMatrixRMaj(Golden.floatRows(doc.get("x"))),
                new FMatrixRMaj(Golden.floatRows(doc.get("y"))), task, classes);
        Dataset test = dataset(new FMatrixRMaj(0, inputs), new FMatrixRMaj(0, train.y().numCols), task, classes);
        assertTrue(!training.shuffle(), "golden trajectories take batches in order");
        return new TrainingSession(net, train, test, training, 0, kernels);
    }

    static Dataset dataset(FMatrixRMaj x, FMatrixRMaj y, Task task, int classes) {
        List<String> inputs = IntStream.range(0, x.numCols).mapToObj(i -> "x" + i).toList();
        List<String> targets = IntStream.range(0, y.numCols).mapToObj(i -> "y" + i).toList();
        List<String> classNames = IntStream.range(0, classes).mapToObj(i -> "c" + i).toList();
        return new Dataset(x, y, task, inputs, targets, task == Task.CLASSIFY ? classNames : Collections.emptyList());
    }

    /** The worst error of a case, kept for its report line and its verdict. */
    static final class Worst {
        private final String file;
        private double worstRatio;
        private double worstRelative;
        private String worstWhere = "nothing";
        private String firstFailure;

        Worst(String file) {
            this.file = file;
        }

        void compare(String where, double expected, float actual) {
            double ratio = Golden.errorRatio(expected, actual, RTOL, ATOL);
            double rel = Math.abs(expected) > ATOL / RTOL ? Golden.relativeError(expected, actual) : 0;
            worstRelative = Math.max(worstRelative, rel);
            if (ratio > worstRatio) {
                worstRatio = ratio;
                worstWhere = where;
            }
            if (ratio > 1 && firstFailure == null) {
                firstFailure = where + ": torch " + expected + ", engine " + actual;
            }
        }

        void compareAll(String when, List<String> names, float[][] expected, float[][] actual) {
            assertEquals(expected.length, actual.length, "number of parameters");
            for (int p = 0; p < expected.length; p++) {
                assertEquals(expected[p].length, actual[p].length, names.get(p) + " size");
                for (int i = 0; i < expected[p].length; i++) {
                    compare(names.get(p) + "[" + i + "] " + when, expected[p][i], actual[p][i]);
                }
            }
        }

        void assertWithin() {
            if (firstFailure != null) {
                fail(file + " differs from PyTorch beyond " + RTOL + " relative; first: " + firstFailure
                        + "; worst " + this);
            }
        }

        @Override
        public String toString() {
            return String.format("golden %-45s worst relative error %.2e (%.2f of the tolerance, at %s)", file,
                    worstRelative, worstRatio, worstWhere);
        }
    }
}
