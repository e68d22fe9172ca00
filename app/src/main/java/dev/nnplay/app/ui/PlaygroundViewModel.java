package dev.nnplay.app.ui;

import dev.nnplay.engine.data.CsvSpec;
import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.data.Generators;
import dev.nnplay.engine.data.InlineData;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.Init;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.optim.Regularization;
import dev.nnplay.engine.train.Snapshot;
import dev.nnplay.engine.train.Trainer;
import dev.nnplay.engine.train.TrainingSession;
import dev.nnplay.engine.train.TrainingSpec;
import dev.nnplay.engine.project.HistoryRow;
import dev.nnplay.engine.project.LoadedProject;
import dev.nnplay.engine.project.OptimizerState;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectException;
import dev.nnplay.engine.project.ProjectWeights;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The playground's state: the data, network and training settings, the seed, and the {@link Trainer}
 * that runs them. A change of structure or data rebuilds the session (training starts over); the
 * learning rate, the penalty and the batch size change the running session in place. Knows no Node;
 * every method is called on the FX thread, and the snapshot is pulled once per frame by {@link #poll()}.
 */
public final class PlaygroundViewModel implements AutoCloseable {

    /** Points a generated data set has, as in TensorFlow Playground. */
    public static final int SAMPLES = 500;

    /** Where the raw data comes from and how it is prepared. */
    private final ReadOnlyObjectWrapper<DataSpec> data = new ReadOnlyObjectWrapper<>();
    /** The hidden layers, output activation and initializer. */
    private final ReadOnlyObjectWrapper<NetworkSpec> network = new ReadOnlyObjectWrapper<>();
    /** Loss, optimizer, penalty, batch size. */
    private final ReadOnlyObjectWrapper<TrainingSpec> training = new ReadOnlyObjectWrapper<>();
    /** Seeds the split, the initial weights and the shuffling; set anew when a project is opened. */
    private long seed;
    /** The data as the current session trains on it. */
    private final ReadOnlyObjectWrapper<PreparedData> prepared = new ReadOnlyObjectWrapper<>();
    /** The newest snapshot seen by {@link #poll()}. */
    private final ReadOnlyObjectWrapper<Snapshot> snapshot = new ReadOnlyObjectWrapper<>();
    /** Counts rebuilds and resets: charts clear and pictures rebuild when it changes. */
    private final ReadOnlyIntegerWrapper generation = new ReadOnlyIntegerWrapper();
    /** Whether training runs continuously. */
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper();
    /** Why the last change could not be applied, or empty. */
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");

    /** Whether anything changed since the last save or open. */
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper();
    /** The curves' figures since training last started over, saved with the project. */
    private final TrainingHistory history = new TrainingHistory();
    /** Set while a rebuild sets the properties, so that listeners cannot start another one. */
    private boolean rebuilding;
    /** The step the weights had at the last save or open: training past it makes the window dirty. */
    private long cleanStep;
    /** The project's name and description, kept from the file opened. */
    private String name = "Untitled";
    private String description = "";

    /** How often the trainer publishes a snapshot while playing. */
    private static final double SNAPSHOTS_PER_SECOND = 20;

    private final Kernels kernels;
    private final Trainer trainer;

    /** The playground's opening state: XOR, x1 and x2, two tanh layers of 4 and 2, SGD at 0.03. */
    public PlaygroundViewModel() {
        this(OPENING.data(), OPENING.network(), OPENING.training(), OPENING.seed(), KernelProvider.get());
    }

    /** The opening state as a project, for New. */
    public static final Project OPENING = Project.of("Untitled", "", 1,
            DataSpec.generated(new GeneratorSpec("xor", SAMPLES, 0.0, 1, null)), NetworkSpec.of(Activation.TANH, 4, 2),
            new TrainingSpec(Loss.BCE_LOGITS.id(), null, OptimizerSpec.of("sgd", 0.03), null, null, 10, 0, true));

    public PlaygroundViewModel(DataSpec d, NetworkSpec n, TrainingSpec t, long seed, Kernels kernels) {
        this.seed = seed;
        this.kernels = kernels;
        PreparedData p = d.prepare(null, seed);
        Supplier<TrainingSession> f = factory(p, n, t);
        this.trainer = new Trainer(f);
        // a frame every third 60 Hz frame: each snapshot costs the renderer and the FX thread CPU that
        // the training thread then lacks on two cores (at 30/s they took 0.39 of a core, at 15/s 0.23)
        trainer.setMaxSnapshotsPerSecond(SNAPSHOTS_PER_SECOND);
        data.set(d);
        network.set(n);
        training.set(t);
        prepared.set(p);
        snapshot.set(trainer.latest());
        data.addListener((o, a, b) -> dirty.set(true));
        network.addListener((o, a, b) -> dirty.set(true));
        training.addListener((o, a, b) -> dirty.set(true));
    }

    private Supplier<TrainingSession> factory(PreparedData p, NetworkSpec n, TrainingSpec t) {
        int outputs = p.train().outputsFor(t.lossFunction());
        int inputs = p.train().inputs();
        long s = seed;
        Supplier<TrainingSession> f = () -> new TrainingSession(
                n.build(inputs, outputs, new Rng(Rng.seedFor(s, Rng.Purpose.INIT))), p.train(), p.test(), t,
                Rng.seedFor(s, Rng.Purpose.SHUFFLE), kernels);
        f.get(); // fail here, on the caller's thread, rather than on the training thread
        return f;
    }

    /**
     * Rebuilds the session for new settings; training starts over. Returns false (and sets
     * {@link #errorProperty()}) when the settings do not fit together, keeping the old ones.
     */
    private boolean rebuild(DataSpec d, NetworkSpec n, TrainingSpec t) {
        PreparedData p = d.equals(data.get()) ? prepared.get() : null;
        return rebuild(d, n, t, p);
    }

    /** As {@link #rebuild(DataSpec, NetworkSpec, TrainingSpec)}, with data already prepared (or null). */
    private boolean rebuild(DataSpec d, NetworkSpec n, TrainingSpec t, PreparedData ready) {
        if (rebuilding) {
            // a control following the properties set below echoes a value back while they are half
            // set (data new, prepared data still old); acting on it would mix the two
            return false;
        }
        rebuilding = true;
        try {
            PreparedData p = ready != null ? ready : d.prepare(null, seed);
            Supplier<TrainingSession> f = factory(p, n, t);
            trainer.replace(f);
            data.set(d);
            network.set(n);
            training.set(t);
            prepared.set(p);
            error.set("");
            startOver();
            return true;
        } catch (RuntimeException e) {
            error.set(e.getMessage() == null ? e.toString() : e.getMessage());
            return false;
        } finally {
            rebuilding = false;
        }
    }

    private void startOver() {
        playing.set(false);
        history.clear();
        generation.set(generation.get() + 1);
    }

    // ---- the frame ------------------------------------------------------------------------------

    /** Takes the trainer's newest snapshot; true when it is new. Called once per frame. */
    public boolean poll() {
        Snapshot s = trainer.latest();
        if (s == snapshot.get()) {
            return false;
        }
        snapshot.set(s);
        history.add(s);
        if (s.step() != cleanStep) {
            dirty.set(true);
        }
        if (!trainer.isPlaying() && playing.get() && s.samplesPerSecond() == 0) {
            playing.set(false); // stopped by itself: diverged or an error
        }
        return true;
    }

    /** Waits until every command sent so far has run, then takes the newest snapshot (for tests). */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        boolean ok = trainer.awaitIdle(timeout, unit);
        poll();
        return ok;
    }

    // ---- play controls --------------------------------------------------------------------------

    public void play() {
        trainer.play();
        playing.set(true);
    }

    public void pause() {
        trainer.pause();
        playing.set(false);
    }

    public void togglePlay() {
        if (playing.get()) {
            pause();
        } else {
            play();
        }
    }

    public void stepBatch() {
        trainer.stepBatch();
        playing.set(false);
    }

    public void stepEpoch() {
        trainer.stepEpoch();
        playing.set(false);
    }

    /** New weights from the seed, epoch 0; settings unchanged. */
    public void reset() {
        trainer.reset();
        startOver();
    }

    /** Slow motion: steps per second while playing; 0 for full speed. */
    public void setStepsPerSecond(double s) {
        trainer.setStepsPerSecond(s);
    }

    // ---- live settings (no reset) ---------------------------------------------------------------

    public void setLearningRate(double lr) {
        TrainingSpec t = training.get();
        training.set(t.withOptimizer(t.optimizer().withLearningRate(lr)));
        trainer.setLearningRate(lr);
    }

    public void setRegularization(Regularization r) {
        training.set(training.get().withRegularization(r));
        trainer.setRegularization(r);
    }

    public void setBatchSize(int b) {
        training.set(training.get().withBatchSize(b));
        trainer.setBatchSize(b);
    }

    /**
     * Types a new value for one weight; applied between two steps, and shown at once when paused.
     *
     * @param param the parameter's index in {@code Network.params()} order
     * @param index the value's index inside it
     */
    public void setWeight(int param, int index, float value) {
        trainer.withSession(s -> s.network().params().get(param).value().data[index] = value);
        dirty.set(true);
    }

    // ---- structure (reset) ----------------------------------------------------------------------

    public boolean setNetwork(NetworkSpec n) {
        return rebuild(data.get(), n, training.get());
    }

    public boolean setInit(Init i) {
        return setNetwork(network.get().withInit(i));
    }

    public boolean setLoss(Loss l) {
        return rebuild(data.get(), network.get(), training.get().withLoss(l));
    }

    /** Another optimizer kind with its default settings, same learning rate. */
    public boolean setOptimizerType(String type) {
        return setOptimizer(training.get().optimizer().withType(type));
    }

    public boolean setOptimizer(OptimizerSpec o) {
        return rebuild(data.get(), network.get(), training.get().withOptimizer(o));
    }

    public boolean setFeatures(List<String> features) {
        return rebuild(data.get().withFeatures(features), network.get(), training.get());
    }

    public boolean setTestRatio(double r) {
        return rebuild(data.get().withTestRatio(r), network.get(), training.get());
    }

    /** A built-in data set; the loss follows its task when the current one does not fit. */
    public boolean setGenerator(String name) {
        DataSpec d = data.get();
        GeneratorSpec old = d.generator();
        double noise = old != null ? old.noise() : 0;
        long genSeed = old != null ? old.seed() : 1;
        // the 2-D features need two raw inputs; a curve's one input goes to the network as it is
        List<String> features = !Generators.info(name).isTwoD() ? List.of()
                : d.features().isEmpty() ? List.of("x1", "x2") : d.features();
        DataSpec next = new DataSpec("generator", new GeneratorSpec(name, SAMPLES, noise, genSeed, null), null, null,
                features, d.testRatio(), d.scaling());
        return setData(next);
    }

    /** Noise of the built-in data set, 0 to 1. */
    public boolean setNoise(double noise) {
        GeneratorSpec g = data.get().generator();
        if (g == null) {
            return false;
        }
        return setData(data.get().withGenerator(new GeneratorSpec(g.name(), g.samples(), noise, g.seed(), g.classes())));
    }

    /** Draws new points from a new seed; the network's structure stays. */
    public boolean regenerate() {
        GeneratorSpec g = data.get().generator();
        if (g == null) {
            return false;
        }
        return setData(data.get().withGenerator(g.withSeed(g.seed() * 6364136223846793005L + 1442695040888963407L)));
    }

    /** A CSV file, {@code label} the target column (null for the last). */
    public boolean openCsv(Path file, String label) {
        DataSpec d = new DataSpec("csv", null, new CsvSpec(file.toString(), label, null, null, true), null,
                List.of(), data.get().testRatio(), "standardize");
        return setData(d);
    }

    /** Adds a drawn point: {@code target} is the class index or the value. The data becomes inline. */
    public boolean addPoint(double x1, double x2, double target) {
        InlineData in = InlineData.of(prepared.get().raw());
        if (in.inputs().size() != 2) {
            return false;
        }
        List<double[]> rows = new ArrayList<>(in.rows());
        rows.add(new double[] {x1, x2, target});
        return setData(data.get().withInline(new InlineData(in.inputs(), in.targets(), in.task(), in.classes(), rows)));
    }

    /** Removes the drawn or generated point nearest to {@code (x1, x2)}. */
    public boolean removeNearest(double x1, double x2) {
        InlineData in = InlineData.of(prepared.get().raw());
        if (in.inputs().size() != 2 || in.rows().size() <= 2) {
            return false;
        }
        List<double[]> rows = new ArrayList<>(in.rows());
        int best = 0;
        double bestD = Double.MAX_VALUE;
        for (int i = 0; i < rows.size(); i++) {
            double dx = rows.get(i)[0] - x1;
            double dy = rows.get(i)[1] - x2;
            double dd = dx * dx + dy * dy;
            if (dd < bestD) {
                bestD = dd;
                best = i;
            }
        }
        rows.remove(best);
        return setData(data.get().withInline(new InlineData(in.inputs(), in.targets(), in.task(), in.classes(), rows)));
    }

    /** New data; the loss and the output follow the data's task when they do not fit it. */
    private boolean setData(DataSpec d) {
        TrainingSpec t = training.get();
        try {
            Dataset raw = d.load(null);
            t = t.withLoss(lossFor(raw, t.lossFunction()));
        } catch (RuntimeException e) {
            error.set(e.getMessage());
            return false;
        }
        return rebuild(d, network.get(), t);
    }

    /** {@code current} if it suits the data's task, else the usual loss for it. */
    static Loss lossFor(Dataset raw, Loss current) {
        if (raw.task() == Task.REGRESS) {
            return current.classification() ? Loss.MSE : current;
        }
        if (raw.numClasses() > 2) {
            return Loss.SOFTMAX_CE;
        }
        return current == Loss.SOFTMAX_CE || !current.classification() ? Loss.BCE_LOGITS : current;
    }

    // ---- the project file -----------------------------------------------------------------------

    /**
     * Everything in the window as a project: the data settings (or drawn points), the layer stack, every
     * training setting, the seed, the current weights with the epoch and step, the curves, and, if
     * {@code withOptimizerState}, the optimizer's buffers so that training resumes exactly. Read on the
     * training thread between two steps, so weights and counters belong together.
     *
     * @throws IllegalStateException if the training thread does not answer within ten seconds
     */
    public Project toProject(boolean withOptimizerState) {
        DataSpec d = data.get();
        NetworkSpec n = network.get();
        TrainingSpec t = training.get();
        PreparedData p = prepared.get();
        List<HistoryRow> rows = history.rows();
        Project base = Project.of(name, description, seed, d, n, t);
        CompletableFuture<Project> result = new CompletableFuture<>();
        trainer.withSession(s -> {
            try {
                Project trained = base.withTrained(p.transform(), LoadedProject.weightsOf(s.network(), s.epoch(), s.step()));
                List<HistoryRow> upTo = rows.stream().filter(r -> r.step() <= s.step()).toList();
                result.complete(trained.withProgress(
                        withOptimizerState ? OptimizerState.of(t.optimizer().type(), s) : null, upTo));
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the weights", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("training did not answer in time; pause it and save again", e);
        }
    }

    /**
     * Restores the window from {@code p}: its settings and seed, its weights with the epoch and step
     * counters (and the optimizer's state when saved), and its curves. Reset then starts from the seed
     * as usual. Relative CSV paths start at {@code baseDir} (may be null).
     *
     * @throws ProjectException (or another runtime exception) with a one-line message when the project
     *     does not fit together, such as weights of the wrong shape; the window is then unchanged
     */
    public void open(Project p, Path baseDir) {
        DataSpec d = withAbsoluteCsv(p.data(), baseDir);
        // a saved transform comes with the weights it was trained with (perhaps by nnplay train)
        PreparedData pd = d.prepare(null, p.seed(), p.weights() != null ? p.transform() : null);
        long oldSeed = seed;
        seed = p.seed();
        try {
            Supplier<TrainingSession> f = factory(pd, p.network(), p.training());
            if (p.weights() != null) {
                TrainingSession check = f.get(); // a wrong shape fails here, not on the training thread
                LoadedProject.setWeights(check.network(), p.weights());
                LoadedProject.resume(check, p);
            }
        } catch (RuntimeException e) {
            seed = oldSeed;
            throw e;
        }
        if (!rebuild(d, p.network(), p.training(), pd)) {
            seed = oldSeed;
            throw new ProjectException(error.get());
        }
        if (p.weights() != null) {
            trainer.withSession(s -> {
                LoadedProject.setWeights(s.network(), p.weights());
                LoadedProject.resume(s, p);
            });
        }
        history.restore(p.history());
        try {
            awaitIdle(10, TimeUnit.SECONDS); // so no snapshot of the old session later looks like an edit
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        name = p.name();
        description = p.description() == null ? "" : p.description();
        markSaved(p.weights() == null ? 0 : p.weights().step());
        generation.set(generation.get() + 1); // the charts redraw from the restored history
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

    /** Starts a new project with the opening settings; the window is then clean. */
    public void newProject() {
        open(OPENING, null);
    }

    /**
     * Puts weights from another file (an export, another tool) into the network, which must have their
     * shape; training counters start at 0 and the curves over. The window is then dirty.
     */
    public void importWeights(ProjectWeights w) {
        Project now = toProject(false);
        String keepName = name;
        String keepDescription = description;
        open(now.withTrained(now.transform(), new ProjectWeights(w.layers(), 0, 0)), null);
        name = keepName;
        description = keepDescription;
        dirty.set(true);
    }

    /** Records that the window differs from what is on disk (a restored recovery file). */
    public void markDirty() {
        dirty.set(true);
    }

    /** Records that the window now equals what is on disk, saved at {@code step}. */
    public void markSaved(long step) {
        cleanStep = step;
        dirty.set(false);
    }

    /** Names the project (on Save As). */
    public void setName(String n) {
        name = n == null || n.isBlank() ? "Untitled" : n;
    }

    // ---- read-only state ------------------------------------------------------------------------

    public ReadOnlyObjectProperty<DataSpec> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<NetworkSpec> networkProperty() {
        return network.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<TrainingSpec> trainingProperty() {
        return training.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PreparedData> preparedProperty() {
        return prepared.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
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

    /** Whether anything changed since the last save or open. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    /** The figures behind the curves since training last started over, oldest first. */
    public List<HistoryRow> history() {
        return history.rows();
    }

    /** The project's name, from the file opened or saved. */
    public String name() {
        return name;
    }

    /** Seeds the split, the initial weights and the shuffling. */
    public long seed() {
        return seed;
    }

    /** The kernels training runs on. */
    public Kernels kernels() {
        return kernels;
    }

    @Override
    public void close() {
        trainer.close();
    }
}
