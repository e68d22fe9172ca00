package dev.nnplay.app.cli;

import dev.nnplay.engine.data.DataException;
import dev.nnplay.engine.project.ProjectException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code nnplay train|predict|export|import-weights|setup|...}. No JavaFX class is touched on these paths.
 * Problems with the user's input end with exit status 2 and one line on standard error; a bug ends
 * with status 1 and one line too (the stack trace only with {@code NNPLAY_DEBUG=1}).
 */
@Command(name = "nnplay", mixinStandardHelpOptions = true, version = "NN Playground 0.1.0",
        description = "Build a neural network, train it and watch it learn. Without a command, opens the window.",
        subcommands = {TrainCommand.class, PredictCommand.class, ExportCommand.class, ImportWeightsCommand.class,
            BenchCommand.class, LabCommand.class, LessonsCommand.class, SetupCommand.class,
            CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    /** Exit status for bad input. */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What went wrong with a file, in words: the common cases by name, the system's reason otherwise. */
    static String fileProblem(java.nio.file.FileSystemException f) {
        if (f instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder";
        }
        if (f instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (f instanceof java.nio.file.FileAlreadyExistsException) {
            return "already exists";
        }
        return f.getReason() != null ? f.getReason() : f.getClass().getSimpleName();
    }

    /** Runs the command line with {@code args}; returns the exit status. */
    public static int run(String[] args) {
        return run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    /** Runs with the given output streams (for tests). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            if (e instanceof UserError || e instanceof DataException || e instanceof ProjectException
                    || e instanceof IllegalArgumentException) {
                line.getErr().println("nnplay: " + msg);
                return BAD_INPUT;
            }
            if (e instanceof java.nio.file.FileSystemException f) {
                line.getErr().println("nnplay: " + f.getFile() + ": " + fileProblem(f));
                return BAD_INPUT;
            }
            line.getErr().println("nnplay: internal error: " + e);
            if ("1".equals(System.getenv("NNPLAY_DEBUG"))) {
                e.printStackTrace(line.getErr());
            }
            return 1;
        });
        cl.setParameterExceptionHandler((e, a) -> {
            String name = e.getCommandLine().getCommandName();
            e.getCommandLine().getErr().println("nnplay: " + e.getMessage() + " (see '"
                    + (name.equals("nnplay") ? "nnplay" : "nnplay " + name) + " --help')");
            return BAD_INPUT;
        });
        return cl.execute(args);
    }
}
