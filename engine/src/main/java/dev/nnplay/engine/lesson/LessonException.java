package dev.nnplay.engine.lesson;

/**
 * A lesson that cannot be read: the message names the file, the place in it and the problem, in one
 * line that can be shown as it is.
 */
public final class LessonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LessonException(String message) {
        super(message);
    }

    public LessonException(String message, Throwable cause) {
        super(message, cause);
    }
}
