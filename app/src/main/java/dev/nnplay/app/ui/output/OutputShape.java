package dev.nnplay.app.ui.output;

import dev.nnplay.engine.data.Dataset;

/** How the output is drawn, chosen by the data's shape. */
public enum OutputShape {
    /** Two raw inputs: the heat map over the plane, points on top. */
    MAP,
    /** One raw input: the fitted curve over the points. */
    CURVE,
    /** More than two raw inputs (Iris, Wine, Digits): confusion matrix or scatter, and a table of predictions. */
    TABLE;

    /** The shape for {@code raw}'s number of input columns. */
    public static OutputShape of(Dataset raw) {
        return raw.inputs() == 2 ? MAP : raw.inputs() == 1 ? CURVE : TABLE;
    }
}
