package dev.nnplay.engine.compare;

import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.project.LoadedProject;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectException;
import dev.nnplay.engine.project.ProjectWeights;
import dev.nnplay.engine.project.SettingsChange;
import dev.nnplay.engine.train.Evaluation;
import dev.nnplay.engine.train.TrainingSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Compare runs: the same network trained with two to four settings side by side, every run from the
 * same initial weights (the base project's), each stepped by the same amount, each pausable. Under
 * each run is an ordinary {@link TrainingSession} of the base project with that run's
 * {@link SettingsChange}, so a run trains exactly as that project would alone. The settings may
 * change the optimizer, learning rate, penalty, batch size, loss, activations or dropout, but not the
 * shape of the network (layer sizes, features) or its initializer, since the runs share their initial
 * weights.
 *
 * <p>Not thread-safe: drive it from one thread (a training thread) and hand {@link #snapshot()}s, which
 * are copies, to others.
 */
public final class Comparison {

    /** The most runs compared at once. */
    public static final int MAX_RUNS = 4;

    /** How far {@link #advance} moves each run. */
    public enum Unit {
        /** One mini-batch. */
        STEP,
        /** One epoch. */
        EPOCH
    }

    /** One run as the caller defines it: a label for the legend and how it differs from the base. */
    public record RunSpec(String label, SettingsChange settings) {
        public RunSpec {
            if (label == null || label.isBlank()) {
                throw new IllegalArgumentException("a run needs a label");
            }
            settings = settings == null ? SettingsChange.NONE : settings;
        }
    }

    /** One run's state, as a copy. */
    public record RunSnapshot(String label, SettingsChange settings, boolean paused, boolean diverged,
                              String message, int epoch, long step, RunCurve curve) {
    }

    /** One run while it trains. */
    private static final class Run {
        /** Its definition. */
        final RunSpec spec;
        /** The base project with the run's settings. */
        final Project project;
        /** Its training, from the shared initial weights. */
        final TrainingSession session;
        /** Its curves so far. */
        final RunCurve.Builder curve = new RunCurve.Builder();
        /** Whether it sits out {@link #advance} calls. */
        boolean paused;
        /** Why it stopped by itself (divergence), or empty. */
        String message = "";

        Run(RunSpec spec, Project project, TrainingSession session) {
            this.spec = spec;
            this.project = project;
            this.session = session;
        }

        boolean diverged() {
            return !message.isEmpty();
        }

        double epochs() {
            return session.epoch() + (double) session.row() / session.trainSize();
        }

        void evaluate() {
            Evaluation tr = session.evaluateTrain();
            Evaluation te = session.evaluateTest();
            curve.evaluation(epochs(), tr.loss(), te.loss(), tr.metric(), te.metric());
        }
    }

    private final List<Run> runs = new ArrayList<>();
    /** The weights every run starts from: those of the base project's network. */
    private final ProjectWeights initial;
    /** The same, one array per parameter. */
    private final float[][] initialArrays;

    /**
     * Runs of {@code base} (data paths relative to {@code baseDir}) with each of {@code specs}' settings,
     * on {@code kernels}. Each run's curves start with an evaluation of the initial weights.
     */
    public Comparison(Project base, Path baseDir, List<RunSpec> specs, Kernels kernels) {
        if (specs.size() < 2 || specs.size() > MAX_RUNS) {
            throw new IllegalArgumentException("compare runs needs 2 to " + MAX_RUNS + " runs, got " + specs.size());
        }
        LoadedProject start = LoadedProject.load(base, baseDir);
        this.initial = LoadedProject.weightsOf(start.network(), 0, 0);
        this.initialArrays = start.network().copyWeights();
        for (RunSpec spec : specs) {
            if (spec.settings().init() != null) {
                throw new IllegalArgumentException("run '" + spec.label() + "' changes the initializer, but compared "
                        + "runs all start from the same weights");
            }
            Project p = spec.settings().applyTo(base);
            LoadedProject lp = LoadedProject.load(p, baseDir);
            try {
                LoadedProject.setWeights(lp.network(), initial);
            } catch (ProjectException e) {
                throw new IllegalArgumentException("run '" + spec.label() + "' changes the network's shape, so it "
                        + "cannot start from the same weights (" + e.getMessage() + ")", e);
            }
            Run r = new Run(spec, p, lp.newSession(kernels));
            r.evaluate();
            runs.add(r);
        }
    }

    /**
     * Moves every run that is neither paused nor stopped by {@code unit}, then evaluates each of them
     * once. A run whose loss becomes NaN or infinite stops there, with a message.
     */
    public void advance(Unit unit) {
        for (Run r : runs) {
            if (r.paused || r.diverged()) {
                continue;
            }
            int epochBefore = r.session.epoch();
            do {
                double l = r.session.stepBatch();
                r.curve.step(r.epochs(), l);
                if (!Double.isFinite(l)) {
                    r.message = r.session.divergenceMessage();
                    break;
                }
            } while (unit == Unit.EPOCH && r.session.epoch() == epochBefore);
            r.evaluate();
        }
    }

    /** {@link #advance} {@code n} times. */
    public void advance(Unit unit, int n) {
        for (int i = 0; i < n; i++) {
            advance(unit);
        }
    }

    /** Pauses or resumes run {@code i} (in the order given). */
    public void setPaused(int i, boolean paused) {
        runs.get(i).paused = paused;
    }

    /** Changes run {@code i}'s learning rate while it trains. */
    public void setLearningRate(int i, double rate) {
        runs.get(i).session.setBaseRate(rate);
    }

    /** Whether no run would move: every one is paused or stopped. */
    boolean idle() {
        return runs.stream().allMatch(r -> r.paused || r.diverged());
    }

    /** The number of runs. */
    public int size() {
        return runs.size();
    }

    /** The initial weights every run started from. */
    public ProjectWeights initialWeights() {
        return initial;
    }

    /** The initial weights as {@link dev.nnplay.engine.nn.Network#copyWeights()} gives them. */
    public float[][] initialWeightsAsArrays() {
        return initialArrays.clone();
    }

    /** Run {@code i}'s project: the base with its settings. */
    public Project project(int i) {
        return runs.get(i).project;
    }

    /** Run {@code i}'s training session (for reading its network; step it only through this class). */
    public TrainingSession session(int i) {
        return runs.get(i).session;
    }

    /** Run {@code i}'s curves so far. */
    public RunCurve curve(int i) {
        return runs.get(i).curve.copy();
    }

    /** Every run's state, as copies safe to hand to another thread. */
    public List<RunSnapshot> snapshot() {
        List<RunSnapshot> out = new ArrayList<>();
        for (Run r : runs) {
            out.add(new RunSnapshot(r.spec.label(), r.spec.settings(), r.paused, r.diverged(), r.message,
                    r.session.epoch(), r.session.step(), r.curve.copy()));
        }
        return List.copyOf(out);
    }
}
