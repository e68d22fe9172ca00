package dev.nnplay.engine.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.nn.Dense;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.Param;
import dev.nnplay.engine.optim.Optimizer;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.testing.Golden;
import dev.nnplay.engine.train.TrainingSession;
import dev.nnplay.engine.train.TrainingSpec;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Paths are the engine's training: against a TrainingSession, a hand-driven optimizer, and PyTorch. */
class OptimizerPathTest {

    static List<String> types() {
        return OptimizerSpec.TYPES;
    }

    /** The line's path is, bit for bit, what training the Dense(1 → 1) model with the same optimizer does. */
    @ParameterizedTest
    @MethodSource("types")
    void linePathIsTrainingTheLine(String type) {
        LineSurface line = new LineSurface();
        OptimizerSpec spec = OptimizerSpec.of(type, line.suggestedRate(type));
        OptimizerPath path = new OptimizerPath(line, spec, 0.5, 0);
        path.run(25);
        Dense d = new Dense(0, 1, 1);
        d.weight().value().data[0] = 0.5f;
        Network net = new Network(List.of(d));
        Dataset data = new Dataset(new FMatrixRMaj(4, 1, true, LineSurface.SEED_X),
                new FMatrixRMaj(4, 1, true, LineSurface.SEED_Y), Task.REGRESS, List.of("x"), List.of("y"), List.of());
        TrainingSession s = new TrainingSession(net, data, data.rows(new int[0]),
                new TrainingSpec("mse", null, spec, null, null, 4, 25, false), 0, ReferenceKernels.INSTANCE);
        for (int k = 0; k < 25; k++) {
            assertEquals((float) s.stepBatch(), (float) path.loss(k), type + " loss before step " + k);
            assertEquals(d.weight().value().data[0], (float) path.x(k + 1), type + " w after step " + k);
            assertEquals(d.bias().value().data[0], (float) path.y(k + 1), type + " b after step " + k);
        }
        assertFalse(path.diverged());
    }

    /** On a test surface, the path is a 1 × 2 parameter stepped by hand with the engine's optimizer. */
    @ParameterizedTest
    @EnumSource(TestSurface.class)
    void testSurfacePathIsTheOptimizerSteppedByHand(TestSurface surface) {
        for (String type : OptimizerSpec.TYPES) {
            OptimizerSpec spec = OptimizerSpec.of(type, surface.suggestedRate(type));
            double[] start = surface.defaultStart();
            OptimizerPath path = new OptimizerPath(surface, spec, start[0], start[1]);
            path.run(30);
            Param theta = Param.of("θ", 1, 2, true);
            theta.value().data[0] = (float) start[0];
            theta.value().data[1] = (float) start[1];
            Optimizer opt = spec.build();
            double[] g = new double[2];
            for (int k = 0; k < path.steps(); k++) {
                surface.gradient(theta.value().data[0], theta.value().data[1], g);
                theta.grad().data[0] = (float) g[0];
                theta.grad().data[1] = (float) g[1];
                opt.step(List.of(theta), (float) spec.learningRate());
                assertEquals(theta.value().data[0], (float) path.x(k + 1), surface + " " + type + " θ₁ at " + k);
                assertEquals(theta.value().data[1], (float) path.y(k + 1), surface + " " + type + " θ₂ at " + k);
            }
            assertEquals(30, path.steps(), surface + " " + type + " diverged at its suggested rate");
        }
    }

    @Test
    void divergenceStopsThePathWithAFlag() {
        OptimizerPath path = new OptimizerPath(TestSurface.RAVINE, OptimizerSpec.of("sgd", 0.6), -9, 3);
        path.run(200);
        assertTrue(path.diverged(), "a rate above 2/4 diverges across the ravine");
        int steps = path.steps();
        assertTrue(steps < 200, "the path stopped, after " + steps + " steps");
        assertFalse(path.step());
        assertEquals(steps, path.steps());
        assertTrue(Math.abs(path.y(steps)) > TestSurface.RAVINE.view().height() * OptimizerPath.FAR);
        path.reset(-9, 3);
        assertFalse(path.diverged());
        assertEquals(0, path.steps());
    }

    @Test
    void learningRateChangesKeepTheState() {
        OptimizerPath a = new OptimizerPath(TestSurface.ROSENBROCK, OptimizerSpec.of("momentum", 1e-4), -1.5, 2.5);
        a.run(3);
        a.setLearningRate(3e-4);
        a.step();
        Worksheet w = a.nextUpdate();
        assertEquals(3e-4, w.learningRate());
        assertEquals(5, w.step(), "four steps taken, the fifth worked");
        assertEquals(a.optimizer().copyState().get(0)[0][0], (float) w.entries().get(0).before()[0]);
    }

    /** The line's first three steps under each optimizer equal PyTorch's (lab_golden.py). */
    @Test
    void lineMatchesPyTorch() throws IOException {
        JsonNode doc;
        try (InputStream in = getClass().getResourceAsStream("/lab/line-golden.json")) {
            doc = Golden.JSON.readTree(in);
        }
        Map<String, String> names = Map.of("momentum_buffer", "v", "exp_avg", "m", "exp_avg_sq", "s", "sum", "G",
                "square_avg", "s");
        int cases = 0;
        for (JsonNode c : doc.get("cases")) {
            String type = c.get("optimizer").asText();
            OptimizerPath path = new OptimizerPath(new LineSurface(), OptimizerSpec.of(type,
                    c.get("learningRate").asDouble()), 0.5, 0);
            int k = 0;
            for (JsonNode s : c.get("steps")) {
                Worksheet w = path.nextUpdate();
                assertTrue(path.step());
                String at = type + " step " + (k + 1);
                near(s.get("loss").asDouble(), w.loss(), at + " loss");
                near(s.get("loss").asDouble(), path.loss(k), at + " path loss");
                for (int i = 0; i < 2; i++) {
                    near(s.get("grad").get(i).asDouble(), w.entries().get(i).grad(), at + " gradient " + i);
                    near(s.get("after").get(i).asDouble(), w.entries().get(i).thetaNew(), at + " θ′ " + i);
                    near(s.get("after").get(i).asDouble(), i == 0 ? path.x(k + 1) : path.y(k + 1), at + " point " + i);
                }
                var it = s.get("state").fields();
                while (it.hasNext()) {
                    var e = it.next();
                    int idx = w.stateNames().indexOf(names.get(e.getKey()));
                    assertTrue(idx >= 0, at + ": no " + e.getKey() + " in " + w.stateNames());
                    for (int i = 0; i < 2; i++) {
                        near(e.getValue().get(i).asDouble(), w.entries().get(i).after()[idx], at + " " + e.getKey());
                    }
                }
                k++;
            }
            assertEquals(3, k);
            cases++;
        }
        assertEquals(OptimizerSpec.TYPES.size(), cases);
    }

    static void near(double torch, double engine, String what) {
        assertTrue(Golden.errorRatio(torch, engine, 1e-6, 1e-7) <= 1, what + ": torch " + torch + ", engine " + engine);
    }
}
