package dev.nnplay.engine.export;

/** A weights file that cannot be read: the message names the file, the entry and the problem. */
public final class WeightsFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public WeightsFileException(String message) {
        super(message);
    }
}
