package dev.nnplay.app.ui.training;

import dev.nnplay.app.ui.common.Converters;
import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.Tips;
import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Init;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.optim.Regularization;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The top bar: reset, play or pause, one batch, one epoch, the epoch counter and the speed; then the
 * hyperparameters: learning rate, problem type, loss, optimizer and its settings, penalty, initializer.
 */
public final class TrainingBar extends HBox {
    /** TensorFlow Playground's learning rates, plus a few between. */
    static final List<Double> RATES = List.of(0.00001, 0.0001, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0);
    static final List<Double> PENALTIES = List.of(0.0, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0, 3.0, 10.0);
    /** Speed stops: steps per second; the last is full speed. */
    static final double[] SPEEDS = {1, 3, 10, 30, 100, 300, 1000, 0};
    /**
     * The stop the window opens at: 300 steps a second, about a dozen epochs a second on the built-in
     * sets (TensorFlow Playground trains an epoch per frame), so a class sees the boundary form.
     */
    static final int DEFAULT_SPEED = 5;

    private final TrainingViewModel vm;
    private final Label epoch = new Label();
    private final Label steps = new Label();
    private ToggleButton fold;

    public TrainingBar(TrainingViewModel vm, Runnable toggleTheme) {
        this.vm = vm;
        getStyleClass().add("training-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);

        Button reset = icon(FontIcon.of(MaterialDesignR.RESTART), "reset", "train.reset.tip");
        reset.setOnAction(e -> vm.reset());
        FontIcon playIcon = FontIcon.of(MaterialDesignP.PLAY);
        Button play = icon(playIcon, "play", "train.play.tip");
        play.getStyleClass().addAll("accent", "play-button");
        play.setOnAction(e -> vm.togglePlay());
        vm.playingProperty().addListener((o, a, b) -> playIcon.setIconCode(b ? MaterialDesignP.PAUSE : MaterialDesignP.PLAY));
        Button batch = icon(FontIcon.of(MaterialDesignS.SKIP_NEXT), "step-batch", "train.batch.tip");
        batch.setOnAction(e -> vm.stepBatch());
        Button ep = icon(FontIcon.of(MaterialDesignS.SKIP_FORWARD), "step-epoch", "train.epoch.tip");
        ep.setOnAction(e -> vm.stepEpoch());

        epoch.setId("epoch");
        epoch.getStyleClass().add("epoch-counter");
        steps.setId("steps");
        steps.getStyleClass().add("step-counter");
        vm.snapshotProperty().addListener((o, a, s) -> showCounter(s.epoch(), s.step()));
        showCounter(vm.snapshotProperty().get().epoch(), vm.snapshotProperty().get().step());
        Label epochCaption = new Label(Messages.get("train.epoch.caption"));
        epochCaption.getStyleClass().add("field-label");
        VBox counter = new VBox(0, epochCaption, epoch, steps);
        counter.setId("counter");
        counter.getStyleClass().add("counter");
        // the stylesheet makes it wide enough for seven digits, so the bar does not shift as the count grows
        counter.setMinWidth(Region.USE_PREF_SIZE);
        Tips.install(counter, Messages.get("train.epoch.counter.tip"));

        Slider speed = new Slider(0, SPEEDS.length - 1, DEFAULT_SPEED);
        speed.setId("speed");
        speed.setMajorTickUnit(1);
        speed.setMinorTickCount(0);
        speed.setSnapToTicks(true);
        speed.setPrefWidth(90);
        Label speedLabel = new Label();
        speed.valueProperty().addListener((o, a, b) -> {
            double sps = SPEEDS[(int) Math.round(b.doubleValue())];
            vm.setStepsPerSecond(sps);
            speedLabel.setText(sps == 0 ? Messages.get("train.speed.full") : Messages.format("train.speed.sps", (int) sps));
        });
        vm.setStepsPerSecond(SPEEDS[DEFAULT_SPEED]);
        speedLabel.setText(Messages.format("train.speed.sps", (int) SPEEDS[DEFAULT_SPEED]));
        speedLabel.getStyleClass().add("speed-label");
        speedLabel.setMinWidth(60);
        Tips.install(speed, Messages.get("train.speed.tip"));

        ComboBox<Double> rate = new ComboBox<>(FXCollections.observableArrayList(RATES));
        rate.setId("learning-rate");
        rate.setEditable(true);
        rate.setConverter(Converters.of(TrainingBar::number, TrainingBar::parse));
        rate.setValue(vm.trainingProperty().get().optimizer().learningRate());
        rate.setOnAction(e -> {
            Double v = rate.getValue();
            if (v != null && v > 0 && v <= 100 && v != vm.trainingProperty().get().optimizer().learningRate()) {
                vm.setLearningRate(v);
            }
        });
        rate.setMinWidth(Region.USE_PREF_SIZE); // widths in em (the stylesheet), so they grow with the zoom

        ComboBox<Task> problem = new ComboBox<>(FXCollections.observableArrayList(Task.values()));
        problem.setId("problem");
        problem.setConverter(Converters.of(t -> Messages.get("train.problem." + t.id()), Task::byId));
        problem.setValue(vm.taskProperty().get());
        problem.setOnAction(e -> vm.setTask(problem.getValue()));

        ComboBox<Loss> loss = new ComboBox<>();
        loss.setId("loss");
        loss.setConverter(Converters.of(l -> Messages.get("loss." + l.id()), Loss::byId));
        loss.setOnAction(e -> {
            if (loss.getValue() != null && loss.getValue() != vm.trainingProperty().get().lossFunction()) {
                vm.setLoss(loss.getValue());
            }
        });

        ComboBox<String> optimizer = new ComboBox<>(FXCollections.observableArrayList(OptimizerSpec.TYPES));
        optimizer.setId("optimizer");
        optimizer.setConverter(Converters.of(t -> Messages.get("optimizer." + t), s -> s));
        optimizer.setValue(vm.trainingProperty().get().optimizer().type());
        optimizer.setOnAction(e -> {
            if (!optimizer.getValue().equals(vm.trainingProperty().get().optimizer().type())) {
                vm.setOptimizerType(optimizer.getValue());
            }
        });
        Button settings = icon(FontIcon.of(MaterialDesignC.COG), "optimizer-settings", "optimizer.settings.tip");
        settings.setOnAction(e -> showSettings(settings));

        ComboBox<String> reg = new ComboBox<>(FXCollections.observableArrayList(Regularization.TYPES));
        reg.setId("regularization");
        reg.setConverter(Converters.of(t -> Messages.get("reg." + t), s -> s));
        reg.setValue(vm.trainingProperty().get().regularization().type());
        ComboBox<Double> regRate = new ComboBox<>(FXCollections.observableArrayList(PENALTIES));
        regRate.setId("regularization-rate");
        regRate.setConverter(Converters.of(TrainingBar::number, TrainingBar::parse));
        regRate.setValue(vm.trainingProperty().get().regularization().rate());
        regRate.getStyleClass().add("reg-rate");
        boolean[] syncing = {false};
        Runnable applyReg = () -> {
            if (!syncing[0]) {
                vm.setRegularization(new Regularization(reg.getValue(), regRate.getValue()));
            }
        };
        reg.setOnAction(e -> applyReg.run());
        regRate.setOnAction(e -> applyReg.run());
        regRate.disableProperty().bind(reg.valueProperty().isEqualTo("none"));

        ComboBox<Init> init = new ComboBox<>(FXCollections.observableArrayList(Init.values()));
        init.setId("init");
        init.setConverter(Converters.of(i -> Messages.get("init." + i.id()), Init::byId));
        init.setValue(vm.initProperty().get());
        init.setOnAction(e -> {
            if (init.getValue() != vm.initProperty().get()) {
                vm.setInit(init.getValue());
            }
        });

        Button theme = icon(FontIcon.of(MaterialDesignT.THEME_LIGHT_DARK), "theme", "theme.tip");
        theme.setOnAction(e -> toggleTheme.run());

        Runnable sync = () -> {
            TrainingSpec t = vm.trainingProperty().get();
            problem.setValue(vm.taskProperty().get());
            loss.getItems().setAll(vm.losses());
            loss.setValue(t.lossFunction());
            optimizer.setValue(t.optimizer().type());
            init.setValue(vm.initProperty().get());
            // an opened project sets these from outside; the boxes follow without writing back
            syncing[0] = true;
            rate.setValue(t.optimizer().learningRate());
            reg.setValue(t.regularization().type());
            regRate.setValue(t.regularization().rate());
            syncing[0] = false;
        };
        vm.trainingProperty().addListener((o, a, b) -> sync.run());
        vm.taskProperty().addListener((o, a, b) -> sync.run());
        vm.initProperty().addListener((o, a, b) -> sync.run());
        sync.run();

        // the settings wrap onto a second row on a narrow screen; play controls and counter stay put
        FlowPane fields = new FlowPane(8, 4, field("train.rate", "train.rate.tip", rate),
                field("train.problem", "train.problem.tip", problem), field("train.loss", "train.loss.tip", loss),
                field("train.optimizer", "train.optimizer.tip", new HBox(2, optimizer, settings)),
                field("train.reg", "train.reg.tip", new HBox(2, reg, regRate)),
                field("train.init", "train.init.tip", init));
        Tips.install(regRate, Messages.get("train.reg.rate.tip"));
        regRate.setMinWidth(Region.USE_PREF_SIZE);
        reg.setMinWidth(Region.USE_PREF_SIZE);
        fields.setId("training-fields");
        fields.setAlignment(Pos.CENTER_LEFT);
        fields.setMinWidth(200);
        fields.setPrefWrapLength(900);
        HBox.setHgrow(fields, Priority.ALWAYS);
        VBox speedBox = new VBox(speed, speedLabel);
        speedBox.setMinWidth(Region.USE_PREF_SIZE);
        for (Node n : new Node[] {reset, play, batch, ep}) {
            ((Region) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        // the settings fold away (a short screen, a projector): the play controls stay
        ToggleButton fold = new ToggleButton(null, FontIcon.of(MaterialDesignC.CHEVRON_UP));
        fold.setId("fold-settings");
        fold.getStyleClass().addAll("button-icon", "flat");
        Tips.install(fold, Messages.get("train.fold.tip"));
        fields.visibleProperty().bind(fold.selectedProperty().not());
        fields.managedProperty().bind(fields.visibleProperty());
        fold.selectedProperty().addListener((o, a, b) -> ((FontIcon) fold.getGraphic()).setIconCode(
                b ? MaterialDesignC.CHEVRON_DOWN : MaterialDesignC.CHEVRON_UP));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        grow.managedProperty().bind(fold.selectedProperty());
        getChildren().addAll(reset, play, batch, ep, counter, speedBox, fields, grow, new VBox(2, theme, fold));
        this.fold = fold;
    }

    /** Folds the settings away (true) or shows them. */
    public void foldSettings(boolean folded) {
        fold.setSelected(folded);
    }

    private void showCounter(int e, long s) {
        epoch.setText(epochText(e));
        steps.setText(Messages.format("train.step.counter", stepText(s)));
    }

    /** The epoch count as digits alone: 2996864, never "2996,864". */
    static String epochText(int e) {
        return Integer.toString(e);
    }

    /** A step count, grouped by thousands with thin spaces so it reads at a glance: 1 234 567. */
    static String stepText(long s) {
        return String.format(Locale.ROOT, "%,d", s).replace(',', '\u2009');
    }

    /** A typed number, or null for text that is none (the box then keeps its value; nothing is thrown). */
    static Double parse(String s) {
        try {
            double v = Double.parseDouble(s.trim());
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static VBox field(String labelKey, String tipKey, Node control) {
        Label l = new Label(Messages.get(labelKey));
        l.getStyleClass().add("field-label");
        VBox box = new VBox(2, l, control);
        box.setMinWidth(Region.USE_PREF_SIZE);
        if (control instanceof Region r) {
            r.setMinWidth(Region.USE_PREF_SIZE);
        }
        Tips.install(control, Messages.get(tipKey));
        Tips.install(l, Messages.get(tipKey));
        return box;
    }

    private static Button icon(FontIcon icon, String id, String tipKey) {
        Button b = new Button(null, icon);
        b.setId(id);
        b.getStyleClass().add("button-icon");
        Tips.install(b, Messages.get(tipKey));
        return b;
    }

    private void showSettings(Node owner) {
        OptimizerSettings s = new OptimizerSettings(vm.trainingProperty().get().optimizer());
        PopOver pop = new PopOver(s.view(o -> vm.setOptimizer(o)));
        pop.setTitle(Messages.get("optimizer." + vm.trainingProperty().get().optimizer().type()));
        pop.setHeaderAlwaysVisible(true);
        pop.setDetachable(false);
        pop.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        pop.show(owner);
    }
}
