package dev.nnplay.engine.bench;

import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.lab.NetworkSlice;
import dev.nnplay.engine.lab.NetworkSlice.Coordinate;
import dev.nnplay.engine.lab.ViewBox;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.LayerSpec;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.train.TrainingSession;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.ejml.data.FMatrixRMaj;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 100 × 100 map of a network slice on Digits-sized data (1797 rows of 64 inputs, 10 classes, a
 * 64-32-10 ReLU network, softmax cross-entropy), in milliseconds, for each kind of pair of scalars:
 * two weights of the first layer (changes carried as rank-one updates into the next layer), two of the
 * last layer, and one of each (the last layer then runs in full). The peer, {@code naiveMap}, sets the
 * two weights and evaluates the whole training part through the session for each point, as a view
 * would without {@link NetworkSlice}. Not run by {@code mvn verify}; see docs/performance.md.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class LabSliceBenchmark {
    /** The side of the map. */
    static final int SIDE = 100;

    /** {@code first} (two layer-0 weights), {@code last} (two layer-1 weights), {@code mixed} (one of each). */
    @Param({"first", "last", "mixed"})
    public String pair;

    @Param({"1", "2"})
    public int threads;

    private NetworkSlice slice;
    private TrainingSession session;
    private ViewBox box;
    private Coordinate a;
    private Coordinate b;

    @Setup
    public void setUp() {
        SplittableRandom r = new SplittableRandom(7);
        int n = 1797;
        FMatrixRMaj x = new FMatrixRMaj(n, 64);
        FMatrixRMaj y = new FMatrixRMaj(n, 1);
        for (int i = 0; i < n; i++) {
            int c = r.nextInt(10);
            y.data[i] = c;
            for (int j = 0; j < 64; j++) {
                x.data[i * 64 + j] = (float) (r.nextGaussian() + (j % 10 == c ? 1.5 : 0));
            }
        }
        Dataset train = new Dataset(x, y, Task.CLASSIFY, IntStream.range(0, 64).mapToObj(i -> "p" + i).toList(),
                List.of("digit"), IntStream.range(0, 10).mapToObj(Integer::toString).toList());
        Network net = new NetworkSpec(List.of(LayerSpec.of(32, Activation.RELU)), "identity", "he_uniform", null)
                .build(64, 10, new Rng(1));
        session = new TrainingSession(net, train, train.rows(new int[0]),
                new TrainingSpec("softmax_ce", null, OptimizerSpec.of("adam", 0.002), null, null, 32, 1, true), 1,
                KernelProvider.get());
        session.stepEpoch();
        a = switch (pair) {
            case "first", "mixed" -> new Coordinate(0, 5 * 64 + 20);
            default -> new Coordinate(2, 3 * 32 + 7);
        };
        b = switch (pair) {
            case "first" -> new Coordinate(0, 17 * 64 + 33);
            default -> new Coordinate(2, 8 * 32 + 19);
        };
        slice = NetworkSlice.of(session, train, a, b);
        box = slice.view();
    }

    @Benchmark
    public double[] map() {
        return slice.grid(box, SIDE, SIDE, threads);
    }

    /** The peer: every point through the whole network, one thread. */
    @Benchmark
    @Warmup(iterations = 1, time = 2)
    @Measurement(iterations = 2, time = 2)
    public double naiveMap() {
        float[][] w = session.network().copyWeights();
        float wa = w[a.param()][a.element()];
        float wb = w[b.param()][b.element()];
        double s = 0;
        for (int j = 0; j < SIDE; j++) {
            for (int i = 0; i < SIDE; i++) {
                session.network().params().get(a.param()).value().data[a.element()] = (float) box.x(i, SIDE);
                session.network().params().get(b.param()).value().data[b.element()] = (float) box.y(j, SIDE);
                s += session.evaluateTrain().loss();
            }
        }
        session.network().params().get(a.param()).value().data[a.element()] = wa;
        session.network().params().get(b.param()).value().data[b.element()] = wb;
        return s;
    }
}
