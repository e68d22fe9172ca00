package dev.nnplay.app.ui.display;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** Makes a column fit a small screen: it scrolls up and down when the window is too short for it. */
public final class Fit {
    private Fit() {
    }

    /**
     * {@code column} in a vertical scroll pane that keeps the column's width, fills the height when the
     * column is shorter, and scrolls when it is taller.
     */
    public static ScrollPane scrolling(Region column) {
        ScrollPane s = new ScrollPane(column);
        s.getStyleClass().addAll("edge-to-edge", "column-scroll");
        s.setFitToWidth(true);
        s.setFitToHeight(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        s.setVbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        s.setMinWidth(Region.USE_PREF_SIZE);
        s.setFocusTraversable(false);
        return s;
    }
}
