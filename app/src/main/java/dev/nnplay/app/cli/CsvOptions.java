package dev.nnplay.app.cli;

import dev.nnplay.engine.data.CsvSpec;
import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.Init;
import dev.nnplay.engine.nn.LayerSpec;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.train.TrainingSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code nnplay train --csv FILE ...}: a project made on the spot from a CSV file and a few choices, as
 * a newcomer would train. {@code --out} saves it as a project file the window can open.
 */
final class CsvOptions {

    @Option(names = "--csv", required = true, paramLabel = "FILE", description = "The data: a CSV file with a header row.")
    Path file;

    @Option(names = "--label", paramLabel = "COLUMN", description = "The column to predict, by name or 0-based "
            + "index; several regression targets comma-separated (default: the last column).")
    String label;

    @Option(names = "--task", paramLabel = "classify|regress", description = "Default: classes when the labels are "
            + "words or a few whole numbers, regression otherwise.")
    String task;

    @Option(names = "--hidden", split = ",", paramLabel = "N,N,...", defaultValue = "32",
            description = "Hidden layer sizes (default: ${DEFAULT-VALUE}); 0 for none.")
    List<Integer> hidden;

    @Option(names = "--activation", defaultValue = "relu", description = "Hidden activation (default: ${DEFAULT-VALUE}).")
    String activation;

    @Option(names = "--optimizer", defaultValue = "adam", description = "sgd, momentum, nesterov, adagrad, rmsprop, "
            + "adam or adamw (default: ${DEFAULT-VALUE}).")
    String optimizer;

    @Option(names = "--lr", defaultValue = "0.01", description = "Learning rate (default: ${DEFAULT-VALUE}).")
    double lr;

    @Option(names = "--batch", defaultValue = "32", description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--standardize", description = "Scale every input to mean 0 and standard deviation 1 "
            + "(fitted on the training part).")
    boolean standardize;

    @Option(names = "--test-ratio", defaultValue = "0.3", description = "Share held out for testing "
            + "(default: ${DEFAULT-VALUE}).")
    double testRatio;

    @Option(names = "--l2", defaultValue = "0", description = "L2 penalty on the weights (default: ${DEFAULT-VALUE}).")
    double l2;

    /** The project these options describe; the CSV path is stored relative to {@code out}'s folder. */
    Project project(Path out) {
        if (Inputs.isStdin(file)) {
            throw new UserError("--csv needs a file, not standard input: the project records where its data is, so "
                    + "that training can go on later");
        }
        Path dir = out != null && !Inputs.isStdin(out) ? out.toAbsolutePath().getParent() : null;
        Path abs = file.toAbsolutePath().normalize();
        String path = dir != null ? dir.relativize(abs).toString() : abs.toString();
        String taskId = task == null ? null : Task.byId(task).id();
        DataSpec data = new DataSpec("csv", null, new CsvSpec(path, label, taskId, List.of(), false), null, List.of(),
                testRatio, standardize ? "standardize" : "none");
        Task actual = data.load(dir != null ? dir : abs.getParent()).task();
        List<LayerSpec> layers = new ArrayList<>();
        Activation f = Activation.byId(activation);
        for (int units : hidden) {
            if (units < 0) {
                throw new UserError("--hidden: " + units + " units; give 1 or more units per layer (or 0 alone for"
                        + " no hidden layer)");
            }
            if (units > 0) {
                layers.add(LayerSpec.of(units, f));
            }
        }
        Init init = f == Activation.RELU || f == Activation.LEAKY_RELU ? Init.HE_UNIFORM : Init.XAVIER_UNIFORM;
        NetworkSpec net = new NetworkSpec(layers, Activation.IDENTITY.id(), init.id(), null);
        String loss = actual == Task.CLASSIFY ? "softmax_ce" : "mse";
        var reg = l2 > 0 ? new dev.nnplay.engine.optim.Regularization("l2", l2) : null;
        TrainingSpec training = new TrainingSpec(loss, null, OptimizerSpec.of(optimizer, lr), null, reg, batch, 100, true);
        String name = file.getFileName().toString().replaceFirst("\\.csv$", "");
        return Project.of(name, "Trained from " + file.getFileName() + " on the command line.", 1, data, net, training);
    }
}
