package dev.nnplay.app.ui;

import dev.nnplay.app.ui.common.FxTaskExecutor;
import dev.nnplay.app.workspace.TaskExecutor;
import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.optim.Regularization;
import dev.nnplay.engine.project.HistoryRow;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.train.Snapshot;
import dev.nnplay.engine.train.TrainingSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The window's view models as tests drive them: one object with the playground's actions and state,
 * each call going to the feature view model that owns it, and the asynchronous ones waited for.
 */
public final class TestPlayground implements AutoCloseable {
    private final PlaygroundViewModel m;
    private final TestDialogs dialogs;
    private final AutoCloseable tasks;

    private TestPlayground(Workspace ws, AutoCloseable tasks) {
        this.dialogs = new TestDialogs();
        this.tasks = tasks;
        this.m = new PlaygroundViewModel(ws, tempConfig(), dialogs);
    }

    private static Path tempConfig() {
        try {
            Path dir = Files.createTempDirectory("nnplay-config");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The opening playground with no toolkit: background work and its results on the calling thread. */
    public static TestPlayground headless() {
        return new TestPlayground(new Workspace(TaskExecutor.direct()), () -> { });
    }

    /** A playground of {@code opening}'s settings with no toolkit. */
    public static TestPlayground headless(Project opening) {
        return new TestPlayground(new Workspace(opening, KernelProvider.get(), TaskExecutor.direct()), () -> { });
    }

    /** The opening playground for a window: background work on a thread, results on the FX thread. */
    public static TestPlayground forWindow() {
        FxTaskExecutor tasks = new FxTaskExecutor();
        return new TestPlayground(new Workspace(tasks), tasks);
    }

    /** A playground of {@code opening}'s settings for a window. */
    public static TestPlayground forWindow(Project opening) {
        FxTaskExecutor tasks = new FxTaskExecutor();
        return new TestPlayground(new Workspace(opening, KernelProvider.get(), tasks), tasks);
    }

    /** A playground of {@code opening}'s settings on {@code kernels}, for a window. */
    public static TestPlayground forWindow(Project opening, dev.nnplay.engine.kernel.Kernels kernels) {
        FxTaskExecutor tasks = new FxTaskExecutor();
        return new TestPlayground(new Workspace(opening, kernels, tasks), tasks);
    }

    /** A project of these settings with seed 1, to open a playground on. */
    public static Project project(DataSpec d, NetworkSpec n, TrainingSpec t) {
        return Project.of("Untitled", "", 1, d, n, t);
    }

    public PlaygroundViewModel model() {
        return m;
    }

    public TestDialogs dialogs() {
        return dialogs;
    }

    // ---- waiting --------------------------------------------------------------------------------

    /** Waits until every command sent so far has run, then takes the newest snapshot. */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        boolean ok = m.workspace().awaitIdle(timeout, unit);
        m.poll();
        return ok;
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> f) {
        try {
            return f.get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new AssertionError("no answer in 60 s", e);
        }
    }

    /** The window as a project, waited for (call off the FX thread in window tests). */
    public Project toProject(boolean withOptimizerState) {
        return await(m.workspace().capture(withOptimizerState));
    }

    /**
     * Shows {@code p} as if opened from a file in {@code baseDir} (where its relative CSV paths start),
     * waited for; a refusal is thrown with the message the user would see.
     */
    public void open(Project p, Path baseDir) {
        int before = dialogs.errors.size();
        if (!await(m.files().apply(p, baseDir == null ? null : baseDir.resolve(p.name() + ".json")))) {
            throw new IllegalStateException(dialogs.errors.get(before));
        }
    }

    // ---- actions --------------------------------------------------------------------------------

    public boolean setGenerator(String name) {
        return m.data().setGenerator(name);
    }

    public boolean regenerate() {
        return m.data().regenerate();
    }

    public boolean setFeatures(List<String> f) {
        return m.data().setFeatures(f);
    }

    public boolean setTestRatio(double r) {
        return m.data().setTestRatio(r);
    }

    public boolean openCsv(Path file, String label) {
        return m.data().openCsv(file, label);
    }

    public boolean addPoint(double x1, double x2, double target) {
        return m.data().addPoint(x1, x2, target);
    }

    public boolean removeNearest(double x1, double x2) {
        return m.data().removeNearest(x1, x2);
    }

    public boolean setNetwork(NetworkSpec n) {
        return m.network().setNetwork(n);
    }

    public void setWeight(int param, int index, float value) {
        m.network().setWeight(param, index, value);
    }

    public boolean setLoss(Loss l) {
        return m.training().setLoss(l);
    }

    public boolean setOptimizerType(String type) {
        return m.training().setOptimizerType(type);
    }

    public void setLearningRate(double lr) {
        m.training().setLearningRate(lr);
    }

    public void setRegularization(Regularization r) {
        m.training().setRegularization(r);
    }

    public void setBatchSize(int b) {
        m.training().setBatchSize(b);
    }

    public void play() {
        m.training().play();
    }

    public void pause() {
        m.training().pause();
    }

    public void stepEpoch() {
        m.training().stepEpoch();
    }

    public void stepBatch() {
        m.training().stepBatch();
    }

    public void reset() {
        m.training().reset();
    }

    // ---- state ----------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<DataSpec> dataProperty() {
        return m.data().dataProperty();
    }

    public ReadOnlyObjectProperty<PreparedData> preparedProperty() {
        return m.data().preparedProperty();
    }

    public ReadOnlyObjectProperty<NetworkSpec> networkProperty() {
        return m.network().networkProperty();
    }

    public ReadOnlyObjectProperty<TrainingSpec> trainingProperty() {
        return m.training().trainingProperty();
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return m.observable().snapshotProperty();
    }

    public ReadOnlyIntegerProperty generationProperty() {
        return m.observable().generationProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return m.observable().playingProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return m.observable().errorProperty();
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return m.files().dirtyProperty();
    }

    public long seed() {
        return m.workspace().state().seed();
    }

    public List<HistoryRow> history() {
        return m.workspace().history();
    }

    @Override
    public void close() {
        m.close();
        try {
            tasks.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
