package dev.nnplay.engine;

import java.util.StringJoiner;

/**
 * A choice with the name it has in project files and on the command line, such as {@code leaky_relu}.
 * {@link #byId} finds one by name and, for an unknown name, says which names there are.
 */
public interface Named {

    /** The name in project files and on the command line. */
    String id();

    /**
     * The value of {@code values} whose {@link #id()} is {@code id}, ignoring case; an
     * {@link IllegalArgumentException} naming {@code what} and listing the valid names otherwise.
     */
    static <E extends Named> E byId(E[] values, String id, String what) {
        StringJoiner all = new StringJoiner(", ");
        for (E v : values) {
            if (id != null && v.id().equalsIgnoreCase(id.trim())) {
                return v;
            }
            all.add(v.id());
        }
        throw new IllegalArgumentException("unknown " + what + " '" + id + "'; expected one of " + all);
    }
}
