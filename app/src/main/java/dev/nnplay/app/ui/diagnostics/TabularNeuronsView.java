package dev.nnplay.app.ui.diagnostics;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.Tips;
import dev.nnplay.engine.inspect.NeuronStrips;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Neurons of tabular data: per layer, each neuron's output over the test rows as a small histogram
 * coloured by class ({@link NeuronStripPainter}). The images are reused while the network's shape stays.
 */
public final class TabularNeuronsView extends VBox {
    /** Size of a thumbnail. */
    public static final int W = 72;
    public static final int H = 44;
    /** Thumbnails on one line before it wraps. */
    static final int PER_LINE = 8;

    private final VBox layers = new VBox(6);
    /** The classes' colours and names. */
    private final FlowPane legend = new FlowPane(10, 2);
    /** The images, per layer, per neuron. */
    private WritableImage[][] images = new WritableImage[0][];

    public TabularNeuronsView() {
        Views.style(this);
        getChildren().addAll(Views.title("diag.neurons.title", "diag.neurons.tip"), legend, layers);
    }

    /**
     * Draws {@code strips} (from {@code InsideModel.neurons}), one line of thumbnails per layer, with a
     * legend of {@code classNames} (empty for regression).
     */
    public void show(List<List<NeuronStrips>> strips, List<String> classNames) {
        if (legend.getChildren().size() != classNames.size()) {
            legend.getChildren().clear();
            for (int c = 0; c < classNames.size(); c++) {
                int argb = dev.nnplay.app.ui.common.Palette.classColor(c);
                javafx.scene.shape.Rectangle swatch = new javafx.scene.shape.Rectangle(10, 10,
                        javafx.scene.paint.Color.rgb((argb >> 16) & 255, (argb >> 8) & 255, argb & 255));
                Label name = new Label(classNames.get(c), swatch);
                name.getStyleClass().add("diag-caption");
                legend.getChildren().add(name);
            }
        }
        if (!sameShape(strips)) {
            layers.getChildren().clear();
            images = new WritableImage[strips.size()][];
            for (int l = 0; l < strips.size(); l++) {
                List<NeuronStrips> layer = strips.get(l);
                images[l] = new WritableImage[layer.size()];
                FlowPane row = new FlowPane(5, 5);
                row.setPrefWrapLength(PER_LINE * (W + 5));
                for (int j = 0; j < layer.size(); j++) {
                    images[l][j] = new WritableImage(W, H);
                    ImageView v = new ImageView(images[l][j]);
                    Tips.install(v, Messages.get("diag.neurons.tip"));
                    row.getChildren().add(v);
                }
                String name = l == strips.size() - 1 ? Messages.get("diag.layer.output")
                        : Messages.format("diag.neurons.layer", l + 1);
                Label label = new Label(name);
                label.setMinWidth(64);
                HBox line = new HBox(6, label, row);
                line.setAlignment(Pos.CENTER_LEFT);
                layers.getChildren().add(line);
            }
        }
        for (int l = 0; l < strips.size(); l++) {
            for (int j = 0; j < strips.get(l).size(); j++) {
                NeuronStripPainter.paint(strips.get(l).get(j), images[l][j]);
            }
        }
    }

    private boolean sameShape(List<List<NeuronStrips>> strips) {
        if (strips.size() != images.length) {
            return false;
        }
        for (int l = 0; l < images.length; l++) {
            if (images[l].length != strips.get(l).size()) {
                return false;
            }
        }
        return true;
    }
}
