package dev.nnplay.engine.bench;

import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.Task;
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
import dev.nnplay.engine.train.Trainer;
import dev.nnplay.engine.train.TrainingSession;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
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
 * <li>{@code eval 100000}: the loss and metric over a 100 000-row part (8 inputs, 3 classes, an
 * 8-16-16-3 ReLU network), what a snapshot cost per part before live figures were sampled, and what
 * the epoch-end measurement costs now; reports rows per second.
 * <li>{@code live R}: training as the window drives it, a {@link Trainer} playing with 20 snapshots a
 * second read by another thread, on R rows (1797: the Digits example's size and network, 64-32-10
 * ReLU, batch 32, Adam; 100000: 8 inputs and 8-16-16-3, batch 32, Adam), 70 % of them for training.
 * Reports samples per wall-clock second (snapshots and epoch-end measurements included), and as its
 * peer, measured in alternating stretches of the same run, the same session stepped with no
 * snapshots at all ({@code headless_samples_per_s}).
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
            "gemm 64", "gemm 256", "gemm 512", "gemm 1024", "eval 100000", "live 1797", "live 100000");

    /** Snapshots a second in the {@code live} cases: what the window asks of its trainer. */
    public static final double LIVE_SNAPSHOTS_PER_SECOND = 20;

    /**
     * One measurement. Exactly one of {@code samplesPerS} (mlp, eval and live cases) and {@code gflops}
     * (gemm cases) is set; the other is NaN. {@code headlessSamplesPerS} is the live cases' peer (NaN
     * for the others), {@code vectorBits} the Panama kernels' vector width (0 for the reference ones).
     */
    public record Result(String name, String kernels, int threads, double samplesPerS, double gflops,
                         double headlessSamplesPerS, int vectorBits) {
        /**
         * One JSON object on one line,
         * {@code {"case":…,"kernels":…,"threads":…,"bits":…,"samples_per_s":…}}.
         */
        public String toJson() {
            String metric = Double.isNaN(gflops)
                    ? String.format(Locale.ROOT, "\"samples_per_s\":%.1f", samplesPerS)
                    : String.format(Locale.ROOT, "\"gflops\":%.2f", gflops);
            if (!Double.isNaN(headlessSamplesPerS)) {
                metric += String.format(Locale.ROOT, ",\"headless_samples_per_s\":%.1f,\"share\":%.3f",
                        headlessSamplesPerS, samplesPerS / headlessSamplesPerS);
            }
            return "{\"case\":\"" + name + "\",\"kernels\":\"" + kernels + "\",\"threads\":" + threads
                    + ",\"bits\":" + vectorBits + "," + metric + "}";
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
            int bits = k.vectorBits();
            if (name.startsWith("gemm ")) {
                int n = Integer.parseInt(name.substring(5));
                double calls = gemm(n, k, warmUp, null);
                long[] elapsed = new long[1];
                calls = gemm(n, k, nanos, elapsed);
                return new Result(name, k.name(), threads, Double.NaN, 2.0 * n * n * n * calls / elapsed[0],
                        Double.NaN, bits);
            }
            if (name.startsWith("eval ")) {
                TrainingSession s = liveSession(Integer.parseInt(name.substring(5)), k).get();
                evaluations(s, warmUp, null);
                long[] elapsed = new long[1];
                long rows = evaluations(s, nanos, elapsed) * s.trainSize();
                return new Result(name, k.name(), threads, rows * 1e9 / elapsed[0], Double.NaN, Double.NaN, bits);
            }
            if (name.startsWith("live ")) {
                double[] both = live(liveSession(Integer.parseInt(name.substring(5)), k), warmUp, nanos);
                return new Result(name, k.name(), threads, both[0], Double.NaN, both[1], bits);
            }
            Mlp mlp = new Mlp(name, k);
            mlp.train(warmUp, null);
            long[] elapsed = new long[1];
            long samples = mlp.train(nanos, elapsed);
            return new Result(name, k.name(), threads, samples * 1e9 / elapsed[0], Double.NaN, Double.NaN, bits);
        } finally {
            KernelProvider.setThreads(before);
        }
    }

    /**
     * Sessions of the {@code eval} and {@code live} cases over {@code rows} synthetic rows: Digits-sized
     * (64 inputs, 10 classes, 64-32-10) for 1797, else 8 inputs and 3 classes (8-16-16-3); ReLU, softmax
     * cross-entropy, Adam at 0.002, batch 32, shuffled, the first 70 % for training.
     */
    static Supplier<TrainingSession> liveSession(int rows, Kernels k) {
        boolean digits = rows == 1797;
        int inputs = digits ? 64 : 8;
        int classes = digits ? 10 : 3;
        Rng rng = new Rng(7);
        FMatrixRMaj x = random(rng, rows, inputs);
        FMatrixRMaj y = new FMatrixRMaj(rows, 1);
        for (int i = 0; i < rows; i++) {
            double v = 0;
            for (int j = 0; j < inputs; j++) {
                v += x.data[i * inputs + j] * (j % 3 - 1);
            }
            y.data[i] = Math.floorMod((int) Math.floor(v * 2), classes);
        }
        List<String> names = new ArrayList<>();
        for (int j = 0; j < inputs; j++) {
            names.add("x" + j);
        }
        List<String> classNames = new ArrayList<>();
        for (int c = 0; c < classes; c++) {
            classNames.add("c" + c);
        }
        Dataset all = new Dataset(x, y, Task.CLASSIFY, names, List.of("class"), classNames);
        int train = rows * 7 / 10;
        int[] first = new int[train];
        int[] rest = new int[rows - train];
        for (int i = 0; i < rows; i++) {
            if (i < train) {
                first[i] = i;
            } else {
                rest[i - train] = i;
            }
        }
        Dataset tr = all.rows(first);
        Dataset te = all.rows(rest);
        NetworkSpec net = digits ? NetworkSpec.of(Activation.RELU, 32) : NetworkSpec.of(Activation.RELU, 16, 16);
        TrainingSpec spec = new TrainingSpec(Loss.SOFTMAX_CE.id(), null, OptimizerSpec.of("adam", 0.002), null, null,
                32, 0, true);
        return () -> new TrainingSession(net.build(inputs, classes, new Rng(11)), tr, te, spec, 13, k);
    }

    /** Evaluations of the training part done in about {@code nanos}; the exact time to {@code elapsed[0]}. */
    private static long evaluations(TrainingSession s, long nanos, long[] elapsed) {
        return repeat(s::evaluateTrain, nanos, elapsed);
    }

    /** Runs {@code work} for about {@code nanos}; returns the calls, the exact time in {@code elapsed[0]}. */
    private static long repeat(Runnable work, long nanos, long[] elapsed) {
        long calls = 0;
        long start = System.nanoTime();
        long now;
        do {
            work.run();
            calls++;
            now = System.nanoTime();
        } while (now - start < nanos);
        if (elapsed != null) {
            elapsed[0] = now - start;
        }
        return calls;
    }

    /** Stretches per side in a {@code live} case, alternating headless and trainer. */
    private static final int LIVE_STRETCHES = 10;

    /**
     * {samples per wall second with a playing {@link Trainer}, the same with the session stepped alone},
     * over {@code nanos} each, in alternating stretches after a warm-up of both.
     */
    private static double[] live(Supplier<TrainingSession> factory, long warmUp, long nanos) {
        TrainingSession alone = factory.get();
        long[] alonePart = new long[2];
        long[] trainerPart = new long[2];
        try (Trainer t = new Trainer(factory)) {
            t.setMaxSnapshotsPerSecond(LIVE_SNAPSHOTS_PER_SECOND);
            headless(alone, warmUp / 2, new long[2]);
            played(t, warmUp / 2, new long[2]);
            for (int r = 0; r < LIVE_STRETCHES; r++) {
                headless(alone, nanos / LIVE_STRETCHES, alonePart);
                played(t, nanos / LIVE_STRETCHES, trainerPart);
            }
        }
        return new double[] {trainerPart[0] * 1e9 / trainerPart[1], alonePart[0] * 1e9 / alonePart[1]};
    }

    /** Steps {@code s} on this thread for about {@code nanos}; adds samples and nanoseconds to {@code acc}. */
    private static void headless(TrainingSession s, long nanos, long[] acc) {
        long start = System.nanoTime();
        long steps = 0;
        long now;
        do {
            for (int i = 0; i < 16; i++) {
                s.stepBatch();
            }
            steps += 16;
            now = System.nanoTime();
        } while (now - start < nanos);
        acc[0] += steps * s.batchSize();
        acc[1] += now - start;
    }

    /**
     * Plays {@code t} for about {@code nanos} while this thread reads its newest snapshot as often as
     * the window does; adds samples and nanoseconds to {@code acc}.
     */
    private static void played(Trainer t, long nanos, long[] acc) {
        try {
            long before = t.call(TrainingSession::step).get(10, TimeUnit.SECONDS);
            t.play();
            long start = System.nanoTime();
            while (System.nanoTime() - start < nanos) {
                Thread.sleep((long) (1000 / LIVE_SNAPSHOTS_PER_SECOND));
                t.latest(); // as the window's frame takes the newest snapshot
            }
            long after = t.call(TrainingSession::step).get(10, TimeUnit.SECONDS);
            long end = System.nanoTime();
            t.pause();
            int batch = t.call(TrainingSession::batchSize).get(10, TimeUnit.SECONDS);
            t.awaitIdle(10, TimeUnit.SECONDS);
            acc[0] += (after - before) * batch;
            acc[1] += end - start;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the trainer did not answer: " + e, e);
        }
    }

    /** Products of size {@code n} done in about {@code nanos}; the exact time goes to {@code elapsed[0]}. */
    private static long gemm(int n, Kernels k, long nanos, long[] elapsed) {
        Rng rng = new Rng(1);
        FMatrixRMaj a = random(rng, n, n);
        FMatrixRMaj b = random(rng, n, n);
        FMatrixRMaj c = new FMatrixRMaj(n, n);
        return repeat(() -> k.mult(a, b, c), nanos, elapsed);
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
