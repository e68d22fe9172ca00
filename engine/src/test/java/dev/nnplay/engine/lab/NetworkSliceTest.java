package dev.nnplay.engine.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.lab.NetworkSlice.Coordinate;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.LayerSpec;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.testing.GradientCheck;
import dev.nnplay.engine.train.TrainingSession;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.List;
import java.util.stream.IntStream;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A slice of a real network: its map is the engine's training loss, its gradient the engine's back-propagation. */
class NetworkSliceTest {
    static final Kernels K = KernelProvider.get();

    /** Random data: {@code n} rows of 5 inputs; 3 classes, or one regression target. */
    static Dataset data(int n, boolean classify, long seed) {
        Rng rng = new Rng(seed);
        FMatrixRMaj x = new FMatrixRMaj(n, 5);
        FMatrixRMaj y = new FMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < 5; j++) {
                x.data[i * 5 + j] = (float) rng.nextGaussian();
                s += x.data[i * 5 + j] * (j - 2);
            }
            y.data[i] = classify ? (s > 1 ? 2 : s > -1 ? 1 : 0) : (float) Math.sin(s);
        }
        List<String> names = IntStream.range(0, 5).mapToObj(i -> "x" + i).toList();
        return new Dataset(x, y, classify ? Task.CLASSIFY : Task.REGRESS, names, List.of("y"),
                classify ? List.of("a", "b", "c") : List.of());
    }

    /** A trained-for-a-few-steps session, so the weights are not at their initial values. */
    static TrainingSession session(boolean classify, Activation f) {
        Dataset d = data(150, classify, 3);
        NetworkSpec spec = new NetworkSpec(List.of(LayerSpec.of(6, f), LayerSpec.of(4, f)), "identity", "he_uniform",
                null);
        Network net = spec.build(5, classify ? 3 : 1, new Rng(1));
        TrainingSession s = new TrainingSession(net, d, d.rows(new int[0]),
                new TrainingSpec(classify ? "softmax_ce" : "mse", null, OptimizerSpec.of("adam", 0.01), null, null,
                        32, 1, false), 0, K);
        for (int i = 0; i < 5; i++) {
            s.stepBatch();
        }
        return s;
    }

    /** Param indices: 0 layer0.weight (6×5), 1 layer0.bias, 2 layer1.weight (4×6), 3 layer1.bias, 4 layer2.weight, 5 layer2.bias. */
    @ParameterizedTest(name = "{0}: ({1},{2}) ({3},{4}) {5}")
    @CsvSource({
        "true, 0, 7, 0, 13, relu", "true, 0, 7, 0, 9, tanh", "true, 0, 3, 1, 2, relu", "true, 1, 4, 0, 0, tanh",
        "true, 0, 11, 2, 5, relu", "true, 3, 1, 4, 6, tanh", "true, 4, 2, 4, 9, relu", "true, 5, 0, 2, 23, relu",
        "false, 0, 7, 0, 13, tanh", "false, 2, 3, 5, 0, relu"})
    void mapEqualsTheEnginesTrainingLoss(boolean classify, int p1, int e1, int p2, int e2, String act) {
        TrainingSession s = session(classify, Activation.byId(act));
        Dataset train = data(150, classify, 3);
        float[][] before = s.network().copyWeights();
        NetworkSlice slice = NetworkSlice.of(s, train, new Coordinate(p1, e1), new Coordinate(p2, e2));
        ViewBox v = slice.view();
        double[] grid = slice.grid(v, 11, 9);
        assertArrayEquals(grid, slice.grid(v, 11, 9, 2), "two threads compute the same map");
        for (int j = 0; j < 9; j += 2) {
            for (int i = 0; i < 11; i += 3) {
                float[][] w = s.network().copyWeights();
                w[p1][e1] = (float) v.x(i, 11);
                w[p2][e2] = (float) v.y(j, 9);
                s.network().setWeights(w);
                double engine = s.evaluateTrain().loss();
                s.network().setWeights(before);
                assertEquals(engine, grid[j * 11 + i], 2e-5 * Math.max(1, engine), "node " + i + ", " + j);
            }
        }
        assertTrue(java.util.Arrays.deepEquals(before, s.network().copyWeights()), "the session's network is untouched");
        assertArrayEquals(new double[] {before[p1][e1], before[p2][e2]}, slice.defaultStart());

        GradientCheck check = new GradientCheck(2e-3, 2e-2, 2e-4, true);
        double[] g = new double[2];
        float t1 = (float) v.x(3, 7);
        float t2 = (float) v.y(4, 7);
        slice.gradient(t1, t2, g);
        check.scalar("∂J/∂θ₁", a -> slice.value(a, t2), t1, g[0]);
        check.scalar("∂J/∂θ₂", b -> slice.value(t1, b), t2, g[1]);
        assertTrue(check.worstRatio() <= 1, check.toString());
    }

    @ParameterizedTest
    @CsvSource({"0, 0, 0, 0", "9, 0, 0, 0", "0, 30, 0, 0", "0, -1, 1, 0"})
    void badCoordinatesAreRefused(int p1, int e1, int p2, int e2) {
        TrainingSession s = session(true, Activation.RELU);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> NetworkSlice.of(s, data(150, true, 3), new Coordinate(p1, e1), new Coordinate(p2, e2)));
        assertTrue(e.getMessage().contains("layer0") || e.getMessage().contains("parameters 0 to 5"), e.getMessage());
    }
}
