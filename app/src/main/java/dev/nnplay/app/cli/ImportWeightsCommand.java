package dev.nnplay.app.cli;

import dev.nnplay.engine.export.WeightsImport;
import dev.nnplay.engine.project.LoadedProject;
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
            description = "An .npz (layer<i>.weight, layer<i>.bias) or a JSON weights export.")
    private Path weightsFile;

    @Option(names = "--out", required = true, paramLabel = "NEW.json", description = "Where to save the project.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        LoadedProject lp = LoadedProject.read(projectFile);
        ProjectWeights w = WeightsImport.read(weightsFile);
        try {
            LoadedProject.setWeights(lp.network(), w);
        } catch (ProjectException e) {
            throw new UserError(weightsFile + " does not fit " + projectFile + ": " + e.getMessage());
        }
        ProjectIO.write(lp.project().withTrained(lp.data().transform(), w), out);
        spec.commandLine().getOut().println("wrote " + out + " with " + w.layers().size() + " layers from "
                + weightsFile);
        return 0;
    }
}
