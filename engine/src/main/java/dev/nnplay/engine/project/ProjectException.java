package dev.nnplay.engine.project;

/**
 * A project file that cannot be read or used: the message names the file, the place in it and the
 * problem, in words that can be shown as they are.
 */
public final class ProjectException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProjectException(String message) {
        super(message);
    }

    public ProjectException(String message, Throwable cause) {
        super(message, cause);
    }
}
