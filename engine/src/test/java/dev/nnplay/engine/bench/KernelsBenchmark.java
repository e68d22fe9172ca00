package dev.nnplay.engine.bench;

import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.nn.Activation;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of each kernel operation at the shapes of a dense layer's forward and backward pass
 * ({@code batch × in → out}), on both kernels. Not run by {@code mvn verify}; see docs/performance.md.
 * Run with {@code -prof gc} to see that every operation allocates nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class KernelsBenchmark {

    /** {@code batch-in-out}. */
    @Param({"10-8-8", "64-784-128", "256-784-512", "512-512-512"})
    public String shape;

    @Param({"reference", "panama"})
    public String kernels;

    @Param({"1"})
    public int threads;

    private Kernels k;
    private FMatrixRMaj x;
    private FMatrixRMaj w;
    private FMatrixRMaj y;
    private FMatrixRMaj dy;
    private FMatrixRMaj dw;
    private FMatrixRMaj dx;
    private FMatrixRMaj dz;
    private float[] b;

    @Setup
    public void setUp() {
        String[] s = shape.split("-");
        int batch = Integer.parseInt(s[0]);
        int in = Integer.parseInt(s[1]);
        int out = Integer.parseInt(s[2]);
        KernelProvider.setThreads(threads);
        k = KernelProvider.select(kernels);
        SplittableRandom r = new SplittableRandom(1);
        x = random(r, batch, in);
        w = random(r, out, in);
        y = random(r, batch, out);
        dy = random(r, batch, out);
        dw = new FMatrixRMaj(out, in);
        dx = new FMatrixRMaj(batch, in);
        dz = new FMatrixRMaj(batch, out);
        b = random(r, 1, out).data;
    }

    @TearDown
    public void tearDown() {
        k.close();
    }

    private static FMatrixRMaj random(SplittableRandom r, int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) r.nextDouble(-1, 1);
        }
        return m;
    }

    @Benchmark
    public FMatrixRMaj denseForward() {
        k.dense(x, w, b, y);
        return y;
    }

    @Benchmark
    public FMatrixRMaj weightGradient() {
        k.multTransA(dy, x, dw);
        return dw;
    }

    @Benchmark
    public FMatrixRMaj inputGradient() {
        k.mult(dy, w, dx);
        return dx;
    }

    @Benchmark
    public FMatrixRMaj tanh() {
        k.activate(Activation.TANH, 0f, y, dy);
        return dy;
    }

    @Benchmark
    public FMatrixRMaj reluBackward() {
        k.activationBackward(Activation.RELU, 0f, y, y, dy, dz);
        return dz;
    }

    @Benchmark
    public float[] biasGradient() {
        k.sumColumns(dy, b);
        return b;
    }
}
