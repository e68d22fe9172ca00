package dev.nnplay.engine.project;

/**
 * The size limits of the files this program reads and writes, in one place, so that every file it
 * writes it can read back: the writers check the same figures as the readers, and a network too large
 * to save is refused before it is trained ({@link #checkProjectFits}).
 *
 * <p>Number lists of {@link #BASE64_FROM} values or more (weights, biases, optimizer buffers) are
 * written into projects as base64 of little-endian float32, 4/3 of their bytes, instead of about
 * 10 characters of text per number (format version 2; version 1's number lists are read too).
 */
public final class FileLimits {

    /** The largest project file read or written. */
    public static final long MAX_PROJECT_BYTES = 256L << 20;
    /** The largest JSON weights export read or written. */
    public static final long MAX_WEIGHTS_JSON_BYTES = 256L << 20;
    /** The most float32 values one {@code .npy} array (or one member of an {@code .npz}) may hold. */
    public static final int MAX_NPY_VALUES = 64 << 20;
    /** The most arrays one {@code .npz} may hold. */
    public static final int MAX_NPZ_ARRAYS = 1024;
    /** The most bytes of CSV rows read from standard input (by {@code nnplay predict --input -}). */
    public static final long MAX_STDIN_CSV_BYTES = 256L << 20;
    /** The most bytes of JSON a setup code may unpack to. */
    public static final int MAX_SETUP_JSON_BYTES = 4 << 20;
    /** The largest lesson file read. */
    public static final long MAX_LESSON_BYTES = 1L << 20;
    /** Number lists at least this long are written as base64 float32 into projects. */
    public static final int BASE64_FROM = 16;
    /** What a project holds besides its number lists (settings, names, history), at most, for {@link #projectBytes}. */
    static final long PROJECT_OVERHEAD = 1L << 20;

    private FileLimits() {
    }

    /**
     * About how many bytes a project whose lists hold {@code floats} numbers in {@code lists} lists
     * takes when written: base64 (4 bytes of text for 3 of data) plus quotes and separators per list,
     * plus {@link #PROJECT_OVERHEAD}. Never below the real size for a project of ordinary settings.
     */
    public static long projectBytes(long floats, long lists) {
        long base64 = (floats * Float.BYTES + 2) / 3 * 4;
        return base64 + lists * 16 + PROJECT_OVERHEAD;
    }

    /**
     * Refuses, before training, a network whose trained project could not be read back: one with more
     * than {@link #maxParameters} parameters. {@code where} names the file for the message.
     *
     * @throws ProjectException saying how large the file would be and what to change
     */
    public static void checkProjectFits(long parameters, long lists, String where) {
        long bytes = projectBytes(parameters, lists);
        if (bytes > MAX_PROJECT_BYTES) {
            throw new ProjectException(where + ": the trained project would be about " + String.format(
                    java.util.Locale.ROOT, "%.1f MiB", bytes / 1048576.0) + " (" + parameters + " parameters), more"
                    + " than the " + (MAX_PROJECT_BYTES >> 20) + " MiB a project file may have; use fewer or smaller"
                    + " layers, or export the weights as .npz instead");
        }
    }
}
