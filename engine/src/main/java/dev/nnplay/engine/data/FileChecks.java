package dev.nnplay.engine.data;

import java.nio.file.Files;
import java.nio.file.Path;

/** What the readers share for their messages: values shown short, and files that are not files named as such. */
public final class FileChecks {

    /** The most characters of a value from a file that a message shows. */
    public static final int MAX_SHOWN = 40;

    private FileChecks() {
    }

    /** {@code s} as a message shows it: on one line, at most {@link #MAX_SHOWN} characters, cut with "…". */
    public static String clip(String s) {
        return clip(s, MAX_SHOWN);
    }

    /** {@code s} on one line, at most {@code max} characters, cut with "…" (for a list of names, say). */
    public static String clip(String s, int max) {
        if (s == null) {
            return "";
        }
        String one = s.replace('\n', ' ').replace('\r', ' ');
        return one.length() <= max ? one : one.substring(0, max - 1) + "…";
    }

    /**
     * Why {@code p} cannot be read as a file, or null when it is a regular file: missing, a folder, or a
     * named pipe or device (never opened, so nothing waits on a pipe that no one writes to).
     */
    public static String notAFile(Path p) {
        if (Files.isRegularFile(p)) {
            return null;
        }
        if (Files.isDirectory(p)) {
            return "is a folder, not a file";
        }
        if (!Files.exists(p)) {
            return "no such file";
        }
        return "is a named pipe or a device, not a regular file; give a file";
    }

    /**
     * Refuses {@code p} with a {@link DataException} naming it when it is not a regular file
     * ({@link #notAFile}).
     */
    public static void requireFile(Path p) {
        String why = notAFile(p);
        if (why != null) {
            throw new DataException(p + ": " + why);
        }
    }
}
