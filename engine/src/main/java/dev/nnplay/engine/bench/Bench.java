package dev.nnplay.engine.bench;

import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.LayerSpec;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.Optimizer;
import dev.nnplay.engine.optim.OptimizerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ejml.data.FMatrixRMaj;

/**
 * The benchmark cases behind {@code nnplay bench} and {@code docs/performance.md}, the same as
 * {@code bench/torch_bench.py} times in PyTorch:
 * <ul>
 * <li>{@code mlp I-H…-O act bB}: training steps (forward, loss, backward, SGD step) over a fixed data
 * set in order, B samples a batch; {@code 8x6} means six hidden layers of 8. Two inputs: 500
 * samples and MSE; 784 inputs: 4096 samples, 10 classes and softmax cross-entropy. Reports
 * samples per second.
 * <li>{@code gemm n}: {@code C = A·B} of square float matrices; reports GFLOP/s as {@code 2n³/t}.
 * </ul>
 * Each case first runs unmeasured for half the measuring time, and for at least {@value #MIN_WARM_UP_S}
 * s, so that the JIT has compiled it: on a loaded 2-core machine C2 took up to ~3 s to compile the
 * vector kernels of a training step, and a run measured before that reports the interpreter.
 */
public final class Bench {

    /** Every case, in report order. */
    public static final List<String> CASES = List.of(
            "mlp 2-4-2-1 tanh b10", "mlp 2-8-8-1 tanh b10", "mlp 2-8x6-1 tanh b10",
            "mlp 784-128-64-10 relu b64", "mlp 784-512-512-10 relu b256",
            "gemm 64", "gemm 256", "gemm 512", "gemm 1024");

    /**
     * One measurement. Exactly one of {@code samplesPerS} (mlp cases) and {@code gflops} (gemm cases)
     * is set; the other is NaN.
     */
    public record Result(String name, String kernels, int threads, double samplesPerS, double gflops) {
        /** One JSON object on one line, {@code {"case":…,"kernels":…,"threads":…,"samples_per_s":…}}. */
        public String toJson() {
            String metric = Double.isNaN(gflops)
                    ? String.format(Locale.ROOT, "\"samples_per_s\":%.1f", samplesPerS)
                    : String.format(Locale.ROOT, "\"gflops\":%.2f", gflops);
            return "{\"case\":\"" + name + "\",\"kernels\":\"" + kernels + "\",\"threads\":" + threads + ","
                    + metric + "}";
        }
    }

    /** The shortest unmeasured warm-up, in seconds. */
    public static final double MIN_WARM_UP_S = 2;

    private Bench() {
    }

    /** Runs case {@code name} on kernels {@code k} with up to {@code threads} threads for {@code seconds}. */
    public static Result run(String name, Kernels k, int threads, double seconds) {
        if (!CASES.contains(name)) {
            throw new IllegalArgumentException("unknown case '" + name + "'; expected one of " + CASES);
        }
        int before = KernelProvider.threads();
        KernelProvider.setThreads(threads);
        try {
            long nanos = (long) (seconds * 1e9);
            long warmUp = Math.max(nanos / 2, (long) (MIN_WARM_UP_S * 1e9));
            if (name.startsWith("gemm ")) {
                int n = Integer.parseInt(name.substring(5));
                double calls = gemm(n, k, warmUp, null);
                long[] elapsed = new long[1];
                calls = gemm(n, k, nanos, elapsed);
                return new Result(name, k.name(), threads, Double.NaN, 2.0 * n * n * n * calls / elapsed[0]);
            }
            Mlp mlp = new Mlp(name, k);
            mlp.train(warmUp, null);
            long[] elapsed = new long[1];
            long samples = mlp.train(nanos, elapsed);
            return new Result(name, k.name(), threads, samples * 1e9 / elapsed[0], Double.NaN);
        } finally {
            KernelProvider.setThreads(before);
        }
    }

    /** Products of size {@code n} done in about {@code nanos}; the exact time goes to {@code elapsed[0]}. */
    private static long gemm(int n, Kernels k, long nanos, long[] elapsed) {
        Rng rng = new Rng(1);
        FMatrixRMaj a = random(rng, n, n);
        FMatrixRMaj b = random(rng, n, n);
        FMatrixRMaj c = new FMatrixRMaj(n, n);
        long calls = 0;
        long start = System.nanoTime();
        long now;
        do {
            k.mult(a, b, c);
            calls++;
            now = System.nanoTime();
        } while (now - start < nanos);
        if (elapsed != null) {
            elapsed[0] = now - start;
        }
        return calls;
    }

    private static FMatrixRMaj random(Rng rng, int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) rng.uniform(-1, 1);
        }
        return m;
    }

    /** A training loop for one {@code mlp} case. */
    private static final class Mlp {
        private final Kernels k;
        private final Network net;
        private final Loss loss;
        private final Optimizer opt = OptimizerSpec.of("sgd", 0.01).build();
        private final FMatrixRMaj x;
        private final FMatrixRMaj y;
        private final FMatrixRMaj xb;
        private final FMatrixRMaj yb;
        private final FMatrixRMaj grad;
        private final int batch;
        /** First row of the next batch. */
        private int row;

        Mlp(String name, Kernels k) {
            this.k = k;
            String[] parts = name.split(" ");
            List<Integer> sizes = new ArrayList<>();
            for (String s : parts[1].split("-")) {
                int times = s.contains("x") ? Integer.parseInt(s.substring(s.indexOf('x') + 1)) : 1;
                int units = Integer.parseInt(s.contains("x") ? s.substring(0, s.indexOf('x')) : s);
                for (int t = 0; t < times; t++) {
                    sizes.add(units);
                }
            }
            Activation f = Activation.byId(parts[2]);
            batch = Integer.parseInt(parts[3].substring(1));
            int inputs = sizes.get(0);
            int outputs = sizes.get(sizes.size() - 1);
            List<LayerSpec> hidden = new ArrayList<>();
            for (int s : sizes.subList(1, sizes.size() - 1)) {
                hidden.add(LayerSpec.of(s, f));
            }
            Rng rng = new Rng(42);
            net = NetworkSpec.of(f).withHidden(hidden).build(inputs, outputs, rng);
            boolean classify = outputs > 1;
            loss = classify ? Loss.SOFTMAX_CE : Loss.MSE;
            int n = inputs == 2 ? 500 : 4096;
            x = random(rng, n, inputs);
            y = new FMatrixRMaj(n, classify ? 1 : outputs);
            for (int i = 0; i < n; i++) {
                y.data[i] = classify ? rng.nextInt(outputs) : x.data[i * inputs] * x.data[i * inputs + 1];
            }
            xb = new FMatrixRMaj(batch, inputs);
            yb = new FMatrixRMaj(batch, y.numCols);
            grad = new FMatrixRMaj(batch, outputs);
        }

        /** Trains for about {@code nanos}; returns the samples seen, the exact time in {@code elapsed[0]}. */
        long train(long nanos, long[] elapsed) {
            long samples = 0;
            long start = System.nanoTime();
            long now;
            do {
                for (int s = 0; s < 16; s++) {
                    step();
                }
                samples += 16L * batch;
                now = System.nanoTime();
            } while (now - start < nanos);
            if (elapsed != null) {
                elapsed[0] = now - start;
            }
            return samples;
        }

        private void step() {
            if (row + batch > x.numRows) {
                row = 0;
            }
            System.arraycopy(x.data, row * x.numCols, xb.data, 0, batch * x.numCols);
            System.arraycopy(y.data, row * y.numCols, yb.data, 0, batch * y.numCols);
            row += batch;
            FMatrixRMaj out = net.forward(xb, true, k);
            loss.gradient(out, yb, Loss.DEFAULT_DELTA, grad);
            net.backward(grad, k);
            opt.step(net.params(), 0.01f);
        }
    }

    /**
     * {@code Bench [--kernels auto|reference|panama] [--threads N] [--seconds S] [case …]}: runs the
     * cases (all by default) and prints one JSON object per line.
     */
    public static void main(String[] args) {
        String kernels = "auto";
        int threads = 1;
        double seconds = 2;
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--kernels" -> kernels = args[++i];
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                default -> cases.add(args[i]);
            }
        }
        Kernels k = KernelProvider.select(kernels);
        for (String c : cases.isEmpty() ? CASES : cases) {
            System.out.println(run(c, k, threads, seconds).toJson());
        }
    }
}
