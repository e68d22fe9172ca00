package dev.nnplay.app.ui.diagnostics;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.Tips;
import dev.nnplay.engine.inspect.DigitImages.Miss;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Image data seen from inside: the first hidden layer's incoming weights as images (what each neuron
 * looks for) and the test images the network gets wrong, each with its true class and the guess.
 */
public final class DigitsView extends VBox {
    /** Screen pixels per image pixel. */
    public static final int SCALE = 7;

    private final FlowPane weights = new FlowPane(4, 4);
    private final FlowPane misses = new FlowPane(6, 6);
    private final Label none = new Label(Messages.get("diag.digits.none"));

    public DigitsView() {
        Views.style(this);
        Tips.install(weights, Messages.get("diag.digits.weights.tip"));
        Tips.install(misses, Messages.get("diag.digits.misses.tip"));
        weights.setPrefWrapLength(8 * (8 * SCALE + 4));
        misses.setPrefWrapLength(10 * (8 * SCALE + 6));
        getChildren().addAll(Views.title("diag.digits.weights", "diag.digits.weights.tip"), weights,
                Views.title("diag.digits.misses", "diag.digits.misses.tip"), misses);
    }

    /**
     * Shows the weight images {@code w} (one row of {@code side²} per neuron) and the misclassified
     * images {@code wrong}, captioned with {@code classNames}.
     */
    public void show(float[][] w, List<Miss> wrong, int side, List<String> classNames) {
        weights.getChildren().clear();
        for (float[] row : w) {
            weights.getChildren().add(new ImageView(DigitPainter.weights(row, side, SCALE)));
        }
        misses.getChildren().clear();
        if (wrong.isEmpty()) {
            misses.getChildren().add(none);
        }
        for (Miss m : wrong) {
            Label caption = new Label(Messages.format("diag.digits.miss", name(classNames, m.actual()),
                    name(classNames, m.predicted())));
            caption.getStyleClass().add("diag-caption");
            VBox cell = new VBox(1, new ImageView(DigitPainter.image(m.pixels(), side, SCALE)), caption);
            cell.setAlignment(Pos.CENTER);
            misses.getChildren().add(cell);
        }
    }

    private static String name(List<String> names, int k) {
        return k >= 0 && k < names.size() ? names.get(k) : Integer.toString(k);
    }
}
