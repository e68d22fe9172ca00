package dev.nnplay.app.cli;

import dev.nnplay.engine.export.ExportFormat;
import dev.nnplay.engine.export.ExportedModel;
import dev.nnplay.engine.export.PytorchSnippet;
import dev.nnplay.engine.project.LoadedProject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code nnplay export}: a project's network in a format other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a project's network (usually trained) as ONNX, NumPy .npz, JSON, per-layer CSV or a "
                + "PyTorch snippet. The formats are described in docs/file-formats.md.")
final class ExportCommand implements Callable<Integer> {

    /** The export formats. */
    enum Format { onnx, npz, json, csv, pytorch }

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROJECT.json", description = "A project file, usually with trained weights.")
    private Path projectFile;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "One of: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write; for csv a "
            + "folder (one file per layer); for pytorch the .py, with the .npz it loads written beside it.")
    private Path out;

    @Override
    public Integer call() throws IOException {
        LoadedProject lp = LoadedProject.read(projectFile);
        ExportedModel m = ExportedModel.of(lp);
        String name = lp.project().name();
        ExportFormat.valueOf(format.name().toUpperCase(java.util.Locale.ROOT)).write(m, name, out);
        if (format == Format.pytorch) {
            spec.commandLine().getOut().println("wrote " + PytorchSnippet.npzBeside(out));
        }
        spec.commandLine().getOut().println("wrote " + out + (lp.project().weights() == null
                ? " (the project has no trained weights: these are the initial ones)" : ""));
        return 0;
    }
}
