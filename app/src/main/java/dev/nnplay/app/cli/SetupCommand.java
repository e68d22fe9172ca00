package dev.nnplay.app.cli;

import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectIO;
import dev.nnplay.engine.project.SetupCodec;
import dev.nnplay.engine.project.SetupException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nnplay setup encode|decode}: a project's setup as one line of text to share, and back
 * ({@link SetupCodec}).
 */
@Command(name = "setup", mixinStandardHelpOptions = true,
        description = "Turn a project into one line of text to paste into a chat or a slide (its setup, without "
                + "weights), or such a line back into a project file.",
        subcommands = {SetupCommand.Encode.class, SetupCommand.Decode.class})
final class SetupCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The project in a setup text, or a {@link UserError} that says what is wrong with the text. */
    static Project decode(String text) {
        try {
            return SetupCodec.decode(text);
        } catch (SetupException e) {
            throw new UserError(e.getMessage());
        }
    }

    @Command(name = "encode", mixinStandardHelpOptions = true,
            description = "Print the setup of PROJECT.json as one line starting with nnplay:1: (weights are left out).")
    static final class Encode implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "PROJECT.json", description = "The project to share.")
        private Path projectFile;

        @Override
        public Integer call() {
            Project p = ProjectIO.read(projectFile);
            spec.commandLine().getOut().println(SetupCodec.encode(p));
            if (p.data().csv() != null) {
                spec.commandLine().getErr().println("nnplay: note: the data is the file " + p.data().csv().path()
                        + "; whoever opens the setup needs it too, at the same place beside their project");
            }
            return 0;
        }
    }

    @Command(name = "decode", mixinStandardHelpOptions = true,
            description = "Turn a setup line back into a project file (or print its JSON without --out).")
    static final class Decode implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "TEXT", description = "The setup, nnplay:1:...; quote it in the shell.")
        private String text;

        @Option(names = "--out", paramLabel = "NEW.json", description = "Where to save the project.")
        private Path out;

        @Override
        public Integer call() throws IOException {
            Project p = decode(text);
            if (out == null) {
                spec.commandLine().getOut().print(ProjectIO.toJson(p));
            } else {
                ProjectIO.write(p, out);
                spec.commandLine().getOut().println("wrote " + out + " (" + p.name() + ")");
            }
            return 0;
        }
    }
}
