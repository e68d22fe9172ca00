package dev.nnplay.app.ui.network;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.Converters;
import dev.nnplay.app.ui.common.Tips;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.LayerSpec;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.geometry.Pos;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The controls above one hidden layer: ± neurons, its activation and its dropout. */
final class LayerControls {
    /** Dropout choices: none, then the usual ones. */
    private static final Float[] DROPOUTS = {0f, 0.1f, 0.2f, 0.3f, 0.5f};

    private final NetworkEditorViewModel editor;

    LayerControls(NetworkEditorViewModel editor) {
        this.editor = editor;
    }

    VBox column(int i, LayerSpec layer, double x, double y) {
        Button more = iconButton(MaterialDesignP.PLUS, "network.units.more", "units-more-" + i);
        more.setOnAction(e -> editor.changeUnits(i, +1));
        Button fewer = iconButton(MaterialDesignM.MINUS, "network.units.fewer", "units-fewer-" + i);
        fewer.setOnAction(e -> editor.changeUnits(i, -1));
        HBox pm = new HBox(2, fewer, more);
        pm.setAlignment(Pos.CENTER);
        Label units = new Label(Messages.format("network.units", layer.units()));
        units.getStyleClass().add("layer-units");

        ComboBox<Activation> act = new ComboBox<>(FXCollections.observableArrayList(Activation.values()));
        act.getItems().remove(Activation.IDENTITY);
        act.getItems().add(0, Activation.IDENTITY);
        act.setValue(layer.function());
        act.setConverter(Converters.of(Activation::id, Activation::byId));
        act.setOnAction(e -> editor.setActivation(i, act.getValue()));
        act.getStyleClass().add("small");
        act.setPrefWidth(104);
        Tips.install(act, Messages.get("network.activation.tip"));

        ComboBox<Float> drop = new ComboBox<>(FXCollections.observableArrayList(DROPOUTS));
        if (!drop.getItems().contains(layer.dropout())) {
            drop.getItems().add(layer.dropout());
        }
        drop.setValue(layer.dropout());
        drop.setConverter(Converters.of(p -> p == 0f ? Messages.get("network.dropout.none")
                : Messages.format("network.dropout", Math.round(p * 100)), Float::parseFloat));
        drop.setOnAction(e -> editor.setDropout(i, drop.getValue()));
        drop.getStyleClass().add("small");
        drop.setPrefWidth(104);
        Tips.install(drop, Messages.get("network.dropout.tip"));

        VBox box = new VBox(2, pm, units, act, drop);
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("layer-controls");
        box.relocate(x, y - 6);
        return box;
    }

    private static Button iconButton(Ikon icon, String tipKey, String id) {
        Button b = new Button(null, FontIcon.of(icon));
        b.getStyleClass().addAll("flat", "button-icon", "small");
        b.setId(id);
        Tips.install(b, Messages.get(tipKey));
        return b;
    }
}
