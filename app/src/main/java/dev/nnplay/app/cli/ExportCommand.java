package dev.nnplay.app.cli;

import dev.nnplay.engine.export.ExportFormat;
import dev.nnplay.engine.export.ExportedModel;
import dev.nnplay.engine.export.PytorchSnippet;
import dev.nnplay.engine.project.AtomicFiles;
import dev.nnplay.engine.project.TrainedModel;
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

    @Parameters(index = "0", paramLabel = "PROJECT.json", description = "A project file, usually with "
            + "trained weights ('-' for standard input).")
    private Path projectFile;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "One of: ${COMPLETION-CANDIDATES}.")
    private Format format;

    @Option(names = "--out", required = true, paramLabel = "PATH", description = "The file to write ('-' for "
            + "standard output); for csv a "
            + "folder (one file per layer); for pytorch the .py, with the .npz it loads written beside it.")
    private Path out;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        TrainedModel tm = Inputs.model(projectFile);
        ExportedModel m = ExportedModel.of(tm);
        String name = tm.project().name();
        ExportFormat.valueOf(format.name().toUpperCase(java.util.Locale.ROOT)).write(m, name, out);
        if (quiet || AtomicFiles.isStdio(out)) {
            return 0;
        }
        if (format == Format.pytorch) {
            spec.commandLine().getOut().println("wrote " + PytorchSnippet.npzBeside(out));
        }
        spec.commandLine().getOut().println("wrote " + out + (tm.project().weights() == null
                ? " (the project has no trained weights: these are the initial ones)" : ""));
        return 0;
    }
}
