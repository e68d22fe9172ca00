package dev.nnplay.engine.project;

/** Pieces of messages shared by the readers. */
public final class Messages {

    /** The most characters of a value from a file a message shows. */
    public static final int MAX_SHOWN = 40;

    private Messages() {
    }

    /** {@code s} as a message shows it: at most {@link #MAX_SHOWN} characters, cut with "…", on one line. */
    public static String clip(String s) {
        if (s == null) {
            return "";
        }
        String one = s.replace('\n', ' ').replace('\r', ' ');
        return one.length() <= MAX_SHOWN ? one : one.substring(0, MAX_SHOWN - 1) + "…";
    }
}
