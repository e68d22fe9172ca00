package dev.nnplay.app.ui.compare;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.ObservableWorkspace;
import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.compare.Comparison;
import dev.nnplay.engine.compare.ComparisonRunner;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.SettingsChange;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Compare runs: two to four trainings of one network from the same initial weights, each with its own
 * settings, on a thread of their own ({@link ComparisonRunner}); the view polls the newest curves
 * once a frame. Knows no Node.
 */
public final class CompareViewModel implements AutoCloseable {
    /** The settings the window offers for a run of the current playground. */
    public record RunChoice(String optimizer, double learningRate, int batchSize, String activation) {
        /** The run's label in the legend. */
        public String label() {
            return Messages.get("optimizer." + optimizer) + " · " + Messages.format("compare.run.lr",
                    trim(learningRate)) + " · " + Messages.format("compare.run.batch", batchSize)
                    + (activation == null ? "" : " · " + activation);
        }

        SettingsChange settings() {
            return new SettingsChange(learningRate, optimizer, null, null, activation, null, null, null, batchSize,
                    null, null);
        }

        private static String trim(double v) {
            String s = Double.toString(v);
            return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
        }
    }

    private final ObservableWorkspace ows;
    private ComparisonRunner runner;
    private final ReadOnlyObjectWrapper<List<Comparison.RunSnapshot>> runs =
            new ReadOnlyObjectWrapper<>(List.of());
    /** Counts starts, so the view rebuilds its legend and series once per start. */
    private final ReadOnlyIntegerWrapper generation = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** The paces offered, in epochs a second; 0 is as fast as the machine goes. */
    public static final List<Double> PACES = List.of(1.0, 3.0, 10.0, 30.0, 100.0, 0.0);
    /** Epochs a second while playing: slow enough by default for a class to watch the curves part. */
    private final javafx.beans.property.DoubleProperty pace = new javafx.beans.property.SimpleDoubleProperty(10);
    /** Whether the runs play at {@link #pace} (the window's frames ask for each epoch). */
    private boolean paced;
    private long lastStepNanos;
    /** The snapshot list when the last paced epoch was asked for; the next waits until it changed. */
    private List<Comparison.RunSnapshot> asked;

    public CompareViewModel(ObservableWorkspace ows) {
        this.ows = ows;
    }

    /** The three runs offered first: the playground's optimizer at its rate, then momentum and Adam. */
    public List<RunChoice> defaultChoices() {
        Workspace.State s = ows.workspace().state();
        double lr = s.training().optimizer().learningRate();
        int batch = s.training().batchSize();
        List<RunChoice> out = new ArrayList<>();
        out.add(new RunChoice("sgd", lr, batch, null));
        out.add(new RunChoice("momentum", lr, batch, null));
        out.add(new RunChoice("adam", Math.min(lr, 0.01), batch, null));
        return out;
    }

    /**
     * Compares {@code choices} on the playground as it stands (its current weights as the shared
     * start). Pauses the playground; completes on the window's thread once the runs are ready.
     */
    public CompletableFuture<Void> startFromPlayground(List<RunChoice> choices) {
        Workspace ws = ows.workspace();
        ws.pause();
        List<Comparison.RunSpec> specs = choices.stream()
                .map(c -> new Comparison.RunSpec(c.label(), c.settings())).toList();
        return ws.capture(false).thenCompose(p -> start(p, null, specs, false));
    }

    /**
     * Compares {@code specs} on {@code base} (data paths relative to {@code baseDir}); the runs are
     * built off the window's thread and, when {@code play}, start at once.
     */
    public CompletableFuture<Void> start(Project base, Path baseDir, List<Comparison.RunSpec> specs, boolean play) {
        stop();
        error.set("");
        Workspace ws = ows.workspace();
        return ws.tasks().supply(() -> new ComparisonRunner(new Comparison(base, baseDir, specs, ws.kernels())))
                .handleAsync((r, e) -> {
                    if (e != null) {
                        Throwable c = e.getCause() != null ? e.getCause() : e;
                        error.set(Messages.format("compare.error", c.getMessage()));
                        return null;
                    }
                    runner = r;
                    runs.set(r.latest());
                    generation.set(generation.get() + 1);
                    if (play) {
                        play();
                    }
                    return null;
                }, ws.tasks().ui());
    }

    /** Takes the runner's newest curves; true when they changed. Called once a frame. */
    public boolean poll() {
        if (runner == null) {
            return false;
        }
        List<Comparison.RunSnapshot> l = runner.latest();
        playing.set(paced || runner.isPlaying());
        if (l != runs.get()) {
            runs.set(l);
            return true;
        }
        return false;
    }

    /** Plays at the chosen pace (as fast as it goes at pace 0). */
    public void play() {
        if (runner != null) {
            paced = pace.get() > 0;
            if (!paced) {
                runner.play();
            }
            playing.set(true);
        }
    }

    public void pause() {
        if (runner != null) {
            paced = false;
            runner.pause();
            playing.set(false);
        }
    }

    /**
     * Called once a frame: while playing at a pace, asks for the next epoch when its time has come and
     * the last one is done.
     */
    public void tick(long nowNanos) {
        if (!paced || runner == null) {
            return;
        }
        List<Comparison.RunSnapshot> now = runner.latest();
        boolean done = asked == null || now != asked || nowNanos - lastStepNanos > 2_000_000_000L;
        if (done && nowNanos - lastStepNanos >= (long) (1e9 / pace.get())) {
            if (now.stream().allMatch(r -> r.paused() || r.diverged())) {
                pause();
                return;
            }
            asked = now;
            lastStepNanos = nowNanos;
            runner.step();
        }
    }

    /** Epochs a second while playing; 0 for as fast as the machine goes. */
    public javafx.beans.property.DoubleProperty paceProperty() {
        return pace;
    }

    /** One epoch of every run that is not paused. */
    public void step() {
        if (runner != null) {
            paced = false;
            runner.step();
            playing.set(false);
        }
    }

    /** Pauses or resumes run {@code i} alone. */
    public void setPaused(int i, boolean paused) {
        if (runner != null) {
            runner.setPaused(i, paused);
        }
    }

    /** Stops the runs; their curves stay on screen. */
    public void stop() {
        paced = false;
        if (runner != null) {
            runner.close();
            runner = null;
            playing.set(false);
        }
    }

    /** Whether runs exist. */
    public boolean active() {
        return runner != null;
    }

    /** Waits for the runner's thread to carry out every command so far (for tests). */
    public void sync() throws InterruptedException {
        if (runner != null) {
            runner.sync();
            poll();
        }
    }

    public ReadOnlyObjectProperty<List<Comparison.RunSnapshot>> runsProperty() {
        return runs.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Stops the runner's thread; from any thread (the window's properties are left alone). */
    @Override
    public void close() {
        ComparisonRunner r = runner;
        runner = null;
        if (r != null) {
            r.close();
        }
    }
}
