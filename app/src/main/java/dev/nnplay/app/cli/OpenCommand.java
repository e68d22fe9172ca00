package dev.nnplay.app.cli;

import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectIO;
import dev.nnplay.engine.project.SetupCodec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code nnplay open TEXT|PROJECT.json}: the window, opened on a shared setup line or a project file.
 * Both are read first, so a damaged text or file gets its one-line message and no window.
 */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = "Open the window on a setup line (nnplay:1:..., from File > Copy setup or 'nnplay setup "
                + "encode'; quote it in the shell) or on a project file.")
final class OpenCommand implements Callable<Integer> {
    /**
     * Opens the window on a project read from a path (null for a setup text) and returns the exit
     * status when it closes; set by the launcher, so the command line never loads JavaFX itself.
     */
    static volatile BiFunction<Project, Path, Integer> window;

    @Parameters(index = "0", paramLabel = "TEXT|PROJECT.json", description = "A setup line or a project file.")
    private String what;

    @Override
    public Integer call() {
        Project p;
        Path from = null;
        if (what.trim().startsWith(SetupCodec.PREFIX)) {
            p = SetupCommand.decode(what);
        } else {
            from = Path.of(what);
            if (!Files.exists(from) && !what.endsWith(".json")) {
                throw new UserError("'" + shorten(what) + "' is neither a setup line (they start with "
                        + SetupCodec.PREFIX + ") nor a project file");
            }
            p = ProjectIO.read(from);
        }
        if (window == null) {
            throw new UserError("this build has no window");
        }
        return window.apply(p, from);
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }

    /** Lets the launcher say how the window opens. */
    static void setWindow(BiFunction<Project, Path, Integer> opener) {
        window = opener;
    }
}
