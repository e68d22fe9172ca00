package dev.nnplay.app.ui;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.Tips;

import dev.nnplay.engine.train.Snapshot;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The bottom line: kernels in use, training speed, losses and the metric. */
final class StatusBar extends HBox {
    private final Label kernels = new Label();
    private final Label speed = new Label();
    private final Label figures = new Label();

    StatusBar(String kernelsName) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(18);
        kernels.setText(Messages.format("status.kernels", kernelsName));
        Tips.install(kernels, Messages.get("status.kernels.tip"));
        speed.setId("samples-per-second");
        figures.setId("figures");
        Tips.install(speed, Messages.get("status.speed.tip"));
        getChildren().addAll(kernels, speed, figures);
    }

    void update(Snapshot s) {
        speed.setText(Messages.format("status.speed", human(s.samplesPerSecond())));
        String metric = Messages.get("status." + s.task().metric());
        figures.setText(String.format(Locale.ROOT, Messages.get("status.figures"), s.trainLoss(), s.testLoss(), metric,
                s.testMetric()));
    }

    static String human(double v) {
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.1f k", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
