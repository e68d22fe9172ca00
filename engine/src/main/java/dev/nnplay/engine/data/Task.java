package dev.nnplay.engine.data;

import dev.nnplay.engine.Named;

/** What the network learns: a class per sample, or one or more real values. */
public enum Task implements Named {
    /** Each sample belongs to one of a few classes. */
    CLASSIFY("classify", "accuracy", "accuracy"),
    /** Each sample has one or more real-valued targets. */
    REGRESS("regress", "r2", "R²");

    private final String id;
    private final String metric;
    private final String metricLabel;

    Task(String id, String metric, String metricLabel) {
        this.id = id;
        this.metric = metric;
        this.metricLabel = metricLabel;
    }

    /** The quality figure's name in column headers and message keys: {@code accuracy} or {@code r2}. */
    public String metric() {
        return metric;
    }

    /** The quality figure as a person reads it: {@code accuracy} or {@code R²}. */
    public String metricLabel() {
        return metricLabel;
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
