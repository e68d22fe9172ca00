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
    /** Seeds the split, the initial weights and the shuffling. */
    private final long seed;
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

    private final Kernels kernels;
    private final Trainer trainer;
    /** Set while {@link #rebuild} publishes the new settings, so listeners cannot start another. */
    private boolean rebuilding;

    /** The playground's opening state: XOR, x1 and x2, two tanh layers of 4 and 2, SGD at 0.03. */
    public PlaygroundViewModel() {
        this(DataSpec.generated(new GeneratorSpec("xor", SAMPLES, 0.0, 1, null)),
                NetworkSpec.of(Activation.TANH, 4, 2),
                new TrainingSpec(Loss.BCE_LOGITS.id(), null, OptimizerSpec.of("sgd", 0.03), null, null, 10, 0, true),
                1, KernelProvider.get());
    }

    public PlaygroundViewModel(DataSpec d, NetworkSpec n, TrainingSpec t, long seed, Kernels kernels) {
        this.seed = seed;
        this.kernels = kernels;
        PreparedData p = d.prepare(null, seed);
        Supplier<TrainingSession> f = factory(p, n, t);
        this.trainer = new Trainer(f);
        trainer.setMaxSnapshotsPerSecond(30); // a frame at most every other 60 Hz frame; each one evaluates both sets
        data.set(d);
        network.set(n);
        training.set(t);
        prepared.set(p);
        snapshot.set(trainer.latest());
    }

    private Supplier<TrainingSession> factory(PreparedData p, NetworkSpec n, TrainingSpec t) {
        int outputs = p.train().outputsFor(t.lossFunction());
        int inputs = p.train().inputs();
        long s = seed;
        Supplier<TrainingSession> f = () -> new TrainingSession(n.build(inputs, outputs, new Rng(s)), p.train(),
                p.test(), t, s, kernels);
        f.get(); // fail here, on the caller's thread, rather than on the training thread
        return f;
    }

    /**
     * Rebuilds the session for new settings; training starts over. Returns false (and sets
     * {@link #errorProperty()}) when the settings do not fit together, keeping the old ones.
     */
    private boolean rebuild(DataSpec d, NetworkSpec n, TrainingSpec t) {
        if (rebuilding) {
            // a control echoing the half-updated state from a listener (the loss box refilling its
            // items): applying it would pair the new data with the old prepared rows
            return false;
        }
        rebuilding = true;
        try {
            PreparedData p = d.equals(data.get()) && prepared.get() != null ? prepared.get() : d.prepare(null, seed);
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
