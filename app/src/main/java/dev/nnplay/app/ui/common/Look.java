package dev.nnplay.app.ui.common;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * How thick the painters draw lines and how large points, for the whole window: 1 normally, more in
 * presentation mode, where a projector's back row must see the boundary and the curves. Used on the
 * FX thread; the chart painter off it reads the value it was given.
 */
public final class Look {
    private static final ReadOnlyDoubleWrapper LINE_SCALE = new ReadOnlyDoubleWrapper(1);
    private static final ReadOnlyDoubleWrapper TEXT_SCALE = new ReadOnlyDoubleWrapper(1);

    private Look() {
    }

    /** The factor for line widths and point sizes. */
    public static double lineScale() {
        return LINE_SCALE.get();
    }

    /** Sets the factor (presentation mode); the views redraw on the change. */
    public static void setLineScale(double s) {
        LINE_SCALE.set(s);
    }

    /** How much larger than the theme's size text is drawn by painters (charts): the zoom and presentation mode. */
    public static double textScale() {
        return TEXT_SCALE.get();
    }

    public static void setTextScale(double s) {
        TEXT_SCALE.set(s);
    }

    public static ReadOnlyDoubleProperty textScaleProperty() {
        return TEXT_SCALE.getReadOnlyProperty();
    }

    /** The factor as a property, for views that redraw when it changes. */
    public static ReadOnlyDoubleProperty lineScaleProperty() {
        return LINE_SCALE.getReadOnlyProperty();
    }
}
