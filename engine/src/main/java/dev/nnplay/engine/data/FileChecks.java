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
     * What went wrong reading {@code file}, in the program's words: text that is not UTF-8, a CSV quote
     * never closed or followed by more text (with the line Commons CSV gives), a system error's reason;
     * never a Java class name.
     */
    public static String readProblem(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.nio.charset.CharacterCodingException) {
                return "is not UTF-8 text";
            }
            String m = c.getMessage() == null ? "" : c.getMessage();
            java.util.regex.Matcher line = java.util.regex.Pattern.compile("\\((?:start)?line ([0-9,]+)\\)").matcher(m);
            String at = line.find() ? "line " + line.group(1).replace(",", "") + ": " : "";
            if (m.contains("EOF reached before encapsulated token finished")) {
                return at + "a quoted cell is not closed before the end of the file";
            }
            if (m.contains("invalid char between encapsulated token and delimiter")) {
                return at + "text after a closing quote; a quoted cell must end at a delimiter";
            }
            if (c instanceof java.nio.file.AccessDeniedException) {
                return "permission denied";
            }
            if (c instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
                return "cannot be read (" + f.getReason() + ")";
            }
        }
        return "cannot be read as CSV text";
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
