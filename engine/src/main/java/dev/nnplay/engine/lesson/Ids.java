package dev.nnplay.engine.lesson;

import java.util.regex.Pattern;

/** The keys of steps and runs: short names in lower case, digits and hyphens. */
final class Ids {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private Ids() {
    }

    static void check(String id, String what) {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException(what + " '" + id + "' must be 1 to 40 lower-case letters, digits "
                    + "or hyphens");
        }
    }
}
