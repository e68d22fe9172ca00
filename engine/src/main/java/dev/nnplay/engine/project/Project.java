package dev.nnplay.engine.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.InputTransform;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.List;

/**
 * Everything a user made: the data, the layer stack, how to train, the seed, and optionally the input
 * transform and the weights of a trained network. Saved as JSON ({@link ProjectIO}); the format is
 * documented in {@code docs/file-formats.md}.
 *
 * @param format      always {@link #FORMAT}, so other JSON is recognised as not a project
 * @param version     the format version, {@link #VERSION}
 * @param name        a title for people
 * @param description what the project shows; may be empty
 * @param seed        seeds the split, the initial weights and the shuffling
 * @param data        where the data comes from and how it is prepared
 * @param network     the layer stack
 * @param training    loss, optimizer, schedule, penalty, batch size, epochs
 * @param transform   the fitted input transform of a trained network; null to fit it anew
 * @param weights     trained or given weights; null to initialize from the seed
 * @param history     the training curves up to {@code weights}; null or empty for none
 * @param optimizerState the optimizer's buffers and the place in the epoch, to resume training exactly;
 *                    null to resume with a fresh optimizer at the start of an epoch
 * @param signature   what the trained network's inputs and outputs mean (column and class names, the
 *                    task), so that prediction and export need no data; null in files written before it
 *                    existed and in untrained projects
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "version", "name", "description", "seed", "data", "network", "training",
    "transform", "signature", "weights", "optimizerState", "history"})
public record Project(String format, int version, String name, String description, long seed, DataSpec data,
                      NetworkSpec network, TrainingSpec training, InputTransform transform,
                      ProjectWeights weights, OptimizerState optimizerState, List<HistoryRow> history,
                      ModelSignature signature) {

    /** The value of {@code format} in every project file. */
    public static final String FORMAT = "nnplay-project";
    /**
     * The format version this program writes; it reads 1 to this. Version 2 may hold number lists as
     * base64 float32 ({@link FileLimits}).
     */
    public static final int VERSION = 2;

    /** The fields before {@code signature} existed; a project without one. */
    public Project(String format, int version, String name, String description, long seed, DataSpec data,
                   NetworkSpec network, TrainingSpec training, InputTransform transform, ProjectWeights weights,
                   OptimizerState optimizerState, List<HistoryRow> history) {
        this(format, version, name, description, seed, data, network, training, transform, weights, optimizerState,
                history, null);
    }

    public Project {
        if (format == null) {
            format = FORMAT;
        }
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("'format' is '" + format + "', not '" + FORMAT + "': not a project file");
        }
        if (version < 1 || version > VERSION) {
            throw new IllegalArgumentException("format version " + version + " is not supported (this program reads "
                    + "versions 1 to " + VERSION + ")");
        }
        if (data == null) {
            throw new IllegalArgumentException("a project needs a 'data' section");
        }
        if (network == null) {
            throw new IllegalArgumentException("a project needs a 'network' section");
        }
        if (training == null) {
            throw new IllegalArgumentException("a project needs a 'training' section");
        }
        name = name == null ? "Untitled" : name;
        history = history == null || history.isEmpty() ? null : List.copyOf(history);
        if (optimizerState != null && weights == null) {
            throw new IllegalArgumentException("'optimizerState' belongs to trained weights, but there is no 'weights'");
        }
        if (optimizerState != null && !optimizerState.type().equals(training.optimizer().type())) {
            throw new IllegalArgumentException("optimizerState is for '" + optimizerState.type()
                    + "' but the training uses '" + training.optimizer().type() + "'");
        }
    }

    /** A new project of the current version without weights. */
    public static Project of(String name, String description, long seed, DataSpec data, NetworkSpec network,
                             TrainingSpec training) {
        return new Project(FORMAT, VERSION, name, description, seed, data, network, training, null, null, null, null,
                null);
    }

    /** This project with trained values. */
    public Project withTrained(InputTransform t, ProjectWeights w) {
        return new Project(format, VERSION, name, description, seed, data, network, training, t, w, null, null,
                signature);
    }

    /** This project without weights or a fitted transform (structure or data changed). */
    public Project untrained() {
        return new Project(format, VERSION, name, description, seed, data, network, training, null, null, null, null,
                null);
    }

    /** This project with another seed (and no weights). */
    public Project withSeed(long s) {
        return new Project(format, VERSION, name, description, s, data, network, training, null, null, null, null,
                null);
    }

    /** This project with other data (and no weights). */
    public Project withData(DataSpec d) {
        return new Project(format, VERSION, name, description, seed, d, network, training, null, null, null, null,
                null);
    }

    /** This project with another layer stack (and no weights). */
    public Project withNetwork(NetworkSpec n) {
        return new Project(format, VERSION, name, description, seed, data, n, training, null, null, null, null,
                null);
    }

    /**
     * This project with where training got to: the optimizer's state (may be null) and the curves (may
     * be null), beside the trained values.
     */
    public Project withProgress(OptimizerState o, List<HistoryRow> h) {
        return new Project(format, VERSION, name, description, seed, data, network, training, transform, weights, o, h,
                signature);
    }

    /** This project as this program writes it: of format version {@link #VERSION}, all else kept. */
    public Project inCurrentVersion() {
        return version == VERSION ? this : new Project(format, VERSION, name, description, seed, data, network,
                training, transform, weights, optimizerState, history, signature);
    }

    /** This project with another name and description. */
    public Project named(String n, String d) {
        return new Project(format, VERSION, n, d, seed, data, network, training, transform, weights, optimizerState,
                history, signature);
    }

    /** This project with {@code s} as what its trained network's inputs and outputs mean. */
    public Project withSignature(ModelSignature s) {
        return new Project(format, VERSION, name, description, seed, data, network, training, transform, weights,
                optimizerState, history, s);
    }

    /** This project with another data spec that reads the same rows (such as a rebased path); all else kept. */
    public Project withSameData(DataSpec d) {
        return new Project(format, VERSION, name, description, seed, d, network, training, transform, weights,
                optimizerState, history, signature);
    }

    /** This project with other training settings (weights kept, optimizer state dropped). */
    public Project withTraining(TrainingSpec t) {
        return new Project(format, VERSION, name, description, seed, data, network, t, transform, weights, null,
                null, signature);
    }
}
