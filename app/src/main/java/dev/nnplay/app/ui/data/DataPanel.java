package dev.nnplay.app.ui.data;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.Tips;
import dev.nnplay.app.ui.common.Palette;
import dev.nnplay.app.ui.training.TrainingViewModel;
import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.Task;
import java.io.File;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The data column: the built-in sets as clickable thumbnails, then noise, the test share, the batch
 * size, regenerate, open a CSV file, and draw mode.
 */
public final class DataPanel extends VBox {
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final double THUMB = 52;

    private final DataViewModel vm;
    private final TrainingViewModel training;
    private final FlowPane sets = new FlowPane(6, 6);
    /** Which data is loaded (a CSV file's name, the built-in set, a drawing) and its rows. */
    private final Label summary = new Label();

    public DataPanel(DataViewModel vm, TrainingViewModel training) {
        this.vm = vm;
        this.training = training;
        getStyleClass().addAll("panel", "data-panel");
        setSpacing(8);
        Label title = new Label(Messages.get("data.title"));
        title.getStyleClass().add("panel-title");
        sets.setPrefWrapLength(3 * THUMB + 12);

        Slider ratio = slider(10, 90, 100 * (1 - vm.dataProperty().get().testRatio()), "data.ratio.tip");
        ratio.setId("train-ratio");
        Label ratioLabel = new Label();
        ratioLabel.textProperty().bind(ratio.valueProperty().asString(Messages.get("data.ratio")));
        ratio.valueChangingProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.setTestRatio(1 - ratio.getValue() / 100);
            }
        });

        var gen = vm.dataProperty().get().generator();
        Slider noise = slider(0, 50, gen == null ? 0 : Math.round(gen.noise() * 50), "data.noise.tip");
        noise.setId("noise");
        Label noiseLabel = new Label();
        noiseLabel.textProperty().bind(noise.valueProperty().asString(Messages.get("data.noise")));
        noise.valueChangingProperty().addListener((o, was, is) -> {
            if (!is) {
                vm.setNoise(noise.getValue() / 50);
            }
        });

        Slider batch = slider(1, 30, training.trainingProperty().get().batchSize(), "data.batch.tip");
        batch.setId("batch-size");
        Label batchLabel = new Label();
        batchLabel.textProperty().bind(batch.valueProperty().asString(Messages.get("data.batch")));
        boolean[] following = {false};
        batch.valueProperty().addListener((o, a, b) -> {
            if (!following[0] && b.intValue() != training.trainingProperty().get().batchSize()) {
                training.setBatchSize(b.intValue());
            }
        });

        // an opened project sets these from outside; the sliders follow without writing back
        Runnable follow = () -> {
            following[0] = true;
            DataSpec d = vm.dataProperty().get();
            ratio.setValue(100 * (1 - d.testRatio()));
            if (d.generator() != null) {
                noise.setValue(Math.round(d.generator().noise() * 50));
            }
            batch.setValue(training.trainingProperty().get().batchSize());
            following[0] = false;
        };
        vm.dataProperty().addListener((o, a, b) -> follow.run());
        training.trainingProperty().addListener((o, a, b) -> follow.run());

        Button regenerate = new Button(Messages.get("data.regenerate"), FontIcon.of(MaterialDesignR.REFRESH));
        regenerate.setId("regenerate");
        regenerate.setOnAction(e -> vm.regenerate());
        Tips.install(regenerate, Messages.get("data.regenerate.tip"));

        Button csv = new Button(Messages.get("data.csv"), FontIcon.of(MaterialDesignF.FOLDER_OPEN));
        csv.setOnAction(e -> openCsv());
        Tips.install(csv, Messages.get("data.csv.tip"));

        ToggleButton draw = new ToggleButton(Messages.get("data.draw"), FontIcon.of(MaterialDesignP.PENCIL));
        draw.setId("draw-mode");
        draw.selectedProperty().bindBidirectional(vm.drawModeProperty());
        Tips.install(draw, Messages.get("data.draw.tip"));
        ToggleButton drawBlue = new ToggleButton();
        drawBlue.setId("draw-class");
        drawBlue.getStyleClass().add("draw-positive");
        drawBlue.setSelected(vm.drawTargetProperty().get() > 0);
        drawBlue.selectedProperty().addListener((o, a, b) -> vm.drawTargetProperty().set(b ? 1 : 0));
        // names the class (or value) the next click adds, in its colour's words
        Runnable nameClass = () -> {
            String name = vm.drawClassName();
            String colour = Messages.get(vm.drawTargetProperty().get() > 0 ? "data.draw.blue" : "data.draw.orange");
            drawBlue.setText(name == null ? Messages.format("data.draw.value", colour,
                    vm.drawTargetProperty().get() > 0 ? "+1" : "0") : Messages.format("data.draw.class", colour, name));
        };
        vm.drawTargetProperty().addListener((o, a, b) -> nameClass.run());
        vm.preparedProperty().addListener((o, a, b) -> nameClass.run());
        nameClass.run();
        Button empty = new Button(Messages.get("data.draw.empty"), FontIcon.of(MaterialDesignE.ERASER));
        empty.setId("draw-empty");
        empty.setOnAction(e -> vm.startEmptyCanvas());
        empty.disableProperty().bind(draw.disableProperty());
        empty.setMaxWidth(Double.MAX_VALUE);
        Tips.install(empty, Messages.get("data.draw.empty.tip"));
        summary.setId("data-summary");
        summary.getStyleClass().add("data-summary");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        vm.preparedProperty().addListener((o, a, b) -> summarize());
        vm.pendingDrawingProperty().addListener((o, a, b) -> summarize());
        summarize();
        drawBlue.disableProperty().bind(draw.selectedProperty().not());
        Tips.install(drawBlue, Messages.get("data.draw.positive.tip"));
        // points are drawn on the plane, which only data with two inputs has
        draw.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.preparedProperty().get().raw().inputs() != 2, vm.preparedProperty()));
        draw.disabledProperty().addListener((o, a, b) -> {
            if (b) {
                draw.setSelected(false);
            }
        });
        FlowPane drawRow = new FlowPane(4, 4, draw, drawBlue);
        drawRow.setAlignment(Pos.CENTER_LEFT);

        regenerate.setMaxWidth(Double.MAX_VALUE);
        csv.setMaxWidth(Double.MAX_VALUE);
        getChildren().addAll(title, sets, summary, ratioLabel, ratio, noiseLabel, noise, batchLabel, batch, regenerate,
                csv, drawRow, empty);
        vm.preparedProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    private static Slider slider(double min, double max, double value, String tipKey) {
        Slider s = new Slider(min, max, value);
        s.setBlockIncrement(1);
        s.setMajorTickUnit(1);
        s.setMinorTickCount(0);
        s.setSnapToTicks(true);
        Tips.install(s, Messages.get(tipKey));
        return s;
    }

    private void summarize() {
        DataSpec d = vm.dataProperty().get();
        var p = vm.preparedProperty().get();
        String what = switch (d.source()) {
            case "csv" -> java.nio.file.Path.of(d.csv().path()).getFileName().toString();
            case "generator" -> Messages.get("data.set." + d.generator().name()).split("[:：]")[0];
            default -> Messages.get("data.summary.drawing");
        };
        if (vm.pendingDrawingProperty().get() != null) {
            summary.setText(Messages.format("data.summary.empty", vm.pendingDrawingProperty().get().size()));
        } else {
            summary.setText(Messages.format("data.summary", what, p.train().size(), p.test().size()));
        }
        Tips.install(summary, d.csv() != null ? d.csv().path() : summary.getText());
    }

    /** Rebuilds the thumbnails for the data's task and marks the chosen one. */
    private void refresh() {
        Task task = vm.preparedProperty().get().raw().task();
        DataSpec d = vm.dataProperty().get();
        String current = d.generator() != null ? d.generator().name() : null;
        sets.getChildren().clear();
        for (DataSets.Entry e : vm.sets(task)) {
            Canvas c = new Canvas(THUMB, THUMB);
            paint(c.getGraphicsContext2D(), e.sample());
            VBox cell = new VBox(c);
            cell.getStyleClass().add("dataset");
            cell.setId("dataset-" + e.name());
            cell.pseudoClassStateChanged(SELECTED, e.name().equals(current));
            cell.setOnMouseClicked(ev -> vm.setGenerator(e.name()));
            Tips.install(cell, Messages.format("data.set.tip", Messages.get("data.set." + e.name())));
            sets.getChildren().add(cell);
        }
    }

    /** The sample's points on the playground plane. */
    static void paint(GraphicsContext g, Dataset d) {
        g.setFill(Palette.fx(Palette.THUMB_BACKGROUND));
        g.fillRect(0, 0, THUMB, THUMB);
        double range = 1e-6;
        for (int i = 0; i < d.y().numRows; i++) {
            range = Math.max(range, Math.abs(d.y().data[i * d.y().numCols]));
        }
        for (int i = 0; i < d.size(); i++) {
            double x = d.inputs() == 2 ? d.x().data[2 * i] : d.x().data[i * d.inputs()];
            double y = d.inputs() == 2 ? d.x().data[2 * i + 1] : d.y().data[i * d.y().numCols] * 6 / range;
            float t = d.y().data[i * d.y().numCols];
            int c = d.task() == Task.CLASSIFY ? Palette.classColor((int) t) : Palette.diverging(t / range);
            g.setFill(Color.rgb((c >> 16) & 255, (c >> 8) & 255, c & 255));
            g.fillOval((x + 6) / 12 * THUMB - 1.5, (6 - y) / 12 * THUMB - 1.5, 3, 3);
        }
    }

    private void openCsv() {
        FileChooser fc = new FileChooser();
        fc.setTitle(Messages.get("data.csv"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.txt", "*.tsv"));
        File f = fc.showOpenDialog(getScene().getWindow());
        if (f != null) {
            vm.importCsv(f.toPath());
        }
    }
}
