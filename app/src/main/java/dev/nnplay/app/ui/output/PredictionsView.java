package dev.nnplay.app.ui.output;

import dev.nnplay.app.ui.common.Palette;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.engine.data.Task;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * The output for tabular data (more than two inputs): a caption with the rows and the score, the
 * confusion matrix (classification: counts, each cell shaded by its share of the true class, right
 * answers blue and wrong ones orange) or a predicted-against-true scatter (regression), and a table
 * of every test row's prediction.
 */
public final class PredictionsView extends VBox {
    private static final Color RIGHT = Palette.fx(Palette.BLUE);
    private static final Color WRONG = Palette.fx(Palette.ORANGE);
    private static final double CELL = 26;
    /** A cell dark enough for white text. */
    private static final javafx.css.PseudoClass STRONG = javafx.css.PseudoClass.getPseudoClass("strong");

    private final double side;
    private final Label caption = new Label();
    private final GridPane matrix = new GridPane();
    private final Canvas scatter;
    private final TableView<PredictionTable.Row> table = new TableView<>();
    private final ObservableList<PredictionTable.Row> items = FXCollections.observableArrayList();
    /** The matrix's count labels, {@code [true][predicted]}, rebuilt when the classes change. */
    private Label[][] cells = new Label[0][0];
    private PredictionTable last;

    public PredictionsView(double side) {
        this.side = side;
        getStyleClass().add("output-table");
        setSpacing(6);
        setMaxWidth(side);
        caption.setId("predictions-caption");
        caption.getStyleClass().add("predictions-caption");
        matrix.setId("confusion-matrix");
        matrix.getStyleClass().add("confusion-matrix");
        matrix.setHgap(1);
        matrix.setVgap(1);
        scatter = new Canvas(side, side * 0.7);
        scatter.setId("prediction-scatter");
        table.setId("predictions");
        table.setItems(items);
        table.setPrefHeight(180);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(Messages.get("output.table.empty")));
        getChildren().addAll(caption, matrix, table);
    }

    /** Shows a new set of predictions. */
    public void show(PredictionTable t) {
        boolean kindChanged = last == null || last.task() != t.task() || !last.classes().equals(t.classes());
        last = t;
        if (kindChanged) {
            rebuild(t);
        }
        if (t.task() == Task.CLASSIFY) {
            caption.setText(Messages.format(t.heldOut() ? "output.table.caption.classify"
                    : "output.table.caption.classify.train", t.rows().size(),
                    String.format(Locale.ROOT, "%.3f", t.accuracy())));
            fillMatrix(t);
        } else {
            caption.setText(Messages.format(t.heldOut() ? "output.table.caption.regress"
                    : "output.table.caption.regress.train", t.rows().size()));
            drawScatter(t);
        }
        items.setAll(t.rows());
    }

    /** The confusion matrix's grid, for its tooltip. */
    public GridPane matrixNode() {
        return matrix;
    }

    /** The predictions last shown, or null; for tests. */
    public PredictionTable table() {
        return last;
    }

    private void rebuild(PredictionTable t) {
        getChildren().set(1, t.task() == Task.CLASSIFY ? matrix : scatter);
        TableColumn<PredictionTable.Row, Number> row = new TableColumn<>(Messages.get("output.table.row"));
        row.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().row()));
        TableColumn<PredictionTable.Row, String> truth = new TableColumn<>(Messages.get("output.table.true"));
        truth.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().truth()));
        TableColumn<PredictionTable.Row, String> predicted = new TableColumn<>(Messages.get("output.table.predicted"));
        predicted.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().predicted()));
        table.getColumns().setAll(java.util.List.of(row, truth, predicted));
        if (t.task() == Task.CLASSIFY) {
            TableColumn<PredictionTable.Row, String> p = new TableColumn<>(Messages.get("output.table.probability"));
            p.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(
                    String.format(Locale.ROOT, "%.3f", c.getValue().confidence())));
            table.getColumns().add(p);
            buildMatrix(t);
        }
    }

    private void buildMatrix(PredictionTable t) {
        matrix.getChildren().clear();
        int k = t.confusion().length;
        double cell = Math.min(CELL * 1.6, (side - 60) / k);
        Label corner = new Label(Messages.get("output.table.corner"));
        corner.getStyleClass().add("matrix-corner");
        matrix.add(corner, 0, 0);
        cells = new Label[k][k];
        for (int j = 0; j < k; j++) {
            Label head = header(name(t, j), cell);
            matrix.add(head, j + 1, 0);
            Label side = header(name(t, j), cell);
            side.setPrefWidth(56);
            side.setAlignment(Pos.CENTER_RIGHT);
            matrix.add(side, 0, j + 1);
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                Label c = new Label();
                c.setId("confusion-" + i + "-" + j);
                c.getStyleClass().add("matrix-cell");
                c.setMinSize(cell, cell);
                c.setPrefSize(cell, cell);
                c.setAlignment(Pos.CENTER);
                cells[i][j] = c;
                matrix.add(c, j + 1, i + 1);
            }
        }
    }

    private static Label header(String text, double width) {
        Label l = new Label(text);
        l.getStyleClass().add("matrix-header");
        l.setMaxWidth(width);
        l.setPrefWidth(width);
        l.setAlignment(Pos.CENTER);
        l.setPadding(new Insets(0, 2, 0, 2));
        return l;
    }

    private static String name(PredictionTable t, int k) {
        String n = k < t.classes().size() ? t.classes().get(k) : Integer.toString(k);
        return n.length() > 7 ? n.substring(0, 6) + "…" : n;
    }

    private void fillMatrix(PredictionTable t) {
        int[][] m = t.confusion();
        for (int i = 0; i < m.length; i++) {
            int rowTotal = 0;
            for (int c : m[i]) {
                rowTotal += c;
            }
            for (int j = 0; j < m.length; j++) {
                double share = rowTotal == 0 ? 0 : (double) m[i][j] / rowTotal;
                Color base = i == j ? RIGHT : WRONG;
                Color fill = m[i][j] == 0 ? Color.TRANSPARENT : base.deriveColor(0, 1, 1, 0.15 + 0.85 * share);
                Label c = cells[i][j];
                c.setText(Integer.toString(m[i][j]));
                c.setBackground(new Background(new BackgroundFill(fill, new CornerRadii(3), Insets.EMPTY)));
                c.pseudoClassStateChanged(STRONG, share > 0.55);
            }
        }
    }

    private void drawScatter(PredictionTable t) {
        GraphicsContext g = scatter.getGraphicsContext2D();
        double w = scatter.getWidth();
        double h = scatter.getHeight();
        g.setFill(Palette.fx(Palette.PLOT_BACKGROUND));
        g.fillRect(0, 0, w, h);
        double lo = Double.MAX_VALUE;
        double hi = -Double.MAX_VALUE;
        for (PredictionTable.Row r : t.rows()) {
            lo = Math.min(lo, Math.min(r.trueValue(), r.value()));
            hi = Math.max(hi, Math.max(r.trueValue(), r.value()));
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        double m = (hi - lo) * 0.05;
        double a = lo - m;
        double b = hi + m;
        g.setStroke(Palette.fx(Palette.PLOT_AXIS));
        g.setLineWidth(1);
        g.strokeLine(0, h, w, 0); // predicted = true
        g.setFill(RIGHT);
        for (PredictionTable.Row r : t.rows()) {
            double px = (r.trueValue() - a) / (b - a) * w;
            double py = h - (r.value() - a) / (b - a) * h;
            g.fillOval(px - 2.5, py - 2.5, 5, 5);
        }
        g.setFill(Palette.fx(Palette.MUTED));
        g.fillText(Messages.get("output.table.scatter"), 6, 14);
    }
}
