package dev.nnplay.app.ui.data;

import dev.nnplay.app.ui.common.Messages;

import dev.nnplay.app.ui.common.Tips;
import dev.nnplay.app.ui.common.Palette;
import dev.nnplay.engine.data.Feature;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;

/**
 * The 2-D features as toggles, each with a small heat map of its values over the plane, so a student
 * sees what x₁² or sin x₂ looks like before feeding it to the network.
 */
public final class FeaturesPanel extends VBox {
    private static final int SIDE = 32;
    private final DataViewModel vm;
    private final List<ToggleButton> toggles = new ArrayList<>();
    private boolean updating;

    public FeaturesPanel(DataViewModel vm) {
        this.vm = vm;
        getStyleClass().addAll("panel", "features-panel");
        setSpacing(6);
        Label title = new Label(Messages.get("features.title"));
        title.getStyleClass().add("panel-title");
        getChildren().add(title);
        for (Feature f : Feature.values()) {
            ToggleButton t = new ToggleButton(f.label(), new ImageView(heatMap(f)));
            t.setId("feature-" + f.name().toLowerCase(java.util.Locale.ROOT));
            t.getStyleClass().add("feature");
            t.setAlignment(Pos.CENTER_LEFT);
            t.setMaxWidth(Double.MAX_VALUE);
            t.setUserData(f);
            t.selectedProperty().addListener((o, a, b) -> apply());
            Tips.install(t, Messages.get("feature.tip." + f.name().toLowerCase(java.util.Locale.ROOT)));
            toggles.add(t);
            getChildren().add(t);
        }
        vm.preparedProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    /**
     * Compact (a narrow window): each toggle shows its picture only, the feature's name in its tip, and
     * the column takes a third of the width.
     */
    public void setCompact(boolean compact) {
        for (ToggleButton t : toggles) {
            t.setContentDisplay(compact ? javafx.scene.control.ContentDisplay.GRAPHIC_ONLY
                    : javafx.scene.control.ContentDisplay.LEFT);
        }
        if (compact) {
            getStyleClass().add("compact");
        } else {
            getStyleClass().remove("compact");
        }
    }

    private void refresh() {
        updating = true;
        List<String> on = vm.dataProperty().get().features();
        boolean twoD = vm.preparedProperty().get().raw().inputs() == 2;
        for (ToggleButton t : toggles) {
            t.setSelected(on.contains(((Feature) t.getUserData()).id()));
            t.setDisable(!twoD);
        }
        updating = false;
    }

    private void apply() {
        if (updating) {
            return;
        }
        List<String> on = new ArrayList<>();
        for (ToggleButton t : toggles) {
            if (t.isSelected()) {
                on.add(((Feature) t.getUserData()).id());
            }
        }
        if (on.isEmpty() || !vm.setFeatures(on)) {
            refresh(); // the network needs at least one input
        }
    }

    /** The feature's values over [−6, 6]², each scaled to its largest magnitude. */
    static WritableImage heatMap(Feature f) {
        float[] v = new float[SIDE * SIDE];
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                float x1 = (float) (-6 + (c + 0.5) * 12 / SIDE);
                float x2 = (float) (6 - (r + 0.5) * 12 / SIDE);
                v[r * SIDE + c] = f.apply(x1, x2);
            }
        }
        int[] argb = new int[v.length];
        Palette.fillNeuron(v, argb);
        WritableImage img = new WritableImage(SIDE, SIDE);
        img.getPixelWriter().setPixels(0, 0, SIDE, SIDE, PixelFormat.getIntArgbPreInstance(), argb, 0, SIDE);
        return img;
    }
}
