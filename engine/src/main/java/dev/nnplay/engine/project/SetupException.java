package dev.nnplay.engine.project;

/**
 * A shared setup text that cannot be opened. {@link #problem()} says which kind of failure it was; the
 * message says it in one line for people.
 */
public final class SetupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What is wrong with the text. */
    public enum Problem {
        /** The text does not start with {@code nnplay:}: it is something else, or only part was copied. */
        NOT_A_SETUP,
        /** Made by a newer version of the program. */
        NEWER_VERSION,
        /** Starts right but the rest is cut off or changed. */
        DAMAGED,
        /** Opens, but what it holds is not a valid project. */
        INVALID
    }

    /** The kind of failure. */
    private final Problem problem;

    public SetupException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    /** The kind of failure. */
    public Problem problem() {
        return problem;
    }
}
