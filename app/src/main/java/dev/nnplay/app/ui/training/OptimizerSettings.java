package dev.nnplay.app.ui.training;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.engine.optim.OptimizerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;

/**
 * The settings of one optimizer kind as a ControlsFX PropertySheet: only the ones that kind has, each
 * with its PyTorch default and a description. Apply builds a new {@link OptimizerSpec} (which resets
 * training, since the optimizer's state starts over).
 */
final class OptimizerSettings {
    private final OptimizerSpec spec;
    private final List<Setting> settings = new ArrayList<>();
    /** Whether weight decay (AdamW's, the L1/L2 penalty's) leaves the biases alone. */
    private boolean spareBiases;

    OptimizerSettings(OptimizerSpec spec) {
        this.spec = spec;
        this.spareBiases = spec.sparesBiases();
        switch (spec.type()) {
            case "momentum", "nesterov" -> settings.add(new Setting("momentum", or(spec.momentum(), 0.9)));
            case "adagrad" -> {
                settings.add(new Setting("lrDecay", or(spec.lrDecay(), 0)));
                settings.add(new Setting("eps", or(spec.eps(), 1e-10)));
            }
            case "rmsprop" -> {
                settings.add(new Setting("alpha", or(spec.alpha(), 0.99)));
                settings.add(new Setting("momentum", or(spec.momentum(), 0)));
                settings.add(new Setting("eps", or(spec.eps(), 1e-8)));
            }
            case "adam", "adamw" -> {
                settings.add(new Setting("beta1", or(spec.beta1(), 0.9)));
                settings.add(new Setting("beta2", or(spec.beta2(), 0.999)));
                settings.add(new Setting("eps", or(spec.eps(), 1e-8)));
                if (spec.type().equals("adamw")) {
                    settings.add(new Setting("weightDecay", or(spec.weightDecay(), 0.01)));
                }
            }
            default -> { }
        }
    }

    private static double or(Double v, double d) {
        return v != null ? v : d;
    }

    Node view(Consumer<OptimizerSpec> apply) {
        VBox box = new VBox(8);
        box.getStyleClass().add("optimizer-settings");
        CheckBox spare = new CheckBox(Messages.get("optimizer.spareBiases"));
        spare.setSelected(spareBiases);
        spare.setTooltip(new javafx.scene.control.Tooltip(Messages.get("optimizer.spareBiases.tip")));
        spare.selectedProperty().addListener((o, a, b) -> spareBiases = b);
        if (settings.isEmpty()) {
            box.getChildren().addAll(new Label(Messages.get("optimizer.nosettings")), spare, applyButton(apply));
            return box;
        }
        PropertySheet sheet = new PropertySheet();
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.getItems().setAll(settings);
        sheet.setPrefWidth(320);
        box.getChildren().addAll(sheet, spare, applyButton(apply));
        return box;
    }

    private Node applyButton(Consumer<OptimizerSpec> apply) {
        Button ok = new Button(Messages.get("optimizer.apply"));
        ok.getStyleClass().add("accent");
        Label error = new Label();
        error.getStyleClass().add("danger");
        ok.setOnAction(e -> {
            try {
                apply.accept(build());
                error.setText("");
            } catch (IllegalArgumentException ex) {
                error.setText(ex.getMessage());
            }
        });
        return new VBox(8, ok, error);
    }

    OptimizerSpec build() {
        Double momentum = get("momentum");
        return new OptimizerSpec(spec.type(), spec.learningRate(), momentum, get("beta1"), get("beta2"), get("eps"),
                get("alpha"), get("weightDecay"), get("lrDecay"), spec.centered()).withSpareBiases(spareBiases);
    }

    private Double get(String name) {
        return settings.stream().filter(s -> s.name.equals(name)).findFirst().map(s -> s.value).orElse(null);
    }

    /** One editable number. */
    private static final class Setting implements PropertySheet.Item {
        private final String name;
        private double value;

        Setting(String name, double value) {
            this.name = name;
            this.value = value;
        }

        @Override
        public Class<?> getType() {
            return Double.class;
        }

        @Override
        public String getCategory() {
            return "";
        }

        @Override
        public String getName() {
            return Messages.get("optimizer.setting." + name);
        }

        @Override
        public String getDescription() {
            return Messages.get("optimizer.setting." + name + ".tip");
        }

        @Override
        public Object getValue() {
            return value;
        }

        @Override
        public void setValue(Object v) {
            value = ((Number) v).doubleValue();
        }

        @Override
        public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.empty();
        }
    }
}
