package dev.nnplay.engine.project;

import dev.nnplay.engine.data.DataException;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.nn.Dense;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.train.MemoryBudget;
import dev.nnplay.engine.train.TrainingSession;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A project made ready to train: its data loaded and prepared, its network built (from the saved
 * weights when there are any, from the seed otherwise). The seed is spread into separate streams for
 * the split, the initial weights and the shuffling.
 *
 * @param project the project as read
 * @param baseDir the folder relative data paths start from
 * @param data    the prepared data
 * @param network the network with its starting weights
 */
public record LoadedProject(Project project, Path baseDir, PreparedData data, Network network) {

    /** Loads {@code p}'s data and builds its network. Relative paths start at {@code baseDir}. */
    public static LoadedProject load(Project p, Path baseDir) {
        PreparedData data;
        try {
            data = p.data().prepare(baseDir, p.seed(), p.transform());
        } catch (IllegalArgumentException e) {
            throw new DataException(e.getMessage(), e);
        }
        if (data.train().size() == 0) {
            throw new DataException("the data has no rows to train on");
        }
        Network net = buildNetwork(p, data);
        if (p.weights() != null) {
            setWeights(net, p.weights());
        }
        return new LoadedProject(p, baseDir, data, net);
    }

    /** Reads the project file and loads it, with paths relative to the file's folder. */
    public static LoadedProject read(Path file) {
        Project p = ProjectIO.read(file);
        Path dir = file.toAbsolutePath().getParent();
        try {
            return load(p, dir);
        } catch (ProjectException e) {
            throw new ProjectException(file + ": " + e.getMessage(), e);
        }
    }

    /** A fresh network for {@code p} and its prepared data, initialized from the seed. */
    public static Network buildNetwork(Project p, PreparedData data) {
        int inputs = data.train().inputs();
        int outputs = data.raw().outputsFor(p.training().lossFunction());
        if (p.training().lossFunction().classification() && data.raw().task() != dev.nnplay.engine.data.Task.CLASSIFY) {
            throw new DataException("the " + p.training().loss() + " loss needs class labels, but the data is regression;"
                    + " use mse, mae or huber");
        }
        // before the network's arrays are allocated: a legal but huge network is refused in one sentence
        MemoryBudget.estimate(inputs, outputs, p.network(), p.training(), data.train().size(), data.test().size())
                .check();
        return p.network().build(inputs, outputs, new Rng(Rng.seedFor(p.seed(), Rng.Purpose.INIT)));
    }

    /** A training session over this project's data, starting from the network's current weights. */
    public TrainingSession newSession(Kernels kernels) {
        TrainingSession s = new TrainingSession(network, data.train(), data.test(), project.training(),
                Rng.seedFor(project.seed(), Rng.Purpose.SHUFFLE), kernels);
        resume(s, project);
        return s;
    }

    /**
     * Puts a fresh session where {@code p}'s saved training got to: the epoch and step counters, and,
     * when saved, the optimizer's state and the place in the epoch. The weights are set separately.
     */
    public static void resume(TrainingSession s, Project p) {
        if (p.weights() == null) {
            return;
        }
        OptimizerState o = p.optimizerState();
        int row = o == null ? 0 : o.row();
        if (row >= s.trainSize()) {
            throw new ProjectException("optimizerState.row: " + row + " but the training part has " + s.trainSize()
                    + " rows");
        }
        if (o != null) {
            o.restoreInto(s);
        }
        s.restoreProgress(p.weights().epoch(), p.weights().step(), row);
    }

    /**
     * The project with the session's current weights, the fitted transform and the data's signature, so
     * that it predicts and exports without its data.
     */
    public Project trained(TrainingSession s) {
        return withWeights(weightsOf(s.network(), s.epoch(), s.step()));
    }

    /** The project with {@code w}, the fitted transform and the data's signature. */
    public Project withWeights(ProjectWeights w) {
        return project.withTrained(data.transform(), w).withSignature(ModelSignature.of(data.raw()));
    }

    /** The dense layers' values of {@code net}. */
    public static ProjectWeights weightsOf(Network net, int epoch, long step) {
        List<DenseWeights> layers = new ArrayList<>();
        for (Dense d : net.denseLayers()) {
            int out = d.outputSize();
            int in = d.inputSize();
            float[][] w = new float[out][in];
            for (int o = 0; o < out; o++) {
                System.arraycopy(d.weight().value().data, o * in, w[o], 0, in);
            }
            float[] b = java.util.Arrays.copyOf(d.bias().value().data, out);
            layers.add(new DenseWeights(w, b));
        }
        return new ProjectWeights(layers, epoch, step);
    }

    /** Sets {@code net}'s dense layers from {@code w}, after checking every shape. */
    public static void setWeights(Network net, ProjectWeights w) {
        List<Dense> dense = net.denseLayers();
        // shapes first: the first layer that differs says more than a count of layers
        for (int i = 0; i < Math.min(dense.size(), w.layers().size()); i++) {
            Dense d = dense.get(i);
            DenseWeights lw = w.layers().get(i);
            if (lw.outputs() != d.outputSize() || lw.inputs() != d.inputSize()) {
                throw new ProjectException("weights.layers[" + i + "]: the file has " + lw.outputs() + "×" + lw.inputs()
                        + " (out×in) but the network's layer " + i + " is " + d.outputSize() + "×" + d.inputSize());
            }
        }
        if (w.layers().size() != dense.size()) {
            throw new ProjectException("weights: the file has " + w.layers().size() + " layers but the network has "
                    + dense.size() + " dense layers");
        }
        for (int i = 0; i < dense.size(); i++) {
            Dense d = dense.get(i);
            DenseWeights lw = w.layers().get(i);
            int in = d.inputSize();
            for (int o = 0; o < d.outputSize(); o++) {
                System.arraycopy(lw.weight()[o], 0, d.weight().value().data, o * in, in);
            }
            System.arraycopy(lw.bias(), 0, d.bias().value().data, 0, d.outputSize());
        }
    }
}
