package dev.nnplay.app.ui.output;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.data.DataViewModel;
import dev.nnplay.app.ui.common.Tips;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.layout.StackPane;

/**
 * The output, drawn as the data's shape asks: the heat map for two inputs, the fitted curve for one,
 * the confusion matrix (or scatter) and the prediction table for more.
 */
public final class OutputPane extends StackPane {
    private final OutputView map;
    private final CurveView curve;
    private final PredictionsView predictions;
    /** The view shown. */
    private final ReadOnlyObjectWrapper<OutputShape> shape = new ReadOnlyObjectWrapper<>();

    public OutputPane(DataViewModel vm, OutputViewModel out) {
        map = new OutputView(vm, out);
        curve = new CurveView(vm, out, OutputView.SIDE);
        predictions = new PredictionsView(OutputView.SIDE);
        getStyleClass().add("output-pane");
        Tips.install(map, Messages.get("output.map.tip"));
        Tips.install(curve, Messages.get("output.curve.tip"));
        Tips.install(predictions.matrixNode(), Messages.get("output.table.tip"));
        switchTo(OutputShape.of(vm.preparedProperty().get().raw()));
    }

    /** Switches to the view for {@code s}. */
    public void switchTo(OutputShape s) {
        if (s == shape.get()) {
            return;
        }
        shape.set(s);
        getChildren().setAll(switch (s) {
            case MAP -> map;
            case CURVE -> curve;
            case TABLE -> predictions;
        });
    }

    /** Draws an evaluation in the view for its shape. */
    public void show(Evaluation e) {
        switchTo(e.source().shape());
        if (e.grid() != null) {
            map.show(e.grid(), e.source().domain());
        } else if (e.curve() != null) {
            curve.show(e.curve());
        } else if (e.table() != null) {
            predictions.show(e.table());
        }
    }

    public ReadOnlyObjectProperty<OutputShape> outputShapeProperty() {
        return shape.getReadOnlyProperty();
    }

    /** The heat map's pixels as last drawn. */
    public int[] pixels() {
        return map.pixels();
    }

    public CurveView curve() {
        return curve;
    }

    public PredictionsView predictions() {
        return predictions;
    }
}
