package dev.nnplay.app;

import dev.nnplay.app.cli.Cli;

/**
 * Starts NN Playground: the window when given no arguments, the headless command line otherwise. This
 * class does not extend JavaFX's {@code Application}, so JavaFX can run from the class path.
 */
public final class Main {
    private Main() {
    }

    /** Opens the window (on {@code project}, read from {@code from}, when not null); the exit status. */
    private static int window(dev.nnplay.engine.project.Project project, java.nio.file.Path from) {
        try {
            dev.nnplay.app.ui.PlaygroundApp.launchWindow(project, from);
            return 0;
        } catch (RuntimeException e) {
            // Typically "Unable to open DISPLAY" on a machine without a screen.
            System.err.println("nnplay: cannot open the window (" + e.getMessage() + "); "
                    + "the command line works without one: nnplay help");
            return 1;
        }
    }

    public static void main(String[] args) {
        // One short line per log record, on standard error, instead of java.util.logging's two-line default.
        if (System.getProperty("java.util.logging.SimpleFormatter.format") == null) {
            System.setProperty("java.util.logging.SimpleFormatter.format", "nnplay: %5$s%6$s%n");
        }
        if (args.length == 0) {
            System.exit(window(null, null));
        }
        Cli.setWindow(Main::window);
        System.exit(Cli.run(args));
    }
}
