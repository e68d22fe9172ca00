package dev.nnplay.engine.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.lab.NetworkSlice.Coordinate;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.train.TrainingSession;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** One update in numbers: every figure is the engine's, and the line's can be checked with a pencil. */
class WorksheetTest {

    static List<String> types() {
        return OptimizerSpec.TYPES;
    }

    /** Adam's first step on the line from (0.5, 0), worked by hand: every number is exact in float. */
    @Test
    void adamsFirstStepOnTheLineIsThePencilsResult() {
        OptimizerPath path = new OptimizerPath(new LineSurface(), OptimizerSpec.of("adam", 0.1), 0.5, 0);
        Worksheet w = path.nextUpdate();
        assertEquals(1, w.step());
        assertEquals(0.1, w.learningRate());
        assertArrayEquals(new float[] {1, 2, 3, 4}, w.batch().x());
        assertArrayEquals(new float[] {2, 3, 4, 5}, w.batch().y());
        assertArrayEquals(new float[] {0.5f, 1, 1.5f, 2}, w.batch().yHat());
        assertEquals(5.375, w.loss(), "(1.5² + 2² + 2.5² + 3²)/4");
        assertEquals(List.of("m", "s"), w.stateNames());
        assertEquals(List.of("m̂", "ŝ", "√ŝ+ε"), w.derivedNames());
        Worksheet.Entry wEntry = w.entries().get(0);
        Worksheet.Entry bEntry = w.entries().get(1);
        assertEquals(-12.5, wEntry.grad(), "(2/4)·(−1.5·1 − 2·2 − 2.5·3 − 3·4)");
        assertEquals(-4.5, bEntry.grad(), "(2/4)·(−1.5 − 2 − 2.5 − 3)");
        assertArrayEquals(new double[] {0, 0}, wEntry.before());
        assertEquals(-1.25, wEntry.after()[0], 1e-6, "m = 0.1·g");
        assertEquals(0.15625, wEntry.after()[1], 0, "s = 0.001·g²");
        assertEquals(-12.5, wEntry.derived()[0], 1e-5, "m̂ = m/(1 − 0.9)");
        assertEquals(156.25, wEntry.derived()[1], 1e-3, "ŝ = s/(1 − 0.999)");
        assertEquals(0.1, wEntry.delta(), 1e-6, "Adam's first step is η·sign(g)");
        assertEquals(0.6, wEntry.thetaNew(), 1e-6);
        assertEquals(0.1, bEntry.thetaNew(), 1e-6);
        assertEquals(0, path.steps(), "working the update does not take it");
        path.step();
        List<float[][]> state = path.optimizer().copyState();
        assertEquals(state.get(0)[0][0], (float) wEntry.after()[0]);
        assertEquals(state.get(0)[1][0], (float) wEntry.after()[1]);
        assertEquals(state.get(1)[0][0], (float) bEntry.after()[0]);
        assertEquals(path.x(1), wEntry.thetaNew());
        assertEquals(path.y(1), bEntry.thetaNew());
    }

    /** For every optimizer, after a few steps, the sheet's state is the optimizer's and the step is the path's next. */
    @ParameterizedTest
    @MethodSource("types")
    void sheetIsTheOptimizersStateAndTheNextStep(String type) {
        LineSurface line = new LineSurface();
        OptimizerPath path = new OptimizerPath(line, OptimizerSpec.of(type, line.suggestedRate(type)), 0.5, 0);
        path.run(4);
        List<float[][]> before = path.optimizer().copyState();
        Worksheet w = path.nextUpdate();
        Forces f = path.forces();
        double[] g = new double[2];
        line.gradient(path.x(4), path.y(4), g);
        path.step();
        List<float[][]> after = path.optimizer().copyState();
        OptimizerAnatomy a = new OptimizerAnatomy(path.optimizer());
        for (int i = 0; i < 2; i++) {
            Worksheet.Entry e = w.entries().get(i);
            assertEquals(g[i], e.grad(), type + " gradient " + i);
            assertEquals(-g[i], f.negGradient()[i]);
            assertArrayEquals(a.state(before.get(i), 0), e.before(), type + " state before " + i);
            assertArrayEquals(a.state(after.get(i), 0), e.after(), type + " state after " + i);
            assertEquals(i == 0 ? path.x(5) : path.y(5), e.thetaNew(), type + " θ′ " + i);
            assertEquals(e.delta(), f.step()[i]);
        }
        double lr = w.learningRate();
        for (int i = 0; i < 2; i++) {
            double expected = switch (type) {
                case "sgd" -> lr * f.negGradient()[i];
                case "momentum" -> -lr * f.velocity()[i];
                case "nesterov" -> -lr * (-f.negGradient()[i] + 0.9 * f.velocity()[i]);
                case "adagrad", "rmsprop" -> lr * f.negGradient()[i] / f.scale()[i];
                case "adam" -> -lr * f.velocity()[i] / f.scale()[i];
                // adamw: the decay of every parameter, the bias too (PyTorch's default)
                default -> -lr * f.velocity()[i] / f.scale()[i] - lr * 0.01 * w.entries().get(i).theta();
            };
            // θ′ − θ is exact only to float32's spacing at θ
            double ulp = Math.ulp((float) Math.abs(w.entries().get(i).thetaNew()));
            assertEquals(expected, f.step()[i], 1e-5 * Math.abs(expected) + 2 * ulp, type + " step " + i);
        }
        assertEquals(!type.equals("sgd") && !type.equals("adagrad") && !type.equals("rmsprop"), f.hasVelocity());
        assertEquals(List.of("adagrad", "rmsprop", "adam", "adamw").contains(type), f.hasScale());
    }

    /** A real network step: the sheet reads the session's own gradient and optimizer state around stepBatch. */
    @ParameterizedTest
    @MethodSource("types")
    void networkStepIsTheSessionsStep(String type) {
        TrainingSession plain = NetworkSliceTest.session(true, Activation.TANH);
        TrainingSession worked = NetworkSliceTest.session(true, Activation.TANH);
        List<Coordinate> shown = List.of(new Coordinate(0, 7), new Coordinate(5, 1));
        plain.stepBatch();
        Worksheet w = NetworkUpdate.step(worked, shown);
        assertEquals(plain.step(), worked.step());
        assertEquals(plain.batchLoss(), w.loss());
        assertNull(w.batch());
        OptimizerAnatomy a = new OptimizerAnatomy(plain.optimizer());
        for (int i = 0; i < shown.size(); i++) {
            Coordinate c = shown.get(i);
            Worksheet.Entry e = w.entries().get(i);
            var p = plain.network().params().get(c.param());
            assertEquals(p.value().data[c.element()], e.thetaNew());
            assertEquals(p.grad().data[c.element()], e.grad());
            assertArrayEquals(a.state(plain.optimizer().copyState().get(c.param()), c.element()), e.after());
        }
        assertEquals("layer0.weight[1,2]", w.entries().get(0).name());
        assertEquals("layer2.bias[1]", w.entries().get(1).name());
        assertFalse(w.entries().get(0).delta() == 0, "the weight moved");
    }

    @Test
    void textShowsTheNumbersInEnglishAndChinese() {
        OptimizerPath path = new OptimizerPath(new LineSurface(), OptimizerSpec.of("momentum", 0.02), 0.5, 0);
        String en = WorksheetText.render(path.nextUpdate(), Locale.ENGLISH);
        assertTrue(en.contains("J = (1/N)·Σ(ŷᵢ − yᵢ)² = 5.375"), en);
        assertTrue(en.contains("∂J/∂w = (2/N)·Σ(ŷᵢ − yᵢ)·xᵢ = -12.5"), en);
        assertTrue(en.contains("∂J/∂b = (2/N)·Σ(ŷᵢ − yᵢ) = -4.5"), en);
        assertTrue(en.contains("v: before 0  →  after -12.5"), en);
        assertTrue(en.contains("θ′ = 0.75"), en);
        assertTrue(en.contains("θ′ = θ − η·v′"), en);
        String zh = WorksheetText.render(path.nextUpdate(), Locale.SIMPLIFIED_CHINESE);
        assertTrue(zh.startsWith("一次更新的数字"), zh);
        assertTrue(zh.contains("更新前 0  →  更新后 -12.5"), zh);
        assertEquals(WorksheetText.ENGLISH.keySet(), WorksheetText.CHINESE.keySet());
    }

    @Test
    void numbersAreShortAndExact() {
        assertEquals("5.375", WorksheetText.num(5.375));
        assertEquals("-12.5", WorksheetText.num(-12.5));
        assertEquals("0.156248", WorksheetText.num(0.15624798834323883));
        assertEquals("1e-08", WorksheetText.num(1e-8));
        assertEquals("0", WorksheetText.num(0));
    }
}
