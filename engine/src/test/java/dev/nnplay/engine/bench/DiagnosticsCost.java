package dev.nnplay.engine.bench;

import dev.nnplay.engine.data.CsvSpec;
import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.train.Trainer;
import dev.nnplay.engine.train.TrainingSession;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the diagnostics cost at full speed: a {@link Trainer} plays as fast as it can, publishing
 * snapshots at 30 a second as the window asks, with the diagnostics on and off in alternating rounds
 * (so both see the same machine load), and the training rate of each round is taken from the first and
 * last snapshot of the round (steps between them over the time between them). Prints, per case, the
 * median rate on and off and the median of the on/off ratios of neighbouring rounds. Not a test; run
 * from the repository root on the engine's test class path:
 * {@code java --add-modules jdk.incubator.vector -cp … dev.nnplay.engine.bench.DiagnosticsCost [rounds] [seconds]}.
 */
public final class DiagnosticsCost {
    private DiagnosticsCost() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
        double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        Kernels k = KernelProvider.select("auto");
        PreparedData circle = DataSpec.generated(new GeneratorSpec("circle", 500, 0.1, 1, null)).prepare(null, 1);
        PreparedData digits = new DataSpec("csv", null, new CsvSpec("assets/datasets/digits8x8.csv", "digit", null,
                null, true), null, List.of(), 0.3, "standardize").prepare(null, 1);
        System.out.println("kernels " + k.name() + ", " + rounds + " rounds of " + seconds + " s each way");
        run("2-8-8-1 tanh b10 (circle)", circle, NetworkSpec.of(Activation.TANH, 8, 8), Loss.BCE_LOGITS, 10, k,
                rounds, seconds);
        run("2-8x6-1 tanh b10 (circle)", circle, NetworkSpec.of(Activation.TANH, 8, 8, 8, 8, 8, 8), Loss.BCE_LOGITS,
                10, k, rounds, seconds);
        run("64-64-32-10 relu b32 (digits)", digits, NetworkSpec.of(Activation.RELU, 64, 32), Loss.SOFTMAX_CE, 32, k,
                rounds, seconds);
    }

    private static void run(String name, PreparedData data, NetworkSpec spec, Loss loss, int batch, Kernels k,
                            int rounds, double seconds) throws Exception {
        AtomicBoolean wanted = new AtomicBoolean();
        TrainingSpec t = new TrainingSpec(loss.id(), null, OptimizerSpec.of("adam", 0.003), null, null, batch, 0, true);
        int outputs = data.train().outputsFor(loss);
        try (Trainer trainer = new Trainer(() -> {
            TrainingSession s = new TrainingSession(spec.build(data.train().inputs(), outputs, new Rng(1)),
                    data.train(), data.test(), t, 1, k);
            s.setDiagnostics(wanted::get);
            return s;
        })) {
            trainer.setMaxSnapshotsPerSecond(30);
            List<long[]> marks = new ArrayList<>();
            trainer.addListener(s -> {
                synchronized (marks) {
                    marks.add(new long[] {System.nanoTime(), s.step(), s.figures().isEmpty() ? 0 : 1});
                }
            });
            trainer.play();
            wanted.set(true);
            round(marks, seconds); // warm-up, both ways
            wanted.set(false);
            round(marks, seconds);
            double[] on = new double[rounds];
            double[] off = new double[rounds];
            double[] ratio = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                // alternate which goes first, so a drift in load favours neither
                boolean onFirst = r % 2 == 0;
                wanted.set(onFirst);
                double a = round(marks, seconds);
                wanted.set(!onFirst);
                double b = round(marks, seconds);
                on[r] = onFirst ? a : b;
                off[r] = onFirst ? b : a;
                ratio[r] = on[r] / off[r];
            }
            trainer.pause();
            trainer.awaitIdle(10, TimeUnit.SECONDS);
            System.out.printf(Locale.ROOT, "%-32s steps/s on %,10.0f  off %,10.0f  on/off %.3f  (ratios %s)%n", name,
                    median(on), median(off), median(ratio), Arrays.toString(round3(ratio)));
        }
    }

    /** Steps per second over one round, from the snapshots published in it (after a settling 0.2 s). */
    private static double round(List<long[]> marks, double seconds) throws InterruptedException {
        Thread.sleep(200);
        synchronized (marks) {
            marks.clear();
        }
        Thread.sleep((long) (seconds * 1000));
        synchronized (marks) {
            long[] first = marks.get(0);
            long[] last = marks.get(marks.size() - 1);
            return (last[1] - first[1]) * 1e9 / (last[0] - first[0]);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    private static double[] round3(double[] v) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = Math.round(v[i] * 1000) / 1000.0;
        }
        return out;
    }
}
