package dev.nnplay.app.cli;

import dev.nnplay.engine.data.DataException;
import dev.nnplay.engine.export.ExportMetadata;
import dev.nnplay.engine.project.AtomicFiles;
import dev.nnplay.engine.project.ProjectException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code nnplay train|predict|export|import-weights|setup|...}. No JavaFX class is touched on these paths.
 * Problems with the user's input end with exit status 2 and one line on standard error; a bug ends
 * with status 1 and one line too (the stack trace only with {@code NNPLAY_DEBUG=1}).
 */
@Command(name = "nnplay", mixinStandardHelpOptions = true, version = ExportMetadata.PROGRAM,
        description = "Build a neural network, train it and watch it learn. Without a command, opens the window.",
        subcommands = {TrainCommand.class, PredictCommand.class, ExportCommand.class, ImportWeightsCommand.class,
            BenchCommand.class, LabCommand.class, LessonsCommand.class, SetupCommand.class, OpenCommand.class,
            CommandLine.HelpCommand.class})
public final class Cli implements Runnable {

    /**
     * Says how {@code nnplay open} shows the window: {@code opener} gets the project and the file it
     * was read from (null for a setup line) and returns the exit status when the window closes.
     */
    public static void setWindow(java.util.function.BiFunction<dev.nnplay.engine.project.Project, java.nio.file.Path,
            Integer> opener) {
        OpenCommand.setWindow(opener);
    }

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

    /** Where {@code -} reads from; standard input unless a test gives another. */
    private static volatile InputStream stdin = System.in;

    /** What {@code -} as an input file reads. */
    static InputStream stdin() {
        return stdin;
    }

    /**
     * Runs the command line of this process with {@code args}; returns the exit status. Log records
     * (the kernels' start-up notes) are shown as one {@code nnplay: warning: ...} line from the level
     * WARNING up, and not at all under {@code --quiet}, which keeps only errors.
     */
    public static int run(String[] args) {
        quietLogging(java.util.Arrays.asList(args).contains("--quiet"));
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        return run(args, System.in, System.out, out, err);
    }

    /** Runs with the given output streams (for tests); {@code -} as an output goes to {@code out} too. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, InputStream.nullInputStream(), new WriterStream(out), out, err);
    }

    /**
     * Runs with {@code in} as standard input and {@code bytesOut} as the standard output that {@code -}
     * files are written to; {@code out} and {@code err} take the messages.
     */
    public static int run(String[] args, InputStream in, OutputStream bytesOut, PrintWriter out, PrintWriter err) {
        stdin = in;
        AtomicFiles.setStandardOutput(new java.io.FilterOutputStream(bytesOut) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.flush(); // messages already printed come first
                bytesOut.write(b, off, len);
            }
        });
        try {
            return execute(args, out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        // every subcommand answers --version as the program does
        cl.getSubcommands().values().forEach(sub -> sub.getCommandSpec().version(ExportMetadata.PROGRAM));
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
            // a bug: said without Java's names; NNPLAY_DEBUG=1 shows where
            String what = dev.nnplay.engine.train.Trainer.describe(e);
            line.getErr().println("nnplay: internal error" + (what.startsWith("an internal error") ? "" : ": " + what)
                    + " (NNPLAY_DEBUG=1 shows the details)");
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
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // what the memory budget did not foresee: one line, not a stack
            err.println("nnplay: " + dev.nnplay.engine.train.Trainer.describe(e));
            return BAD_INPUT;
        }
    }

    /** One line per record on standard error, WARNING and up (SEVERE only when {@code quiet}). */
    private static void quietLogging(boolean quiet) {
        Logger root = Logger.getLogger("");
        for (java.util.logging.Handler h : root.getHandlers()) {
            root.removeHandler(h);
        }
        java.util.logging.Handler h = new java.util.logging.StreamHandler(System.err, new java.util.logging.Formatter() {
            @Override
            public String format(LogRecord r) {
                String kind = r.getLevel().intValue() >= Level.SEVERE.intValue() ? "error" : "warning";
                return "nnplay: " + kind + ": " + formatMessage(r) + System.lineSeparator();
            }
        }) {
            @Override
            public synchronized void publish(LogRecord r) {
                super.publish(r);
                flush();
            }
        };
        Level level = quiet ? Level.SEVERE : Level.WARNING;
        h.setLevel(level);
        root.setLevel(level);
        root.addHandler(h);
    }

    /** Bytes written to a {@link PrintWriter} as UTF-8 text, for tests that read standard output as a string. */
    private static final class WriterStream extends OutputStream {
        private final PrintWriter w;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

        WriterStream(PrintWriter w) {
            this.w = w;
        }

        @Override
        public void write(int b) {
            pending.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            pending.write(b, off, len);
        }

        @Override
        public void flush() {
            w.write(new String(pending.toByteArray(), StandardCharsets.UTF_8));
            w.flush();
            pending.reset();
        }
    }
}
