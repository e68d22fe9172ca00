package dev.nnplay.app.ui.display;

import dev.nnplay.app.ui.common.Look;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.Parent;

/**
 * How large the window draws: a zoom (Ctrl + / Ctrl − / Ctrl 0) and a presentation mode for a
 * projector (larger fonts, thicker lines and larger points), applied to the scene's root as its font
 * size (the stylesheet sizes everything in em) and the {@code presentation} style class, and to the
 * painters through {@link Look}.
 */
public final class Display {
    /** The theme's font size, in pixels, at 100 %. */
    public static final double BASE_FONT = 14;
    /** How much larger presentation mode draws text. */
    public static final double PRESENTATION_FONT = 1.3;
    /** How much thicker presentation mode draws lines and points. */
    public static final double PRESENTATION_LINES = 1.8;
    /** One zoom step. */
    public static final double STEP = 0.1;

    private final DoubleProperty zoom = new SimpleDoubleProperty(1);
    private final BooleanProperty presentation = new SimpleBooleanProperty();
    private Parent root;

    public Display() {
        zoom.addListener((o, a, b) -> apply());
        presentation.addListener((o, a, b) -> apply());
    }

    /** Applies the sizes to {@code r} from now on. */
    public void attach(Parent r) {
        root = r;
        apply();
    }

    /** {@code +1} one step larger, {@code -1} one smaller, {@code 0} back to 100 %. */
    public void zoom(int direction) {
        zoom.set(direction == 0 ? 1 : Preferences.clampZoom(zoom.get() + direction * STEP));
    }

    /** The font size the root gets, in pixels. */
    public double fontSize() {
        return BASE_FONT * zoom.get() * (presentation.get() ? PRESENTATION_FONT : 1);
    }

    private void apply() {
        Look.setLineScale(presentation.get() ? PRESENTATION_LINES : 1);
        Look.setTextScale(fontSize() / BASE_FONT);
        if (root == null) {
            return;
        }
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", fontSize()));
        if (presentation.get() && !root.getStyleClass().contains("presentation")) {
            root.getStyleClass().add("presentation");
        } else if (!presentation.get()) {
            root.getStyleClass().remove("presentation");
        }
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty presentationProperty() {
        return presentation;
    }
}
