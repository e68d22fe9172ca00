package dev.nnplay.app.ui.display;

import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;

/** Makes a column fit a small screen: it scrolls up and down when the window is too short for it. */
public final class Fit {
    private Fit() {
    }

    /** A scroll pane whose column is found by {@code lookup} before a skin is made (a window not shown). */
    private static final class ColumnScroll extends ScrollPane {
        ColumnScroll(Region column) {
            super(column);
        }

        @Override
        public javafx.scene.Node lookup(String selector) {
            javafx.scene.Node n = super.lookup(selector);
            return n != null || getContent() == null ? n : getContent().lookup(selector);
        }
    }

    /** Below this window width, columns that can be compact are (the features show their pictures only). */
    public static final double COMPACT_WIDTH = 1200;

    /**
     * Calls {@code compact} with true while {@code region} is narrower than {@link #COMPACT_WIDTH} at
     * the {@code display}'s size (zoomed in or presenting, the window counts as narrower), false
     * otherwise.
     */
    public static void compactBelow(Region region, Display display, java.util.function.Consumer<Boolean> compact) {
        narrowerThan(region, display, COMPACT_WIDTH, compact);
    }

    /**
     * Calls {@code narrow} whenever {@code region} becomes narrower than {@code width} at the
     * {@code display}'s size (true) or stops being so (false); zoomed in or presenting, the region
     * counts as narrower.
     */
    public static void narrowerThan(Region region, Display display, double width,
                                    java.util.function.Consumer<Boolean> narrow) {
        boolean[] now = {false};
        Runnable check = () -> {
            boolean c = region.getWidth() > 0 && region.getWidth() * Display.BASE_FONT / display.fontSize() < width;
            if (c != now[0]) {
                now[0] = c;
                narrow.accept(c);
            }
        };
        region.widthProperty().addListener((o, a, b) -> check.run());
        display.zoomProperty().addListener((o, a, b) -> check.run());
        display.presentationProperty().addListener((o, a, b) -> check.run());
    }

    /**
     * {@code column} in a vertical scroll pane that keeps the column's width, fills the height when the
     * column is shorter, and scrolls when it is taller.
     */
    public static ScrollPane scrolling(Region column) {
        ScrollPane s = new ColumnScroll(column);
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
