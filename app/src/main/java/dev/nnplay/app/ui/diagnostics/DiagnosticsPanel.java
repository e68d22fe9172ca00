package dev.nnplay.app.ui.diagnostics;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.Tips;
import dev.nnplay.engine.inspect.NetworkFigures;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The collapsible "inside the network" panel: per layer, over training time, the activations' mean and
 * spread, the share of dead or saturated units, the weights' and gradients' histograms as heat strips,
 * the gradient norm on a log scale and the update ratio with its healthy band, and a sentence when a
 * layer is far from it. Opening it turns the measurement on (through the view model's switch); closed,
 * it costs training nothing. Call {@link #refresh()} once per frame after feeding the view model.
 */
public final class DiagnosticsPanel extends TitledPane {
    private static final String[] COLUMNS = {"activations", "stuck", "weights", "gradients", "norm", "ratio"};

    private final DiagnosticsViewModel model;
    /** The columns' titles, then one row per layer. */
    private final VBox content = new VBox(6);
    private final Label empty = new Label(Messages.get("diag.empty"));
    /** The revision last drawn; −1 to force a redraw. */
    private long drawn = -1;
    private boolean dark;

    /** A panel showing {@code model}, collapsed (so diagnostics are off until the user opens it). */
    public DiagnosticsPanel(DiagnosticsViewModel model) {
        this.model = model;
        setText(Messages.get("diag.title"));
        Tips.install(this, Messages.get("diag.title.tip"));
        getStyleClass().add("diag-panel");
        getStylesheets().add(DiagnosticsPanel.class.getResource("diagnostics.css").toExternalForm());
        empty.setWrapText(true);
        content.getChildren().addAll(columnTitles(), empty);
        content.setPadding(new javafx.geometry.Insets(6));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(3 * (LayerRow.H + 40));
        setContent(scroll);
        setExpanded(false);
        setAnimated(false);
        model.setOpen(false);
        expandedProperty().addListener((o, was, now) -> {
            model.setOpen(now);
            drawn = -1;
        });
    }

    private static HBox columnTitles() {
        HBox titles = new HBox(6);
        for (String c : COLUMNS) {
            Label l = new Label(Messages.get("diag.col." + c));
            l.getStyleClass().add("diag-column");
            l.setMinWidth(LayerRow.W);
            l.setPrefWidth(LayerRow.W);
            Tips.install(l, Messages.get("diag.col." + c + ".tip"));
            titles.getChildren().add(l);
        }
        return titles;
    }

    /** Switches between the light and the dark colours. */
    public void applyTheme(boolean darkTheme) {
        this.dark = darkTheme;
        content.getStyleClass().remove("diag-dark");
        if (darkTheme) {
            content.getStyleClass().add("diag-dark");
        }
        drawn = -1;
        refresh();
    }

    /** Redraws from the view model if its figures changed since the last call; cheap otherwise. */
    public void refresh() {
        long rev = model.revisionProperty().get();
        if (rev == drawn || !isExpanded() && drawn >= 0) {
            return;
        }
        drawn = rev;
        List<NetworkFigures> entries = model.history().entries();
        int layers = entries.isEmpty() ? 0 : entries.get(entries.size() - 1).layers().size();
        List<Node> rows = content.getChildren();
        empty.setVisible(layers == 0);
        empty.setManaged(layers == 0);
        while (rows.size() - 2 < layers) {
            rows.add(new LayerRow());
        }
        while (rows.size() - 2 > layers) {
            rows.remove(rows.size() - 1);
        }
        Theme t = Theme.of(dark);
        double[] norms = LayerRow.normRange(entries);
        for (int l = 0; l < layers; l++) {
            ((LayerRow) rows.get(2 + l)).paint(entries, l, t, norms);
        }
    }

    /** The sentence beside layer {@code l} (0-based), for tests. */
    String sentence(int l) {
        return ((LayerRow) content.getChildren().get(2 + l)).sentence();
    }

    /** The node to save as a picture (the charts without the title bar), for the Save image menu. */
    public Region exportNode() {
        return content;
    }

    /** The charts as a picture, on the FX thread. */
    public WritableImage snapshotImage() {
        return content.snapshot(new SnapshotParameters(), null);
    }
}
