package dev.nnplay.app.workspace;

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
import dev.nnplay.engine.optim.Regularization;
import dev.nnplay.engine.project.HistoryRow;
import dev.nnplay.engine.project.LoadedProject;
import dev.nnplay.engine.project.OptimizerState;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.train.Snapshot;
import dev.nnplay.engine.train.MemoryBudget;
import dev.nnplay.engine.train.Trainer;
import dev.nnplay.engine.train.TrainingSession;
import dev.nnplay.engine.train.TrainingSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What the window works on: the data, network and training settings, the seed, the data as prepared
 * for them, the {@link Trainer} that runs them, and the curves' history. Knows no JavaFX. Every method
 * is called on the window's thread; nothing here waits for the training thread: {@link #capture} and
 * {@link #restore} run as trainer commands and complete on the window's thread (through the
 * {@link TaskExecutor}'s {@code ui()} executor).
 *
 * <p>A change of structure or data ({@link #apply}) builds one new session and trains it from the
 * start; the learning rate, the penalty and the batch size change the running session in place.
 */
public final class Workspace implements AutoCloseable {

    /** Points a generated data set has, as in TensorFlow Playground. */
    public static final int SAMPLES = 500;

    /** The playground's opening state: XOR, x1 and x2, two tanh layers of 4 and 2, SGD at 0.03. */
    public static final Project OPENING = Project.of("Untitled", "", 1,
            DataSpec.generated(new GeneratorSpec("xor", SAMPLES, 0.0, 1, null)), NetworkSpec.of(Activation.TANH, 4, 2),
            new TrainingSpec(Loss.BCE_LOGITS.id(), null, OptimizerSpec.of("sgd", 0.03), null, null, 10, 0, true));

    /** How often the trainer publishes a snapshot while playing: each redraws the playground, and 12 look smooth. */
    private static final double SNAPSHOTS_PER_SECOND = 12;

    /**
     * The settings and the data they were prepared into, as one value: they always change together.
     *
     * @param version counts structure changes; a capture checks that the trainer trains this version
     */
    public record State(DataSpec data, NetworkSpec network, TrainingSpec training, PreparedData prepared, long seed,
                        int version) {
    }

    /** What a listener is told. */
    public enum Change {
        /** A live setting changed; training goes on. */
        SETTINGS,
        /** The structure or data changed: training started over. */
        RESTARTED,
        /** Reset: training started over with the same settings. */
        RESET,
        /** A project was restored: its settings, weights and curves. */
        RESTORED,
        /** Play or pause. */
        PLAYING,
        /** A weight was typed in. */
        WEIGHT
    }

    /** Told of every change, on the window's thread. */
    public interface Listener {
        void changed(Change c);
    }

    /**
     * Told just before a change of settings ({@link Change#SETTINGS}), of structure or data
     * ({@link Change#RESTARTED}) or a reset ({@link Change#RESET}) is made, while {@link #capture} still
     * reads what is about to go: the undo history's hook.
     */
    public interface Recorder {
        void before(Change c);
    }

    private final Kernels kernels;
    private final TaskExecutor tasks;
    private final Trainer trainer;
    private final TrainingHistory history = new TrainingHistory();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private Recorder recorder = c -> { };
    private State state;
    /** The version the training thread trains; written and read there only. */
    private volatile int trainerVersion;
    /**
     * Whether the sessions measure per-layer diagnostics; read by the training thread once per
     * snapshot, so a panel that opens or closes takes effect at the next one.
     */
    private volatile BooleanSupplier diagnostics = () -> false;
    /** The newest snapshot seen by {@link #poll()}. */
    private Snapshot snapshot;
    private boolean playing;
    /** The project's name and description, kept from the file opened. */
    private String name = "Untitled";
    private String description = "";

    /** The opening state on the best kernels, with background work on {@code tasks}. */
    public Workspace(TaskExecutor tasks) {
        this(OPENING, KernelProvider.get(), tasks);
    }

    /** {@code opening}'s settings and seed (its weights are not used) on {@code kernels}. */
    public Workspace(Project opening, Kernels kernels, TaskExecutor tasks) {
        this.kernels = kernels;
        this.tasks = tasks;
        PreparedData p = opening.data().prepare(null, opening.seed());
        Supplier<TrainingSession> f = factory(p, opening.network(), opening.training(), opening.seed());
        this.trainer = new Trainer(f);
        // a snapshot every third 60 Hz frame: each one costs the renderer and the FX thread CPU that
        // the training thread then lacks on two cores (at 30/s they took 0.39 of a core, at 15/s 0.23)
        trainer.setMaxSnapshotsPerSecond(SNAPSHOTS_PER_SECOND);
        this.state = new State(opening.data(), opening.network(), opening.training(), p, opening.seed(), 0);
        this.snapshot = trainer.latest();
    }

    private Supplier<TrainingSession> factory(PreparedData p, NetworkSpec n, TrainingSpec t, long seed) {
        int outputs = p.train().outputsFor(t.lossFunction());
        int inputs = p.train().inputs();
        // refused here, with its sentence, before a session is built or the trainer touched
        MemoryBudget.estimate(inputs, outputs, n, t, p.train().size(), p.test().size()).check();
        BooleanSupplier wanted = () -> diagnostics.getAsBoolean();
        return () -> {
            TrainingSession session = new TrainingSession(n.build(inputs, outputs,
                    new Rng(Rng.seedFor(seed, Rng.Purpose.INIT))), p.train(), p.test(), t,
                    Rng.seedFor(seed, Rng.Purpose.SHUFFLE), kernels);
            session.setDiagnostics(wanted);
            return session;
        };
    }

    /**
     * Has every session (this one and those built later) measure per-layer diagnostics while
     * {@code wanted} says so; it is read on the training thread, once per snapshot.
     */
    public void setDiagnostics(BooleanSupplier wanted) {
        diagnostics = wanted == null ? () -> false : wanted;
    }

    // ---- listeners and the frame ----------------------------------------------------------------

    public void addListener(Listener l) {
        listeners.add(l);
    }

    /** Sets the one hook told before each change that loses something (the undo history). */
    public void setRecorder(Recorder r) {
        recorder = r == null ? c -> { } : r;
    }

    private void fire(Change c) {
        for (Listener l : listeners) {
            l.changed(c);
        }
    }

    /** Takes the trainer's newest snapshot; true when it is new. Called once per frame. */
    public boolean poll() {
        Snapshot s = trainer.latest();
        if (s == snapshot) {
            return false;
        }
        snapshot = s;
        history.add(s);
        // until the trainer has run the play sent, its snapshots are those of before: not a stop
        if (playing && !trainer.isPlaying() && !trainer.hasPendingCommands() && s.samplesPerSecond() == 0) {
            playing = false; // stopped by itself: diverged, an epoch limit or an error
            fire(Change.PLAYING);
        }
        return true;
    }

    /** Waits until every command sent so far has run, then takes the newest snapshot (for tests only). */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        boolean ok = trainer.awaitIdle(timeout, unit);
        poll();
        return ok;
    }

    // ---- play controls --------------------------------------------------------------------------

    public void play() {
        trainer.play();
        setPlaying(true);
    }

    public void pause() {
        trainer.pause();
        setPlaying(false);
    }

    public void stepBatch() {
        trainer.stepBatch();
        setPlaying(false);
    }

    public void stepEpoch() {
        trainer.stepEpoch();
        setPlaying(false);
    }

    /** New weights from the seed, epoch 0; settings unchanged. */
    public void reset() {
        recorder.before(Change.RESET);
        trainer.reset();
        startOver(Change.RESET);
    }

    /** Slow motion: steps per second while playing; 0 for full speed. */
    public void setStepsPerSecond(double s) {
        trainer.setStepsPerSecond(s);
    }

    private void setPlaying(boolean p) {
        if (p != playing) {
            playing = p;
            fire(Change.PLAYING);
        }
    }

    private void startOver(Change c) {
        playing = false;
        history.clear();
        fire(c);
    }

    // ---- live settings (no reset) ---------------------------------------------------------------

    public void setLearningRate(double lr) {
        TrainingSpec t = state.training();
        setTraining(t.withOptimizer(t.optimizer().withLearningRate(lr)));
        trainer.setLearningRate(lr);
    }

    public void setRegularization(Regularization r) {
        setTraining(state.training().withRegularization(r));
        trainer.setRegularization(r);
    }

    public void setBatchSize(int b) {
        setTraining(state.training().withBatchSize(b));
        trainer.setBatchSize(b);
    }

    private void setTraining(TrainingSpec t) {
        recorder.before(Change.SETTINGS);
        State s = state;
        state = new State(s.data(), s.network(), t, s.prepared(), s.seed(), s.version());
        fire(Change.SETTINGS);
    }

    /**
     * Types a new value for one weight; applied between two steps, and shown at once when paused.
     *
     * @param param the parameter's index in {@code Network.params()} order
     * @param index the value's index inside it
     */
    public void setWeight(int param, int index, float value) {
        trainer.withSession(s -> s.network().params().get(param).value().data[index] = value);
        fire(Change.WEIGHT);
    }

    // ---- structure (reset) ----------------------------------------------------------------------

    /**
     * New settings; training starts over with one session built here, so settings that do not fit
     * together fail on this thread with a one-line message and leave everything as it was.
     *
     * @param ready the data already prepared for {@code d}, or null to prepare it (or reuse the current)
     * @throws RuntimeException whose message says what does not fit
     */
    public void apply(DataSpec d, NetworkSpec n, TrainingSpec t, PreparedData ready) {
        State s = state;
        PreparedData p = ready != null ? ready : d.equals(s.data()) ? s.prepared() : d.prepare(null, s.seed());
        Supplier<TrainingSession> f = factory(p, n, t, s.seed());
        TrainingSession first = f.get();
        recorder.before(Change.RESTARTED);
        int version = s.version() + 1;
        trainer.install(f, first).thenRun(() -> trainerVersion = version);
        state = new State(d, n, t, p, s.seed(), version);
        startOver(Change.RESTARTED);
    }

    /** As {@link #apply(DataSpec, NetworkSpec, TrainingSpec, PreparedData)}, the data prepared as needed. */
    public void apply(DataSpec d, NetworkSpec n, TrainingSpec t) {
        apply(d, n, t, null);
    }

    /**
     * Runs {@code work} on the training thread with the session, between two steps (it may read it,
     * copy it, or step it as a training step would); the answer comes back on the window's thread.
     */
    public <T> CompletableFuture<T> onSession(Function<TrainingSession, T> work) {
        return trainer.call(work).thenApplyAsync(t -> t, tasks.ui());
    }

    // ---- the project ----------------------------------------------------------------------------

    /**
     * Everything as a project: the settings (or drawn points), the seed, the current weights with the
     * epoch and step, the curves, and, if {@code withOptimizerState}, the optimizer's buffers so that
     * training resumes exactly. The weights are read on the training thread between two steps, so
     * weights and counters belong together; the future completes on the window's thread. It fails
     * (with a message to try again) if the structure changed before the training thread read them.
     */
    public CompletableFuture<Project> capture(boolean withOptimizerState) {
        State s = state;
        List<HistoryRow> rows = history.rows();
        Project base = Project.of(name, description, s.seed(), s.data(), s.network(), s.training());
        return trainer.call(session -> {
            if (trainerVersion != s.version()) {
                throw new IllegalStateException("the network changed while it was being read; try again");
            }
            Project trained = base.withTrained(s.prepared().transform(),
                    LoadedProject.weightsOf(session.network(), session.epoch(), session.step()));
            List<HistoryRow> upTo = rows.stream().filter(r -> r.step() <= session.step()).toList();
            return trained.withProgress(
                    withOptimizerState ? OptimizerState.of(s.training().optimizer().type(), session) : null, upTo);
        }).thenApplyAsync(p -> p, tasks.ui());
    }

    /**
     * Shows {@code p}: its settings and seed, its weights with the epoch and step counters (and the
     * optimizer's state when saved), and its curves. The data is prepared and the session built once,
     * off the window's thread; the future completes on the window's thread when the trainer trains it.
     * Relative CSV paths start at {@code baseDir} (may be null). On failure (a one-line message, such as
     * weights of the wrong shape) nothing changed.
     */
    public CompletableFuture<Void> restore(Project p, Path baseDir) {
        DataSpec d = withAbsoluteCsv(p.data(), baseDir);
        int version = state.version() + 1;
        record Built(PreparedData data, Supplier<TrainingSession> factory, TrainingSession first) {
        }
        return tasks.supply(() -> {
            // a saved transform comes with the weights it was trained with (perhaps by nnplay train)
            PreparedData pd = d.prepare(null, p.seed(), p.weights() != null ? p.transform() : null);
            Supplier<TrainingSession> fresh = factory(pd, p.network(), p.training(), p.seed());
            // weights a file starts from (saved before any step) are where Reset goes back to
            Supplier<TrainingSession> f = p.weights() == null || p.weights().step() != 0 ? fresh : () -> {
                TrainingSession t = fresh.get();
                LoadedProject.setWeights(t.network(), p.weights());
                return t;
            };
            TrainingSession first = fresh.get();
            if (p.weights() != null) {
                LoadedProject.setWeights(first.network(), p.weights());
                LoadedProject.resume(first, p);
            }
            return new Built(pd, f, first);
        }).thenCompose(b -> trainer.install(b.factory(), b.first()).thenApply(v -> {
            trainerVersion = version;
            return b;
        })).thenAcceptAsync(b -> {
            state = new State(d, p.network(), p.training(), b.data(), p.seed(), version);
            name = p.name();
            description = p.description() == null ? "" : p.description();
            playing = false;
            snapshot = trainer.latest();
            history.restore(p.history());
            fire(Change.RESTORED);
        }, tasks.ui());
    }

    /** {@code d} with a relative CSV path made absolute from {@code baseDir}: the window has no folder of its own. */
    private static DataSpec withAbsoluteCsv(DataSpec d, Path baseDir) {
        CsvSpec c = d.csv();
        if (baseDir == null || c == null || Path.of(c.path()).isAbsolute()) {
            return d;
        }
        CsvSpec abs = new CsvSpec(DataSpec.resolve(baseDir, c.path()).toAbsolutePath().toString(), c.label(), c.task(),
                c.ignore(), c.dropInvalid(), c.delimiter(), c.header());
        return new DataSpec(d.source(), d.generator(), abs, d.inline(), d.features(), d.testRatio(), d.scaling());
    }

    /** Names the project (on Save As). */
    public void setName(String n) {
        name = n == null || n.isBlank() ? "Untitled" : n;
    }

    // ---- read-only state ------------------------------------------------------------------------

    public State state() {
        return state;
    }

    /** The newest snapshot seen by {@link #poll()}. */
    public Snapshot snapshot() {
        return snapshot;
    }

    public boolean playing() {
        return playing;
    }

    /** The figures behind the curves since training last started over, oldest first. */
    public List<HistoryRow> history() {
        return history.rows();
    }

    public String name() {
        return name;
    }

    /** The kernels training runs on. */
    public Kernels kernels() {
        return kernels;
    }

    /** Where background work runs and how its results come back to the window's thread. */
    public TaskExecutor tasks() {
        return tasks;
    }

    @Override
    public void close() {
        trainer.close();
    }
}
