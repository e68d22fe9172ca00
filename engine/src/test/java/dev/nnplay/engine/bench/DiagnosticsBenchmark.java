package dev.nnplay.engine.bench;

import dev.nnplay.engine.inspect.NetworkFigures;
import dev.nnplay.engine.inspect.Probe;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.Optimizer;
import dev.nnplay.engine.optim.OptimizerSpec;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the diagnostics add to training, part by part: one training step ({@code step}), and the extra
 * work of the one step measured per snapshot ({@code measure}: the probe's measurement, the update
 * ratio and the immutable figures a snapshot carries). With the panel closed a step does one more
 * field read and nothing else. At {@code s} snapshots a second the share of training time the
 * diagnostics take is {@code s · measure / 1 s}. Not run by {@code mvn verify}; run as
 * {@code KernelsBenchmark} is (docs/performance.md) with {@code DiagnosticsBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class DiagnosticsBenchmark {

    /** {@code inputs-hidden…-outputs-batch}, with tanh for two inputs and ReLU otherwise. */
    @Param({"2-8-8-1-10", "2-8-8-8-8-8-8-1-10", "64-64-32-10-32", "784-128-64-10-64"})
    public String shape;

    private Kernels k;
    private Network net;
    private Optimizer opt;
    private Probe probe;
    private FMatrixRMaj x;
    private FMatrixRMaj y;
    private FMatrixRMaj grad;
    private Loss loss;
    private long step;

    @Setup
    public void setUp() {
        String[] s = shape.split("-");
        int inputs = Integer.parseInt(s[0]);
        int outputs = Integer.parseInt(s[s.length - 2]);
        int batch = Integer.parseInt(s[s.length - 1]);
        int[] hidden = new int[s.length - 3];
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = Integer.parseInt(s[i + 1]);
        }
        k = KernelProvider.select("auto");
        net = NetworkSpec.of(inputs == 2 ? Activation.TANH : Activation.RELU, hidden).build(inputs, outputs, new Rng(1));
        opt = OptimizerSpec.of("adam", 0.001).build();
        loss = outputs == 1 ? Loss.MSE : Loss.SOFTMAX_CE;
        SplittableRandom r = new SplittableRandom(1);
        x = new FMatrixRMaj(batch, inputs);
        y = new FMatrixRMaj(batch, outputs == 1 ? 1 : 1);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) r.nextDouble(-1, 1);
        }
        for (int i = 0; i < y.data.length; i++) {
            y.data[i] = outputs == 1 ? (float) r.nextDouble(-1, 1) : r.nextInt(outputs);
        }
        grad = new FMatrixRMaj(batch, outputs);
        probe = new Probe(net);
        forwardBackward();
    }

    private void forwardBackward() {
        FMatrixRMaj out = net.forward(x, true, k);
        loss.gradient(out, y, Loss.DEFAULT_DELTA, grad);
        net.backward(grad, k);
    }

    /** One plain training step: forward, loss gradient, backward, Adam. */
    @Benchmark
    public void step() {
        forwardBackward();
        opt.step(net.params(), 0.001f);
    }

    /** The extra work of one measured step and its figures, beyond the step itself. */
    @Benchmark
    public NetworkFigures measure() {
        probe.measure(x, k, ++step);
        probe.afterUpdate();
        return probe.figures();
    }
}
