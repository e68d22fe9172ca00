package dev.nnplay.app.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on standard error, redrawn at most ten times a second, only when standard
 * error is a terminal (scripts and CI logs see nothing).
 */
final class Progress implements AutoCloseable {
    private static final int WIDTH = 30;
    /** Where the bar is drawn; null when drawing is off. */
    private final PrintWriter err;
    /** The count that means done. */
    private final long total;
    /** When the bar was last drawn. */
    private long lastDraw;
    /** Whether anything was drawn (so close() ends the line). */
    private boolean drawn;

    Progress(PrintWriter err, long total, boolean enabled) {
        this.err = enabled && System.console() != null ? err : null;
        this.total = Math.max(1, total);
    }

    /** Shows {@code done} of the total, with a short status after the bar. */
    void update(long done, String status) {
        if (err == null) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = (int) (WIDTH * Math.min(done, total) / total);
        err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + status + "   ");
        err.flush();
        drawn = true;
    }

    @Override
    public void close() {
        if (err != null && drawn) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
            err.flush();
        }
    }
}
