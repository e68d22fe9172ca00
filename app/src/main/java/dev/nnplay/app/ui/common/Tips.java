package dev.nnplay.app.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Teaching tooltips: quick to show, wide enough for a sentence or two, wrapped. */
public final class Tips {
    private Tips() {
    }

    /** Puts {@code text} on {@code node} as a tooltip. */
    public static void install(Node node, String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(350));
        t.setShowDuration(Duration.seconds(30));
        t.setWrapText(true);
        t.setMaxWidth(360);
        if (node instanceof Control c) {
            c.setTooltip(t);
        } else {
            Tooltip.install(node, t);
        }
    }
}
