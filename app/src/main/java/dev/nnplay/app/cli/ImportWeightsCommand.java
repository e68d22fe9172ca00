package dev.nnplay.app.cli;

import dev.nnplay.engine.export.WeightsImport;
import dev.nnplay.engine.project.AtomicFiles;
import dev.nnplay.engine.project.LoadedProject;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.TrainedModel;
import dev.nnplay.engine.project.ProjectException;
import dev.nnplay.engine.project.ProjectIO;
import dev.nnplay.engine.project.ProjectWeights;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nnplay import-weights}: put exported weights into a project of the same shape. */
@Command(name = "import-weights", mixinStandardHelpOptions = true,
        description = "Copy weights from an .npz or JSON weights export into a project whose network has the same "
                + "shape, and save the result as a new project file.")
final class ImportWeightsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT.json", description = "The project that receives the weights.")
    private Path projectFile;

    @Option(names = "--weights", required = true, paramLabel = "FILE",
            description = "An .npz (layer<i>.weight, layer<i>.bias) or a JSON weights export ('-' for standard input).")
    private Path weightsFile;

    @Option(names = "--out", required = true, paramLabel = "NEW.json", description = "Where to save the project ('-' for "
            + "standard output); relative data paths are rewritten to start from its folder.")
    private Path out;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (Inputs.isStdin(projectFile) && Inputs.isStdin(weightsFile)) {
            throw new UserError("the project and --weights cannot both be standard input ('-')");
        }
        TrainedModel tm = Inputs.model(projectFile);
        ProjectWeights w = Inputs.isStdin(weightsFile)
                ? WeightsImport.read(Inputs.stdin(WeightsImport.MAX_JSON_BYTES), Inputs.STDIN)
                : WeightsImport.read(weightsFile);
        try {
            LoadedProject.setWeights(tm.network(), w);
        } catch (ProjectException e) {
            throw new UserError(Inputs.name(weightsFile) + " does not fit " + Inputs.name(projectFile) + ": "
                    + e.getMessage());
        }
        Project p = tm.project().withTrained(tm.transform(), w).withSignature(tm.signature());
        ProjectIO.write(TrainCommand.rebased(p, Inputs.baseDir(projectFile), out), out);
        if (!quiet && !AtomicFiles.isStdio(out)) {
            spec.commandLine().getOut().println("wrote " + out + " with " + w.layers().size() + " layers from "
                    + Inputs.name(weightsFile));
        }
        return 0;
    }
}
