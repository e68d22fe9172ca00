package dev.nnplay.engine.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.nn.Dense;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.testing.GradientCheck;
import dev.nnplay.engine.train.TrainingSession;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The surfaces' values and gradients: the line against the engine's training and a pencil, the test surfaces against finite differences. */
class SurfaceTest {

    @ParameterizedTest
    @EnumSource(TestSurface.class)
    void analyticGradientMatchesFiniteDifferences(TestSurface s) {
        ViewBox v = s.view();
        double[] g = new double[2];
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                double x = v.xMin() + v.width() * (i + 0.37) / 7;
                double y = v.yMin() + v.height() * (j + 0.61) / 7;
                double value = s.gradient(x, y, g);
                assertEquals(s.value(x, y), value, 0, "gradient() returns J");
                double h = 1e-6;
                double gx = (s.value(x + h, y) - s.value(x - h, y)) / (2 * h);
                double gy = (s.value(x, y + h) - s.value(x, y - h)) / (2 * h);
                assertEquals(gx, g[0], 1e-5 * Math.max(1, Math.abs(gx)), s + " ∂J/∂θ₁ at " + x + ", " + y);
                assertEquals(gy, g[1], 1e-5 * Math.max(1, Math.abs(gy)), s + " ∂J/∂θ₂ at " + x + ", " + y);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestSurface.class)
    void gridIsTheValueAtEachNode(TestSurface s) {
        ViewBox v = s.view();
        double[] grid = s.grid(v, 5, 4);
        assertEquals(s.value(v.xMin(), v.yMin()), grid[0]);
        assertEquals(s.value(v.xMax(), v.yMax()), grid[19]);
        assertEquals(s.value(v.x(2, 5), v.y(1, 4)), grid[5 + 2]);
        assertTrue(v.contains(s.defaultStart()[0], s.defaultStart()[1]), "the default start is on the map");
    }

    /** The pencil-and-paper formulas of the issue, at the seed's start and elsewhere. */
    @Test
    void lineIsMeanSquaredErrorOfTheFourPoints() {
        LineSurface line = new LineSurface();
        double[] g = new double[2];
        for (double[] wb : new double[][] {{0.5, 0}, {1, 1}, {-0.75, 2.5}, {2.25, -1.5}}) {
            double w = wb[0];
            double b = wb[1];
            double j = 0;
            double gw = 0;
            double gb = 0;
            for (int i = 1; i <= 4; i++) {
                double r = w * i + b - (i + 1);
                j += r * r / 4;
                gw += 2.0 / 4 * r * i;
                gb += 2.0 / 4 * r;
            }
            assertEquals(j, line.gradient(w, b, g), 1e-6 * Math.max(1, j));
            assertEquals(gw, g[0], 1e-5 * Math.max(1, Math.abs(gw)));
            assertEquals(gb, g[1], 1e-5 * Math.max(1, Math.abs(gb)));
            assertEquals(j, line.value(w, b), 1e-6 * Math.max(1, j));
        }
        assertEquals(5.375, line.value(0.5, 0), "(0.5x − (x + 1))² averaged over x = 1..4");
        assertEquals(0, line.value(1, 1), "the line y = x + 1 fits exactly");
    }

    /** The line's map equals the loss the engine's training reports for that Dense(1 → 1) model. */
    @Test
    void lineMapEqualsTheEnginesTrainingLoss() {
        LineSurface line = new LineSurface();
        ViewBox v = line.view();
        double[] grid = line.grid(v, 9, 7);
        Dense d = new Dense(0, 1, 1);
        Network net = new Network(List.of(d));
        Dataset data = new Dataset(new FMatrixRMaj(4, 1, true, LineSurface.SEED_X),
                new FMatrixRMaj(4, 1, true, LineSurface.SEED_Y), Task.REGRESS, List.of("x"), List.of("y"), List.of());
        TrainingSession s = new TrainingSession(net, data, data.rows(new int[0]),
                new TrainingSpec("mse", null, OptimizerSpec.of("sgd", 0.01), null, null, 4, 1, false), 0,
                ReferenceKernels.INSTANCE);
        for (int j = 0; j < 7; j += 3) {
            for (int i = 0; i < 9; i += 4) {
                d.weight().value().data[0] = (float) v.x(i, 9);
                d.bias().value().data[0] = (float) v.y(j, 7);
                assertEquals(s.evaluateTrain().loss(), grid[j * 9 + i], 1e-6 * Math.max(1, grid[j * 9 + i]));
            }
        }
    }

    @Test
    void lineGradientMatchesFiniteDifferences() {
        LineSurface line = new LineSurface();
        GradientCheck check = new GradientCheck(1e-2, 1e-3, 1e-4, false);
        double[] g = new double[2];
        for (float[] wb : new float[][] {{0.5f, 0f}, {1.5f, -1f}, {-0.25f, 3f}}) {
            line.gradient(wb[0], wb[1], g);
            check.scalar("∂J/∂w", w -> line.value(w, wb[1]), wb[0], g[0]);
            check.scalar("∂J/∂b", b -> line.value(wb[0], b), wb[1], g[1]);
        }
        assertTrue(check.worstRatio() <= 1, check.toString());
    }

    @Test
    void surfacesByName() {
        for (String n : Surface.NAMES) {
            assertEquals(n, Surface.named(n).id());
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Surface.named("valley"));
        assertTrue(e.getMessage().contains("ravine"), e.getMessage());
    }
}
