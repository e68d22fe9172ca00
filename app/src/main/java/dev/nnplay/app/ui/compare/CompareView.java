package dev.nnplay.app.ui.compare;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.Palette;
import dev.nnplay.app.ui.common.Throttle;
import dev.nnplay.app.ui.common.Tips;
import dev.nnplay.engine.compare.Comparison;
import dev.nnplay.engine.compare.RunCurve;
import dev.nnplay.engine.optim.OptimizerSpec;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.util.StringConverter;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.fx.ChartViewer;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Compare runs: on the left the runs to start (or those a lesson started) with their colour, a pause
 * box, the epoch and the current losses; on the right their loss curves overlaid, training loss solid
 * and test loss dashed in the run's colour, over epochs so that runs of different batch sizes line up.
 */
public final class CompareView extends BorderPane {
    /** The runs' colours, in order. */
    static final int[] COLOURS = {Palette.BLUE, Palette.ORANGE, Palette.GREEN, 0xFF9467BD};
    private static final DecimalFormat LOSS = new DecimalFormat("0.0000");

    private final CompareViewModel model;
    private final XYSeriesCollection data = new XYSeriesCollection();
    private final XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    private final XYPlot plot;
    private final NumberAxis linear = new NumberAxis(Messages.get("compare.axis.loss"));
    private final LogAxis log = new LogAxis(Messages.get("compare.axis.loss"));
    private final JFreeChart chart;
    private final GridPane runsGrid = new GridPane();
    private final VBox choicesBox = new VBox(6);
    private final List<ChoiceRow> choiceRows = new ArrayList<>();
    private final Label error = new Label();
    private final List<Label[]> readouts = new ArrayList<>();
    /** The chart is redrawn at most four times a second. */
    private final Throttle redraws = new Throttle(250_000_000L);
    private boolean dirty;

    public CompareView(CompareViewModel model) {
        this.model = model;
        getStyleClass().addAll("compare", "panel");
        NumberAxis epochs = new NumberAxis(Messages.get("compare.axis.epochs"));
        epochs.setAutoRangeIncludesZero(true);
        linear.setAutoRangeIncludesZero(true);
        log.setSmallestValue(1e-6);
        plot = new XYPlot(data, epochs, linear, renderer);
        plot.setBackgroundPaint(new Color(Palette.PLOT_BACKGROUND, true));
        plot.setDomainGridlinePaint(new Color(Palette.PLOT_AXIS, true));
        plot.setRangeGridlinePaint(new Color(Palette.PLOT_AXIS, true));
        Font axisFont = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
        for (var a : new org.jfree.chart.axis.ValueAxis[] {epochs, linear, log}) {
            a.setLabelFont(axisFont);
            a.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        }
        renderer.setDrawSeriesLineAsPath(true);
        chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.PLAIN, 12), plot, true);
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.TOP);
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        chart.setBackgroundPaint(new Color(0, true));
        ChartViewer viewer = new ChartViewer(chart);
        viewer.setId("compare-chart");
        viewer.setMinSize(300, 240);

        Label title = new Label(Messages.get("compare.title"));
        title.getStyleClass().add("panel-title");
        Label intro = new Label(Messages.get("compare.intro"));
        intro.setWrapText(true);
        error.getStyleClass().add("compare-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());

        Button play = new Button(Messages.get("compare.play"));
        play.setId("compare-play");
        play.setOnAction(e -> {
            if (model.playingProperty().get()) {
                model.pause();
            } else {
                model.play();
            }
        });
        play.textProperty().bind(javafx.beans.binding.Bindings.when(model.playingProperty())
                .then(Messages.get("compare.pause")).otherwise(Messages.get("compare.play")));
        Button step = new Button(Messages.get("compare.step"));
        step.setId("compare-step");
        step.setOnAction(e -> model.step());
        Tips.install(step, Messages.get("compare.step.tip"));
        CheckBox logScale = new CheckBox(Messages.get("charts.log"));
        logScale.setId("compare-log");
        logScale.selectedProperty().addListener((o, a, b) -> plot.setRangeAxis(b ? log : linear));
        ComboBox<Double> pace = new ComboBox<>();
        pace.setId("compare-pace");
        pace.getItems().setAll(CompareViewModel.PACES);
        pace.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double p) {
                return p == null ? "" : p == 0 ? Messages.get("compare.pace.full")
                        : Messages.format("compare.pace.value", p.intValue());
            }

            @Override
            public Double fromString(String s) {
                return null;
            }
        });
        pace.setValue(model.paceProperty().get());
        pace.valueProperty().addListener((o, a, b) -> {
            model.paceProperty().set(b);
            if (model.playingProperty().get()) {
                model.play(); // at the new pace
            }
        });
        Tips.install(pace, Messages.get("compare.pace.tip"));
        HBox controls = new HBox(8, play, step, pace, logScale);
        controls.setAlignment(Pos.CENTER_LEFT);
        for (javafx.scene.Node n : new javafx.scene.Node[] {play, step}) {
            n.disableProperty().bind(model.generationProperty().isEqualTo(0));
        }

        for (CompareViewModel.RunChoice c : model.defaultChoices()) {
            addChoiceRow(c);
        }
        Button add = new Button(Messages.get("compare.add"));
        add.setId("compare-add");
        add.setOnAction(e -> addChoiceRow(model.defaultChoices().get(0)));
        Button start = new Button(Messages.get("compare.start"));
        start.setId("compare-start");
        start.getStyleClass().add("accent");
        start.setOnAction(e -> model.startFromPlayground(choiceRows.stream().map(ChoiceRow::choice).toList()));
        Tips.install(start, Messages.get("compare.start.tip"));
        Label setupTitle = new Label(Messages.get("compare.setup"));
        setupTitle.getStyleClass().add("section-title");
        Label runsTitle = new Label(Messages.get("compare.runs"));
        runsTitle.getStyleClass().add("section-title");
        runsGrid.setHgap(8);
        runsGrid.setVgap(4);
        VBox left = new VBox(10, title, intro, setupTitle, choicesBox, new HBox(8, add, start), error, runsTitle,
                controls, runsGrid);
        left.setPadding(new Insets(4, 12, 4, 4));
        left.setPrefWidth(430);
        left.setMinWidth(330);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(left);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setLeft(scroll);
        setCenter(viewer);
        BorderPane.setMargin(viewer, new Insets(0, 0, 0, 8));

        model.generationProperty().addListener((o, a, b) -> rebuild());
        if (model.generationProperty().get() > 0) {
            rebuild();
        }
        model.runsProperty().addListener((o, a, b) -> dirty = true);
    }

    /** One row of settings for a run of the playground. */
    private final class ChoiceRow {
        final ComboBox<String> optimizer = new ComboBox<>();
        final TextField rate = new TextField();
        final Spinner<Integer> batch = new Spinner<>(1, 100_000, 10);
        final HBox node = new HBox(6);

        ChoiceRow(CompareViewModel.RunChoice c) {
            optimizer.getItems().setAll(OptimizerSpec.TYPES);
            optimizer.setConverter(new StringConverter<>() {
                @Override
                public String toString(String id) {
                    return id == null ? "" : Messages.get("optimizer." + id);
                }

                @Override
                public String fromString(String s) {
                    return s;
                }
            });
            optimizer.setValue(c.optimizer());
            rate.setText(Double.toString(c.learningRate()));
            rate.setPrefColumnCount(6);
            Tips.install(rate, Messages.get("compare.rate.tip"));
            batch.getValueFactory().setValue(c.batchSize());
            batch.setEditable(true);
            batch.setPrefWidth(90);
            Tips.install(batch, Messages.get("compare.batch.tip"));
            Button remove = new Button("×");
            remove.getStyleClass().add("flat");
            remove.setOnAction(e -> {
                if (choiceRows.size() > 2) {
                    choiceRows.remove(this);
                    choicesBox.getChildren().remove(node);
                }
            });
            Rectangle key = new Rectangle(12, 12);
            node.getChildren().setAll(key, optimizer, rate, batch, remove);
            node.setAlignment(Pos.CENTER_LEFT);
        }

        CompareViewModel.RunChoice choice() {
            double lr;
            try {
                lr = Double.parseDouble(rate.getText().trim());
            } catch (NumberFormatException e) {
                lr = 0.01;
                rate.setText("0.01");
            }
            return new CompareViewModel.RunChoice(optimizer.getValue(), lr, batch.getValue(), null);
        }
    }

    private void addChoiceRow(CompareViewModel.RunChoice c) {
        if (choiceRows.size() >= Comparison.MAX_RUNS) {
            return;
        }
        ChoiceRow r = new ChoiceRow(c);
        ((Rectangle) r.node.getChildren().get(0)).setFill(javafx.scene.paint.Color.web(
                String.format("#%06X", COLOURS[choiceRows.size()] & 0xFFFFFF)));
        choiceRows.add(r);
        choicesBox.getChildren().add(r.node);
    }

    /** New runs: one legend entry and one readout row per run. */
    private void rebuild() {
        chart.setNotify(false);
        data.removeAllSeries();
        runsGrid.getChildren().clear();
        readouts.clear();
        List<Comparison.RunSnapshot> runs = model.runsProperty().get();
        String[] heads = {"", Messages.get("compare.col.run"), Messages.get("compare.col.epoch"),
                Messages.get("compare.col.train"), Messages.get("compare.col.test")};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(heads[c]);
            h.getStyleClass().add("muted");
            runsGrid.add(h, c, 0);
        }
        for (int i = 0; i < runs.size(); i++) {
            Comparison.RunSnapshot r = runs.get(i);
            Color colour = new Color(COLOURS[i % COLOURS.length], true);
            data.addSeries(new XYSeries(r.label() + " · " + Messages.get("compare.train"), false, true));
            data.addSeries(new XYSeries(r.label() + " · " + Messages.get("compare.test"), false, true));
            renderer.setSeriesPaint(2 * i, colour);
            renderer.setSeriesPaint(2 * i + 1, colour);
            renderer.setSeriesStroke(2 * i, new BasicStroke(2.5f));
            renderer.setSeriesStroke(2 * i + 1, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND,
                    1f, new float[] {6f, 5f}, 0f));
            int run = i;
            CheckBox paused = new CheckBox();
            paused.setId("compare-pause-" + i);
            paused.setSelected(r.paused());
            paused.selectedProperty().addListener((o, a, b) -> model.setPaused(run, b));
            Tips.install(paused, Messages.get("compare.pauserun.tip"));
            Rectangle key = new Rectangle(14, 14, javafx.scene.paint.Color.web(
                    String.format("#%06X", COLOURS[i % COLOURS.length] & 0xFFFFFF)));
            Label name = new Label(r.label());
            name.setWrapText(true);
            name.setMaxWidth(200);
            Label epoch = new Label();
            Label train = new Label();
            Label test = new Label();
            readouts.add(new Label[] {epoch, train, test, name});
            HBox lead = new HBox(4, paused, key);
            lead.setAlignment(Pos.CENTER_LEFT);
            runsGrid.addRow(i + 1, lead, name, epoch, train, test);
        }
        chart.setNotify(true);
        dirty = true;
        draw();
    }

    /** Once a frame: takes the newest curves, redraws at most four times a second. */
    public void frame(long now) {
        model.tick(now);
        model.poll();
        if (dirty && redraws.take(now, true)) {
            draw();
        }
    }

    private void draw() {
        dirty = false;
        List<Comparison.RunSnapshot> runs = model.runsProperty().get();
        if (data.getSeriesCount() != 2 * runs.size() || readouts.size() != runs.size()) {
            return;
        }
        chart.setNotify(false);
        for (int i = 0; i < runs.size(); i++) {
            Comparison.RunSnapshot r = runs.get(i);
            RunCurve c = r.curve();
            fill(data.getSeries(2 * i), c.evalEpochs(), c.trainLosses());
            fill(data.getSeries(2 * i + 1), c.evalEpochs(), c.testLosses());
            Label[] l = readouts.get(i);
            l[0].setText(Integer.toString(r.epoch()));
            l[1].setText(show(c.lastTrainLoss()));
            l[2].setText(show(c.lastTestLoss()));
            l[3].setText(r.diverged() ? r.label() + " — " + Messages.get("compare.diverged") : r.label());
        }
        chart.setNotify(true);
    }

    private static String show(double v) {
        return Double.isFinite(v) ? LOSS.format(v) : "—";
    }

    /** Refills {@code s}: an evaluation per advance, a few hundred points at most. */
    private static void fill(XYSeries s, double[] x, double[] y) {
        s.clear();
        for (int k = 0; k < x.length; k++) {
            if (Double.isFinite(y[k])) {
                s.add(x[k], y[k], false);
            }
        }
        s.fireSeriesChanged();
    }

    /** The chart node, for Save image. */
    public Region chartNode() {
        return (Region) getCenter();
    }

    /** Lines in the chart, for tests. */
    public int seriesCount() {
        return data.getSeriesCount();
    }
}
