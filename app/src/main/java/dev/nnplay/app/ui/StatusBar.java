package dev.nnplay.app.ui;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.Tips;

import dev.nnplay.engine.train.Snapshot;
import java.util.Locale;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * The bottom line: what the last change did (training started over, Undo went back), the kernels in
 * use, the pace training really goes at (steps per second of the wall clock, true in slow motion too),
 * the losses and the metric; a figure that does not exist (no test part) reads "—", never NaN.
 */
final class StatusBar extends HBox {
    /** How much of the pace a new snapshot moves: smooths the jitter of the snapshot rate. */
    private static final double SMOOTHING = 0.3;

    private final Label kernels = new Label();
    private final Label speed = new Label();
    private final Label figures = new Label();
    private final Label notice = new Label();
    private long lastStep = -1;
    private long lastNanos;
    private double pace;

    StatusBar(String kernelsName, ObservableStringValue noticeText) {
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(18);
        kernels.setText(Messages.format("status.kernels", kernelsName));
        Tips.install(kernels, Messages.get("status.kernels.tip"));
        speed.setId("samples-per-second");
        figures.setId("figures");
        notice.setId("status-notice");
        notice.getStyleClass().add("status-notice");
        notice.textProperty().bind(noticeText);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.setMinWidth(0);
        HBox.setHgrow(notice, Priority.ALWAYS);
        Tips.install(speed, Messages.get("status.pace.tip"));
        figures.setMinWidth(USE_PREF_SIZE);
        speed.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(figures, speed, notice, kernels);
        setMinWidth(0);
    }

    void update(Snapshot s) {
        long now = System.nanoTime();
        boolean playing = s.samplesPerSecond() > 0;
        if (!playing) {
            pace = 0;
        } else if (lastStep >= 0 && s.step() >= lastStep && now > lastNanos) {
            double p = (s.step() - lastStep) * 1e9 / (now - lastNanos);
            pace = pace == 0 ? p : pace + SMOOTHING * (p - pace);
        }
        lastStep = s.step();
        lastNanos = now;
        speed.setText(pace > 0 ? Messages.format("status.pace", human(pace)) : Messages.get("status.pace.idle"));
        String metric = Messages.get("status." + s.task().metric());
        figures.setText(Messages.format("status.figures.known", figure(s.trainLoss(), 4), figure(s.testLoss(), 4), metric,
                figure(s.testMetric(), 3)));
    }

    /** {@code v} with {@code digits} decimals, or "—" when it does not exist. */
    static String figure(double v, int digits) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + digits + "f", v) : "—";
    }

    static String human(double v) {
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.2f M", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.1f k", v / 1e3);
        }
        return String.format(Locale.ROOT, v < 10 ? "%.1f" : "%.0f", v);
    }
}
