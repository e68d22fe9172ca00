package dev.nnplay.app.ui.measure;

import dev.nnplay.app.ui.training.TrainingViewModel;
import dev.nnplay.app.workspace.TaskExecutor;
import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.train.Snapshot;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * The hidden measurement behind {@code -Dnnplay.measureFrames=SECONDS}: plays at full speed, records
 * frame intervals and the FX-thread work per frame after a warm-up, then trains the same settings
 * with no window for as long and prints both training speeds, and the CPU each thread used in both
 * parts, and quits. For the window section of docs/performance.md.
 */
public final class FrameMeasurement {
    /** The system property that asks for a measurement; its value is the seconds to record. */
    static final String PROPERTY = "nnplay.measureFrames";
    private static final double WARMUP_SECONDS = 4;

    private FrameMeasurement() {
    }

    /**
     * Starts the measurement if the property asks for one: {@code vm} plays, {@code frames} are the
     * window's frame timings.
     */
    public static void startIfAsked(TrainingViewModel vm, FrameStats frames) {
        String value = System.getProperty(PROPERTY);
        if (value == null) {
            return;
        }
        double seconds = Double.parseDouble(value);
        vm.play();
        PauseTransition warm = new PauseTransition(Duration.seconds(WARMUP_SECONDS));
        warm.setOnFinished(e -> {
            frames.clear();
            Map<String, Long> cpuBefore = ThreadCpu.now();
            long wallBefore = System.nanoTime();
            double[] sum = new double[2];
            vm.snapshotProperty().addListener((o, a, s) -> add(sum, s));
            PauseTransition run = new PauseTransition(Duration.seconds(seconds));
            run.setOnFinished(f -> {
                vm.pause();
                FrameStats fs = frames;
                double window = sum[1] > 0 ? sum[0] / sum[1] : 0;
                System.out.printf(Locale.ROOT, "frames %d in %.0f s: interval p50 %.2f ms p99 %.2f ms max-ish p99.9 %.2f ms; "
                                + "FX work p50 %.2f ms p99 %.2f ms%n", fs.count(), seconds, fs.intervalMillis(50),
                        fs.intervalMillis(99), fs.intervalMillis(99.9), fs.workMillis(50), fs.workMillis(99));
                System.out.println("CPU while recording, % of one core: " + ThreadCpu.format(
                        ThreadCpu.percentOfCore(cpuBefore, ThreadCpu.now(), System.nanoTime() - wallBefore)));
                double headless = headless(seconds);
                System.out.printf(Locale.ROOT, "training samples/s: window %.0f, headless %.0f, share %.1f%%%n", window,
                        headless, 100 * window / headless);
                Platform.exit();
            });
            run.play();
        });
        warm.play();
    }

    private static void add(double[] sum, Snapshot s) {
        if (s.samplesPerSecond() > 0) {
            sum[0] += s.samplesPerSecond();
            sum[1]++;
        }
    }

    /** The same default settings trained with no window: mean samples per second over the snapshots. */
    private static double headless(double seconds) {
        try (Workspace vm = new Workspace(TaskExecutor.direct())) {
            double[] sum = new double[2];
            Map<String, Long> cpuBefore = ThreadCpu.now();
            long wallBefore = System.nanoTime();
            vm.play();
            long end = System.nanoTime() + (long) (seconds * 1e9);
            while (System.nanoTime() < end) {
                Thread.sleep(1000 / 30);
                if (vm.poll()) {
                    add(sum, vm.snapshot());
                }
            }
            vm.pause();
            System.out.println("CPU while training headless, % of one core: " + ThreadCpu.format(
                    ThreadCpu.percentOfCore(cpuBefore, ThreadCpu.now(), System.nanoTime() - wallBefore)));
            vm.awaitIdle(5, TimeUnit.SECONDS);
            return sum[1] > 0 ? sum[0] / sum[1] : 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        }
    }
}
