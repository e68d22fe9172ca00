package dev.nnplay.app.ui.measure;

import dev.nnplay.app.ui.training.TrainingViewModel;
import dev.nnplay.app.workspace.TaskExecutor;
import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectIO;
import dev.nnplay.engine.train.Snapshot;
import java.nio.file.Path;
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
 * parts, and quits. With {@code -Dnnplay.measureProject=FILE} both parts train that project instead of
 * the opening one; {@code -Dnnplay.measureWarmup=SECONDS} sets the play before recording. Speeds are
 * printed twice: the mean of the snapshots' figures (time inside steps only) and samples per
 * wall-clock second (steps between the first and the last snapshot recorded, times the batch size),
 * which also counts what the training thread spends on snapshots. For the window section of
 * docs/performance.md.
 */
public final class FrameMeasurement {
    /** The system property that asks for a measurement; its value is the seconds to record. */
    static final String PROPERTY = "nnplay.measureFrames";
    /** The system property naming a project file to measure instead of the opening one. */
    static final String PROJECT_PROPERTY = "nnplay.measureProject";
    /**
     * The system property for the seconds of play before recording (default {@value #WARMUP_DEFAULT}):
     * for the first ten seconds or so C2 compiles the window's own code, with some 60 % of a core.
     */
    static final String WARMUP_PROPERTY = "nnplay.measureWarmup";
    private static final double WARMUP_DEFAULT = 15;

    private FrameMeasurement() {
    }

    /**
     * Starts the measurement if the property asks for one, on the project {@value #PROJECT_PROPERTY}
     * names if it names one: {@code vm} plays {@code ws}'s training, {@code frames} are the window's
     * frame timings.
     */
    public static void startIfAsked(TrainingViewModel vm, Workspace ws, FrameStats frames) {
        String value = System.getProperty(PROPERTY);
        if (value == null) {
            return;
        }
        double seconds = Double.parseDouble(value);
        Project p = project();
        if (p == null) {
            start(vm, ws, frames, seconds);
        } else {
            ws.restore(p, projectDir()).thenRun(() -> start(vm, ws, frames, seconds));
        }
    }

    private static Project project() {
        String file = System.getProperty(PROJECT_PROPERTY);
        return file == null ? null : ProjectIO.read(Path.of(file));
    }

    private static Path projectDir() {
        return Path.of(System.getProperty(PROJECT_PROPERTY)).toAbsolutePath().getParent();
    }

    private static void start(TrainingViewModel vm, Workspace ws, FrameStats frames, double seconds) {
        int batch = ws.state().training().batchSize();
        vm.setStepsPerSecond(0); // full speed: the window's default pace is one a class can follow
        vm.play();
        PauseTransition warm = new PauseTransition(Duration.seconds(
                Double.parseDouble(System.getProperty(WARMUP_PROPERTY, String.valueOf(WARMUP_DEFAULT)))));
        warm.setOnFinished(e -> {
            frames.clear();
            Map<String, Long> cpuBefore = ThreadCpu.now();
            long wallBefore = System.nanoTime();
            Rates rates = new Rates(batch);
            vm.snapshotProperty().addListener((o, a, s) -> rates.add(s));
            PauseTransition run = new PauseTransition(Duration.seconds(seconds));
            run.setOnFinished(f -> {
                vm.pause();
                FrameStats fs = frames;
                System.out.printf(Locale.ROOT, "frames %d in %.0f s: interval p50 %.2f ms p99 %.2f ms max-ish p99.9 %.2f ms; "
                                + "FX work p50 %.2f ms p99 %.2f ms%n", fs.count(), seconds, fs.intervalMillis(50),
                        fs.intervalMillis(99), fs.intervalMillis(99.9), fs.workMillis(50), fs.workMillis(99));
                System.out.println("CPU while recording, % of one core: " + ThreadCpu.format(
                        ThreadCpu.percentOfCore(cpuBefore, ThreadCpu.now(), System.nanoTime() - wallBefore)));
                Rates headless = headless(seconds, batch);
                System.out.printf(Locale.ROOT, "training samples/s: window %.0f, headless %.0f, share %.1f%%%n",
                        rates.mean(), headless.mean(), 100 * rates.mean() / headless.mean());
                System.out.printf(Locale.ROOT, "training samples per wall second: window %.0f, headless %.0f, "
                        + "share %.1f%%%n", rates.wall(), headless.wall(), 100 * rates.wall() / headless.wall());
                Platform.exit();
            });
            run.play();
        });
        warm.play();
    }

    /** The training speed over a run of snapshots, both ways. */
    private static final class Rates {
        private final int batch;
        private double sum;
        private int count;
        private long firstStep = -1;
        private long firstNanos;
        private long lastStep;
        private long lastNanos;

        Rates(int batch) {
            this.batch = batch;
        }

        void add(Snapshot s) {
            if (s.samplesPerSecond() > 0) {
                sum += s.samplesPerSecond();
                count++;
            }
            long now = System.nanoTime();
            if (firstStep < 0) {
                firstStep = s.step();
                firstNanos = now;
            }
            lastStep = s.step();
            lastNanos = now;
        }

        /** The mean of the snapshots' figures (time inside steps only). */
        double mean() {
            return count > 0 ? sum / count : 0;
        }

        /** Samples per wall-clock second between the first and the last snapshot. */
        double wall() {
            return lastStep > firstStep ? (lastStep - firstStep) * (double) batch * 1e9 / (lastNanos - firstNanos)
                    : Double.NaN;
        }
    }

    /** The same settings trained with no window, at the same snapshot rate. */
    private static Rates headless(double seconds, int batch) {
        try (Workspace vm = new Workspace(TaskExecutor.direct())) {
            Project p = project();
            if (p != null) {
                vm.restore(p, projectDir()).join();
            }
            Rates rates = new Rates(batch);
            Map<String, Long> cpuBefore = ThreadCpu.now();
            long wallBefore = System.nanoTime();
            vm.play();
            long end = System.nanoTime() + (long) (seconds * 1e9);
            while (System.nanoTime() < end) {
                Thread.sleep(1000 / 30);
                if (vm.poll()) {
                    rates.add(vm.snapshot());
                }
            }
            vm.pause();
            System.out.println("CPU while training headless, % of one core: " + ThreadCpu.format(
                    ThreadCpu.percentOfCore(cpuBefore, ThreadCpu.now(), System.nanoTime() - wallBefore)));
            vm.awaitIdle(5, TimeUnit.SECONDS);
            return rates;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Rates(batch);
        }
    }
}
