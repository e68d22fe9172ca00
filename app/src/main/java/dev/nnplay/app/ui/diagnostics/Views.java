package dev.nnplay.app.ui.diagnostics;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.Tips;
import javafx.geometry.Insets;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What the diagnostics' views share: their stylesheet and spacing, titles with a teaching tip, broken lines. */
final class Views {
    private Views() {
    }

    /** Spaces {@code box} as the diagnostics' views are and gives it their stylesheet. */
    static void style(VBox box) {
        box.setSpacing(4);
        box.setPadding(new Insets(4));
        box.getStylesheets().add(Views.class.getResource("diagnostics.css").toExternalForm());
    }

    /** A bold title from {@code textKey} whose tooltip is {@code tipKey}. */
    static Label title(String textKey, String tipKey) {
        Label title = new Label(Messages.get(textKey));
        title.getStyleClass().add("diag-layer-title");
        Tips.install(title, Messages.get(tipKey));
        return title;
    }

    /** Strokes the line through the points {@code (x[i], y[i])}, broken wherever a coordinate is not finite. */
    static void polyline(GraphicsContext g, double[] x, double[] y) {
        g.beginPath();
        boolean down = false;
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                down = false;
            } else if (down) {
                g.lineTo(x[i], y[i]);
            } else {
                g.moveTo(x[i], y[i]);
                down = true;
            }
        }
        g.stroke();
    }
}
