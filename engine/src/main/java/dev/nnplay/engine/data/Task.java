package dev.nnplay.engine.data;

/** What the network learns: a class per sample, or one or more real values. */
public enum Task {
    /** Each sample belongs to one of a few classes. */
    CLASSIFY("classify"),
    /** Each sample has one or more real-valued targets. */
    REGRESS("regress");

    private final String id;

    Task(String id) {
        this.id = id;
    }

    /** The name used in project files and on the command line. */
    public String id() {
        return id;
    }

    /** The task with the given name. */
    public static Task byId(String id) {
        for (Task t : values()) {
            if (t.id.equalsIgnoreCase(id)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown task '" + id + "'; expected classify or regress");
    }
}
