package dev.nnplay.engine.data;

import dev.nnplay.engine.Named;

/** What the network learns: a class per sample, or one or more real values. */
public enum Task implements Named {
    /** Each sample belongs to one of a few classes. */
    CLASSIFY("classify"),
    /** Each sample has one or more real-valued targets. */
    REGRESS("regress");

    private final String id;

    Task(String id) {
        this.id = id;
    }

    /** The name used in project files and on the command line. */
    @Override
    public String id() {
        return id;
    }

    /** The task with the given name. */
    public static Task byId(String id) {
        return Named.byId(values(), id, "task");
    }
}
