package dev.nnplay.app.ui.lab;

import dev.nnplay.app.ui.common.Converters;
import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.Tips;
import dev.nnplay.engine.lab.WorksheetText;
import dev.nnplay.engine.lab.Worksheet;
import dev.nnplay.engine.optim.OptimizerSpec;
import java.util.List;
import javafx.animation.AnimationTimer;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The descent lab's window: on the left the surface and the optimizers with their learning rates and
 * the play controls; in the middle the map; on the right the loss of each path, the focused path's
 * next update in numbers, and one real step of the playground's network in numbers.
 */
public final class LabView extends BorderPane {
    /** Learning rates offered; any other can be typed. */
    static final List<Double> RATES = List.of(0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 0.45, 0.5, 1.0, 3.0);

    private final LabViewModel vm;
    private final SurfaceCanvas map;
    private final AnimationTimer timer;

    public LabView(LabViewModel vm) {
        this.vm = vm;
        getStyleClass().add("lab");
        map = new SurfaceCanvas(vm);
        setLeft(scroll(controls()));
        setCenter(map);
        BorderPane.setMargin(map, new Insets(8));
        setRight(scroll(readouts()));
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.tick(now);
            }
        };
    }

    private static ScrollPane scroll(Node n) {
        ScrollPane s = new ScrollPane(n);
        s.setFitToWidth(true);
        s.getStyleClass().add("edge-to-edge");
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return s;
    }

    private VBox controls() {
        Label title = new Label(Messages.get("lab.title"));
        title.getStyleClass().add("panel-title");
        ComboBox<String> surface = new ComboBox<>(FXCollections.observableArrayList(LabViewModel.SURFACES));
        surface.setId("lab-surface");
        surface.setConverter(Converters.of(id -> Messages.get("lab.surface.name." + id), s -> s));
        surface.valueProperty().bindBidirectional(vm.surfaceIdProperty());
        surface.setMaxWidth(Double.MAX_VALUE);
        Tips.install(surface, Messages.get("lab.surface.tip"));
        Label about = new Label();
        about.setWrapText(true);
        about.getStyleClass().add("lab-about");
        Label formula = new Label();
        formula.getStyleClass().add("lab-formula");
        formula.setWrapText(true);
        Runnable describe = () -> {
            var m = vm.mapProperty().get();
            String id = vm.surfaceIdProperty().get();
            about.setText(Messages.get("lab.surface." + id));
            formula.setText(m == null ? "" : m.surface().formula());
            formula.setVisible(!formula.getText().isEmpty());
            formula.setManaged(formula.isVisible());
        };
        vm.mapProperty().addListener((o, a, b) -> describe.run());
        vm.surfaceIdProperty().addListener((o, a, b) -> describe.run());
        describe.run();

        VBox slice = sliceControls();
        slice.visibleProperty().bind(vm.surfaceIdProperty().isEqualTo("slice"));
        slice.managedProperty().bind(slice.visibleProperty());

        Label optTitle = new Label(Messages.get("lab.optimizers"));
        optTitle.getStyleClass().add("field-label");
        VBox lanes = new VBox(4);
        for (LabViewModel.Lane l : vm.lanes()) {
            lanes.getChildren().add(lane(l));
        }
        ComboBox<Double> all = rateBox();
        all.setId("lab-rate-all");
        all.setPromptText("—");
        all.setOnAction(e -> {
            if (all.getValue() != null && all.getValue() > 0) {
                vm.setAllRates(all.getValue());
            }
        });
        Tips.install(all, Messages.get("lab.rate.all.tip"));
        HBox allRow = new HBox(6, new Label(Messages.get("lab.rate.all")), all);
        allRow.setAlignment(Pos.CENTER_LEFT);

        Button play = new Button(null, FontIcon.of(MaterialDesignP.PLAY));
        play.setId("lab-play");
        play.getStyleClass().addAll("accent", "button-icon");
        play.setOnAction(e -> vm.playingProperty().set(!vm.playingProperty().get()));
        vm.playingProperty().addListener((o, a, b) ->
                ((FontIcon) play.getGraphic()).setIconCode(b ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
        Tips.install(play, Messages.get("lab.play.tip"));
        Button step = new Button(null, FontIcon.of(MaterialDesignS.SKIP_NEXT));
        step.setId("lab-step");
        step.getStyleClass().add("button-icon");
        step.setOnAction(e -> {
            vm.playingProperty().set(false);
            vm.step();
        });
        Tips.install(step, Messages.get("lab.step.tip"));
        Button reset = new Button(null, FontIcon.of(MaterialDesignR.RESTART));
        reset.setId("lab-reset");
        reset.getStyleClass().add("button-icon");
        reset.setOnAction(e -> vm.reset());
        Tips.install(reset, Messages.get("lab.reset.tip"));
        Slider speed = new Slider(1, 30, vm.speedProperty().get());
        speed.valueProperty().bindBidirectional(vm.speedProperty());
        Tips.install(speed, Messages.get("lab.speed.tip"));
        Label speedLabel = new Label();
        speedLabel.textProperty().bind(speed.valueProperty().asString(Messages.get("lab.speed")));
        HBox buttons = new HBox(6, reset, play, step);
        buttons.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label(Messages.get("lab.start.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("lab-hint");

        VBox box = new VBox(8, title, surface, about, formula, slice, optTitle, lanes, allRow, buttons, speedLabel,
                speed, hint);
        box.getStyleClass().addAll("panel", "lab-controls");
        box.setPrefWidth(300);
        return box;
    }

    private VBox sliceControls() {
        ComboBox<LabViewModel.Scalar> a = new ComboBox<>(vm.scalars());
        a.setId("lab-slice-a");
        a.valueProperty().bindBidirectional(vm.sliceAProperty());
        ComboBox<LabViewModel.Scalar> b = new ComboBox<>(vm.scalars());
        b.setId("lab-slice-b");
        b.valueProperty().bindBidirectional(vm.sliceBProperty());
        for (ComboBox<?> c : List.of(a, b)) {
            c.setMaxWidth(Double.MAX_VALUE);
            c.setVisibleRowCount(16);
        }
        Tips.install(a, Messages.get("lab.slice.a.tip"));
        Tips.install(b, Messages.get("lab.slice.b.tip"));
        Button draw = new Button(Messages.get("lab.slice.draw"));
        draw.setId("lab-slice-draw");
        draw.setOnAction(e -> vm.refreshScalars().thenRun(vm::computeSlice));
        Tips.install(draw, Messages.get("lab.slice.draw.tip"));
        Label status = new Label();
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        status.getStyleClass().add("lab-hint");
        return new VBox(6, new Label(Messages.get("lab.slice.a")), a, new Label(Messages.get("lab.slice.b")), b, draw,
                status);
    }

    private HBox lane(LabViewModel.Lane l) {
        Rectangle key = new Rectangle(18, 6, SurfaceCanvas.colour(l.optimizer()));
        key.setStroke(javafx.scene.paint.Color.rgb(0, 0, 0, 0.6));
        CheckBox on = new CheckBox(Messages.get("optimizer." + l.optimizer()));
        on.setGraphic(key);
        on.setId("lab-opt-" + l.optimizer());
        on.selectedProperty().bindBidirectional(l.enabledProperty());
        Tips.install(on, Messages.get("lab.opt." + l.optimizer() + ".tip"));
        ComboBox<Double> rate = rateBox();
        rate.setId("lab-rate-" + l.optimizer());
        rate.setValue(l.rateProperty().get());
        l.rateProperty().addListener((o, a, b) -> rate.setValue(b.doubleValue()));
        rate.setOnAction(e -> {
            if (rate.getValue() != null && rate.getValue() > 0 && rate.getValue() != l.rateProperty().get()) {
                l.rateProperty().set(rate.getValue());
            }
        });
        Tips.install(rate, Messages.get("lab.rate.tip"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox row = new HBox(6, on, grow, rate);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static ComboBox<Double> rateBox() {
        ComboBox<Double> c = new ComboBox<>(FXCollections.observableArrayList(RATES));
        c.setEditable(true);
        c.setConverter(Converters.of(SurfaceCanvas::number, t -> {
            try {
                return Double.parseDouble(t.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }));
        c.setPrefWidth(92);
        return c;
    }

    private VBox readouts() {
        Label lossTitle = new Label(Messages.get("lab.loss.title"));
        lossTitle.getStyleClass().add("panel-title");
        LossStrip strip = new LossStrip(vm, 360, 150);
        Tips.install(strip, Messages.get("lab.loss.tip"));

        Label sheetTitle = new Label(Messages.get("lab.sheet.panel"));
        sheetTitle.getStyleClass().add("panel-title");
        ComboBox<String> focus = new ComboBox<>(FXCollections.observableArrayList(OptimizerSpec.TYPES));
        focus.setId("lab-focus");
        focus.setConverter(Converters.of(t -> Messages.get("optimizer." + t), s -> s));
        focus.valueProperty().bindBidirectional(vm.focusProperty());
        Tips.install(focus, Messages.get("lab.focus.tip"));
        TextArea sheet = worksheetArea("lab-sheet");
        Runnable showSheet = () -> sheet.setText(text(vm.sheetProperty().get(), "lab.sheet.none"));
        vm.sheetProperty().addListener((o, a, b) -> showSheet.run());
        showSheet.run();

        Label netTitle = new Label(Messages.get("lab.network.title"));
        netTitle.getStyleClass().add("panel-title");
        Label netAbout = new Label(Messages.get("lab.network.about"));
        netAbout.setWrapText(true);
        netAbout.getStyleClass().add("lab-hint");
        Button stepNet = new Button(Messages.get("lab.network.step"), FontIcon.of(MaterialDesignS.SKIP_NEXT));
        stepNet.setId("lab-network-step");
        stepNet.setOnAction(e -> vm.stepNetwork());
        Tips.install(stepNet, Messages.get("lab.network.step.tip"));
        TextArea net = worksheetArea("lab-network-sheet");
        vm.networkSheetProperty().addListener((o, a, b) -> net.setText(b == null ? "" : text(b, "lab.sheet.none")));
        net.setPromptText(Messages.get("lab.network.none"));

        VBox box = new VBox(8, lossTitle, strip, sheetTitle, new HBox(6, new Label(Messages.get("lab.focus")), focus),
                sheet, netTitle, netAbout, stepNet, net);
        box.getStyleClass().addAll("panel", "lab-readouts");
        box.setPrefWidth(420);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        return box;
    }

    private static TextArea worksheetArea(String id) {
        TextArea t = new TextArea();
        t.setId(id);
        t.setEditable(false);
        t.getStyleClass().add("worksheet");
        t.setPrefRowCount(16);
        t.setWrapText(false);
        return t;
    }

    private static String text(Worksheet w, String noneKey) {
        return w == null ? Messages.get(noneKey) : WorksheetText.render(w, Messages.locale());
    }

    /** The map, for a PNG of it. */
    public Node mapNode() {
        return map;
    }

    /** Starts stepping while playing. */
    public void start() {
        timer.start();
    }

    public void stop() {
        timer.stop();
    }
}
