package dev.nnplay.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress bar on standard error (epoch, loss and rate), redrawn at most ten times a second
 * and wiped when done, drawn only when standard error is a terminal: a log file ({@code 2>log}) or a
 * pipe sees nothing, whatever standard output is.
 */
final class Progress implements AutoCloseable {
    /** Set by the launcher to whether standard error is a terminal ({@code [ -t 2 ]}). */
    static final String TTY_PROPERTY = "nnplay.stderrTty";
    private static final int WIDTH = 20;
    /** Where the bar is drawn; null when drawing is off. */
    private final PrintWriter err;
    /** The count that means done. */
    private final long total;
    /** When the bar was started and last drawn. */
    private final long start = System.nanoTime();
    private long lastDraw;
    /** The length of the line drawn last (so close() wipes it all). */
    private int drawn;

    Progress(PrintWriter err, long total, boolean enabled) {
        this.err = enabled && stderrIsTerminal() ? err : null;
        this.total = Math.max(1, total);
    }

    /**
     * Whether standard error is a terminal: as the launcher measured it, else (started otherwise, on
     * Linux) from where file descriptor 2 points.
     */
    static boolean stderrIsTerminal() {
        String p = System.getProperty(TTY_PROPERTY);
        if (p != null) {
            return Boolean.parseBoolean(p);
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (Exception e) {
            return false;
        }
    }

    /** Shows epoch {@code epoch} of the total done, with its last batch loss, at {@code rows} rows an epoch. */
    void update(long epoch, long rows, double loss) {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (epoch < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        double seconds = Math.max(1e-9, (now - start) / 1e9);
        int filled = (int) (WIDTH * Math.min(epoch, total) / total);
        String line = String.format(Locale.ROOT, "[%s%s] epoch %d/%d  loss %.4g  %,.0f rows/s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), epoch, total, loss, epoch * rows / seconds);
        err.print("\r" + line + " ".repeat(Math.max(0, drawn - line.length())));
        err.flush();
        drawn = Math.max(drawn, line.length());
    }

    @Override
    public void close() {
        if (err != null && drawn > 0) {
            err.print("\r" + " ".repeat(drawn) + "\r");
            err.flush();
        }
    }
}
