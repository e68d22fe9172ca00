package dev.nnplay.engine.data;

/**
 * Bad data from a user's file: the message says what is wrong and where (file, row, column), in words
 * that can be shown as they are.
 */
public final class DataException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataException(String message) {
        super(message);
    }

    public DataException(String message, Throwable cause) {
        super(message, cause);
    }
}
