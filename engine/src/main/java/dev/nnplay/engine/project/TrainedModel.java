package dev.nnplay.engine.project;

import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.InputTransform;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.Rng;
import java.nio.file.Path;
import java.util.List;

/**
 * A project's network as a function of raw input rows, with what its inputs and outputs mean. A trained
 * project that records its signature, fitted transform and weights is rebuilt from the file alone: the
 * training data is not read, and need not exist any more. Older files, and untrained projects, are
 * loaded with their data as before.
 *
 * @param project   the project as read
 * @param signature what the inputs and outputs mean
 * @param transform the fitted input transform
 * @param network   the network with the project's weights (or its seeded initial ones)
 */
public record TrainedModel(Project project, ModelSignature signature, InputTransform transform, Network network) {

    /** Reads {@code file}; relative data paths, when the data is needed, start at the file's folder. */
    public static TrainedModel read(Path file) {
        return load(ProjectIO.read(file), file.toAbsolutePath().getParent(), file.toString());
    }

    /**
     * The model of {@code p}: from the file alone when it stands alone, else with its data, relative
     * paths starting at {@code baseDir}. {@code where} names the project in messages.
     */
    public static TrainedModel load(Project p, Path baseDir, String where) {
        try {
            if (standsAlone(p)) {
                return standalone(p);
            }
            return of(LoadedProject.load(p, baseDir));
        } catch (ProjectException | IllegalArgumentException e) {
            throw new ProjectException(where + ": " + e.getMessage(), e);
        }
    }

    /** The model of a project loaded with its data. */
    public static TrainedModel of(LoadedProject lp) {
        return new TrainedModel(lp.project(), ModelSignature.of(lp.data().raw()), lp.data().transform(), lp.network());
    }

    /** Whether {@code p} holds everything prediction needs without its data. */
    public static boolean standsAlone(Project p) {
        return p.weights() != null && p.transform() != null && p.signature() != null;
    }

    /** Builds {@code p}'s network from its signature, transform and weights alone, checking that they agree. */
    public static TrainedModel standalone(Project p) {
        ModelSignature sig = p.signature();
        InputTransform t = p.transform();
        int raw = sig.inputs().size();
        if (!t.features().isEmpty() && raw != 2) {
            throw new ProjectException("signature.inputs: features such as x1^2 need two input columns, the signature "
                    + "names " + raw);
        }
        int inputs = t.outputColumns(raw);
        if (t.center().length != 0 && t.center().length != inputs) {
            throw new ProjectException("transform.center: " + t.center().length + " values for " + inputs
                    + " network inputs");
        }
        int outputs = Dataset.outputsFor(sig.taskKind(), sig.classes().size(), sig.targets().size(),
                p.training().lossFunction());
        if (p.training().lossFunction().classification() && sig.taskKind() != dev.nnplay.engine.data.Task.CLASSIFY) {
            throw new ProjectException("the " + p.training().loss() + " loss needs class labels, but the signature says"
                    + " regress");
        }
        Network net = p.network().build(inputs, outputs, new Rng(Rng.seedFor(p.seed(), Rng.Purpose.INIT)));
        LoadedProject.setWeights(net, p.weights());
        return new TrainedModel(p, sig, t, net);
    }

    /** The raw input columns' names. */
    public List<String> inputNames() {
        return signature.inputs();
    }

    /** A predictor over this model (one per thread). */
    public Predictor predictor(dev.nnplay.engine.kernel.Kernels kernels) {
        return new Predictor(network, transform, project.training().lossFunction(), kernels);
    }
}
