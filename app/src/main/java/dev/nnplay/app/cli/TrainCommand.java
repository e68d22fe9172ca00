package dev.nnplay.app.cli;

import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.project.AtomicFiles;
import dev.nnplay.engine.project.FileLimits;
import dev.nnplay.engine.project.LoadedProject;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectIO;
import dev.nnplay.engine.train.Evaluation;
import dev.nnplay.engine.train.TrainingSession;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nnplay train}: trains a project for some epochs, headless. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a project file's network and report the loss and accuracy (or R²).")
final class TrainCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PROJECT.json",
            description = "The project file to train (or give --csv instead).")
    private Path projectFile;

    @picocli.CommandLine.ArgGroup(exclusive = false, heading = "%nTrain straight from a CSV file:%n")
    private CsvOptions csv;

    @Option(names = "--epochs", paramLabel = "N", description = "Epochs to train (default: the project's).")
    private Integer epochs;

    @Option(names = "--seed", paramLabel = "S", description = "Seed for the split, the initial weights and the "
            + "shuffling (default: the project's). A new seed starts from new weights.")
    private Long seed;

    @Option(names = "--out", paramLabel = "TRAINED.json", description = "Write the project with the trained "
            + "weights here ('-' for standard output); relative data paths are rewritten to start from its folder.")
    private Path out;

    @Option(names = "--history", paramLabel = "HISTORY.csv", description = "Write one row per epoch: epoch, "
            + "train and test loss, then accuracy or R².")
    private Path history;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    private boolean quiet;

    @Option(names = "--kernels", paramLabel = "K", description = "auto, reference or panama (default: auto).")
    private String kernels;

    @Option(names = "--threads", paramLabel = "N", description = "Threads for large matrix products "
            + "(default: 1, or the nnplay.threads property). Results are the same bits whatever the number.")
    private Integer threads;

    @Override
    public Integer call() throws IOException {
        if (threads != null) {
            if (threads < 1) {
                throw new UserError("--threads must be at least 1, got " + threads);
            }
            KernelProvider.setThreads(threads);
        }
        Kernels k = KernelProvider.force(kernels == null ? System.getProperty(KernelProvider.PROPERTY, "auto") : kernels);
        if ((projectFile == null) == (csv == null)) {
            throw new UserError("give either a project file or --csv FILE, not " + (csv == null ? "neither" : "both"));
        }
        Project p;
        Path where; // named in messages; its folder is where relative data paths start
        if (csv != null) {
            p = csv.project(out);
            where = out != null && !AtomicFiles.isStdio(out) ? out : csv.file;
        } else {
            p = Inputs.project(projectFile);
            where = Inputs.isStdin(projectFile) ? Path.of(Inputs.STDIN).toAbsolutePath() : projectFile;
        }
        if (seed != null) {
            p = p.withSeed(seed);
        }
        int n = epochs != null ? epochs : p.training().epochs();
        if (n < 0) {
            throw new UserError("--epochs must not be negative, got " + n);
        }
        LoadedProject lp;
        try {
            lp = LoadedProject.load(p, where.toAbsolutePath().getParent());
        } catch (dev.nnplay.engine.project.ProjectException e) {
            throw new UserError(where + ": " + e.getMessage());
        }
        if (out != null) {
            // refused now rather than after training: a trained project too large to be read back
            long params = 0;
            long lists = 0;
            for (var d : lp.network().denseLayers()) {
                params += (long) d.outputSize() * (d.inputSize() + 1);
                lists += d.outputSize() + 1;
            }
            FileLimits.checkProjectFits(params, lists, AtomicFiles.isStdio(out) ? "standard output" : out.toString());
        }
        TrainingSession s = lp.newSession(k);
        PrintWriter err = spec.commandLine().getErr();
        History h = history == null ? null : new History(lp.data().raw().task());
        long rows = lp.data().train().size();
        try (Progress bar = new Progress(err, n, !quiet)) {
            for (int e = 1; e <= n; e++) {
                double l = s.stepEpoch();
                if (!Double.isFinite(l)) {
                    throw new UserError(where + ": " + s.divergenceMessage());
                }
                if (h != null) {
                    h.add(s.epoch(), s.evaluateTrain(), s.evaluateTest());
                }
                bar.update(e, rows, l);
            }
        }
        // the last update may have made it diverge: the result is checked after it too
        if (n > 0 && !Double.isFinite(s.evaluateTrain().loss())) {
            throw new UserError(where + ": " + s.divergenceMessage());
        }
        if (h != null) {
            h.write(history);
        }
        if (out != null) {
            Project trained = lp.trained(s);
            ProjectIO.write(csv != null ? trained : rebased(trained, lp.baseDir(), out), out);
        }
        if (!quiet) {
            // with the project on standard output, the report goes to standard error
            report(out != null && AtomicFiles.isStdio(out) ? err : spec.commandLine().getOut(), lp, s);
        }
        return 0;
    }

    /**
     * {@code p}, read with relative paths from {@code fromDir}, as it must be saved at {@code out}: its
     * relative data path rewritten to start from {@code out}'s folder (the working folder for {@code -}).
     */
    static Project rebased(Project p, Path fromDir, Path out) {
        Path toDir = AtomicFiles.isStdio(out) ? Path.of("").toAbsolutePath() : out.toAbsolutePath().getParent();
        return p.withSameData(p.data().rebased(fromDir, toDir));
    }

    private static void report(PrintWriter o, LoadedProject lp, TrainingSession s) {
        Evaluation tr = s.evaluateTrain();
        Evaluation te = s.evaluateTest();
        String metric = lp.data().raw().task().metricLabel();
        o.printf(Locale.ROOT, "%s: %d epochs, %d steps on %s kernels%n", lp.project().name(), s.epoch(), s.step(),
                s.kernels().name());
        o.printf(Locale.ROOT, "train loss %.6g  %s %.4f  (%d rows)%n", tr.loss(), metric, tr.metric(),
                lp.data().train().size());
        if (lp.data().test().size() > 0) {
            o.printf(Locale.ROOT, "test  loss %.6g  %s %.4f  (%d rows)%n", te.loss(), metric, te.metric(),
                    lp.data().test().size());
        }
        o.flush();
    }

    /** The per-epoch rows of {@code --history}. */
    private static final class History {
        private final StringBuilder csv = new StringBuilder();

        History(dev.nnplay.engine.data.Task task) {
            String m = task.metric();
            csv.append("epoch,train_loss,test_loss,train_").append(m).append(",test_").append(m).append('\n');
        }

        void add(int epoch, Evaluation tr, Evaluation te) {
            csv.append(epoch).append(',').append(num(tr.loss())).append(',').append(num(te.loss())).append(',')
                    .append(num(tr.metric())).append(',').append(num(te.metric())).append('\n');
        }

        private static String num(double v) {
            return Double.isNaN(v) ? "" : Float.toString((float) v);
        }

        void write(Path file) throws IOException {
            byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(file, o -> o.write(bytes));
        }
    }
}
