package dev.nnplay.app.ui.measure;

import dev.nnplay.app.workspace.TaskExecutor;
import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectIO;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * What the diagnostics panel costs training: the window's workspace at full speed, at the window's
 * snapshot rate, with the per-layer figures measured and without, in alternating rounds (off, on,
 * off, on, ...) so that the machine's other load falls on both alike. Prints the mean samples per
 * wall-clock second of each and their ratio. Not a test: run it by hand, as docs/performance.md says:
 * {@code java -cp ... dev.nnplay.app.ui.measure.DiagnosticsCost [seconds-per-round] [rounds] [project...]}.
 */
public final class DiagnosticsCost {
    private DiagnosticsCost() {
    }

    public static void main(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 4;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        KernelProvider.setThreads(1); // as the window trains
        String[] projects = args.length > 2 ? java.util.Arrays.copyOfRange(args, 2, args.length)
                : new String[] {null, "assets/examples/digits.json"};
        for (String file : projects) {
            Project p = file == null ? Workspace.OPENING : ProjectIO.read(Path.of(file));
            Path base = file == null ? null : Path.of(file).toAbsolutePath().getParent();
            double[] sum = new double[2];
            int[] n = new int[2];
            try (Workspace ws = new Workspace(TaskExecutor.direct())) {
                ws.restore(p, base).get(60, TimeUnit.SECONDS);
                boolean[] on = {false};
                ws.setDiagnostics(() -> on[0]);
                play(ws, 2); // warm-up
                for (int r = 0; r < 2 * rounds; r++) {
                    on[0] = r % 2 == 1;
                    sum[r % 2] += play(ws, seconds);
                    n[r % 2]++;
                }
            }
            double off = sum[0] / n[0];
            double on = sum[1] / n[1];
            System.out.printf(Locale.ROOT, "%s: samples/s with diagnostics off %.0f, on %.0f, on/off %.3f (%d rounds of %.0f s each)%n",
                    file == null ? "opening playground" : file, off, on, on / off, rounds, seconds);
        }
    }

    /**
     * Plays for {@code seconds}, polling as the window does; samples per wall-clock second from the
     * step counter, so that the time snapshots and their figures take counts too.
     */
    private static double play(Workspace ws, double seconds) throws InterruptedException {
        ws.poll();
        long before = ws.snapshot().step();
        long t0 = System.nanoTime();
        ws.play();
        long end = t0 + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            Thread.sleep(1000 / 60);
            ws.poll();
        }
        ws.pause();
        ws.awaitIdle(10, TimeUnit.SECONDS);
        double wall = (System.nanoTime() - t0) / 1e9;
        ws.poll();
        return (ws.snapshot().step() - before) * (double) ws.state().training().batchSize() / wall;
    }
}
