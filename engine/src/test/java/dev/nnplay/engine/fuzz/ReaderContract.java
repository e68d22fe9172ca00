package dev.nnplay.engine.fuzz;

import dev.nnplay.engine.data.DataException;
import dev.nnplay.engine.export.WeightsFileException;
import dev.nnplay.engine.project.ProjectException;

/**
 * What every reader promises for any input, which the fuzz targets check: it returns a value, or it
 * refuses with its own typed exception whose message is one short line naming the input, in the
 * program's words (no Java class or library names). Anything else thrown (a NullPointerException, an
 * OutOfMemoryError, a bare IllegalArgumentException, a StackOverflowError) is a finding.
 */
final class ReaderContract {

    /** The longest refusal: a file name, a place and a sentence. */
    static final int MAX_MESSAGE = 600;

    private ReaderContract() {
    }

    /** The work of one input: a reader call that may refuse. */
    interface Read {
        void run() throws Exception;
    }

    /**
     * Runs {@code read} on {@code input}; a refusal must be typed, name {@code where} and read as the
     * program's own words (a word the input holds itself, such as a column name, may be quoted).
     */
    static void check(String where, byte[] input, Read read) throws Exception {
        String text = new String(input, java.nio.charset.StandardCharsets.ISO_8859_1);
        try {
            read.run();
        } catch (ProjectException | DataException | WeightsFileException e) {
            String m = e.getMessage();
            if (m == null || !m.startsWith(where)) {
                throw new AssertionError("the refusal does not start with '" + where + "': " + m, e);
            }
            if (m.length() > MAX_MESSAGE || m.indexOf('\n') >= 0) {
                throw new AssertionError("the refusal is not one short line (" + m.length() + " characters): "
                        + m.substring(0, Math.min(m.length(), 200)), e);
            }
            // values from the input are quoted ('…') and may hold any word, escaped or not
            String own = m.replaceAll("'[^']*'", "''");
            for (String leak : new String[] {"java.", "Exception", "jackson", "Jackson", "JsonReadFeature",
                "StreamReadConstraints", "Input length ="}) {
                if (own.contains(leak) && !text.contains(leak)) {
                    throw new AssertionError("the refusal names the machinery (" + leak + "): " + m, e);
                }
            }
        }
    }
}
