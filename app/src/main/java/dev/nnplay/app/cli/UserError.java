package dev.nnplay.app.cli;

/** A problem with what the user gave the command line: printed as one line, exit status 2. */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserError(String message) {
        super(message);
    }
}
