package dev.nnplay.app.ui;

import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.train.Snapshot;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: kernels in use, training speed, losses, the metric and the frame time. */
final class StatusBar extends HBox {
    private final Label kernels = new Label();
    private final Label speed = new Label();
    private final Label figures = new Label();
    private final Label frame = new Label();

    StatusBar(PlaygroundViewModel vm) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(18);
        kernels.setText(Messages.format("status.kernels", vm.kernels().name()));
        Tips.install(kernels, Messages.get("status.kernels.tip"));
        speed.setId("samples-per-second");
        figures.setId("figures");
        Tips.install(speed, Messages.get("status.speed.tip"));
        Tips.install(frame, Messages.get("status.frame.tip"));
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        getChildren().addAll(kernels, speed, figures, grow, frame);
    }

    void update(Snapshot s) {
        speed.setText(Messages.format("status.speed", human(s.samplesPerSecond())));
        String metric = s.task() == Task.CLASSIFY ? Messages.get("status.accuracy") : Messages.get("status.r2");
        figures.setText(String.format(Locale.ROOT, Messages.get("status.figures"), s.trainLoss(), s.testLoss(), metric,
                s.testMetric()));
    }

    void frame(FrameStats f) {
        if (f.count() == 0) {
            return;
        }
        frame.setText(String.format(Locale.ROOT, Messages.get("status.frame"), f.workMillis(50), f.workMillis(99)));
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
