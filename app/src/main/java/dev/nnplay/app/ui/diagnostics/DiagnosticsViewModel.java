package dev.nnplay.app.ui.diagnostics;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.engine.inspect.FiguresHistory;
import dev.nnplay.engine.inspect.LayerFigures;
import dev.nnplay.engine.inspect.NetworkFigures;
import dev.nnplay.engine.train.Snapshot;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;

/**
 * The diagnostics panel's state: whether it is open (the switch the training session reads), and the
 * figures of every snapshot it was given, kept over training time. Fed plain snapshots; knows no Node
 * and no other view model. Used on the FX thread, except {@link #wanted()}, which the training thread
 * reads.
 */
public final class DiagnosticsViewModel {
    /** Measurements kept for the strips over time. */
    public static final int HISTORY = 240;

    /** Whether the panel is open; read by the training thread through {@link #wanted()}. */
    private volatile boolean open;
    /** The figures over time. */
    private final FiguresHistory history = new FiguresHistory(HISTORY);
    /** Counts changes of the history, for redrawing only when something is new. */
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");

    /**
     * The switch for {@code TrainingSession.setDiagnostics}: true while the panel is open, so that
     * training with it closed does no extra work.
     */
    public BooleanSupplier wanted() {
        return () -> open;
    }

    /** Opens or closes the panel (the session starts or stops measuring at its next snapshot). */
    public void setOpen(boolean open) {
        this.open = open;
    }

    /** Whether the panel is open. */
    public boolean isOpen() {
        return open;
    }

    /** Takes the figures of {@code s}; a snapshot without any (diagnostics off) changes nothing. */
    public void accept(Snapshot s) {
        if (s != null && history.add(s.figures())) {
            revision.set(revision.get() + 1);
        }
    }

    /** Forgets the history (training started over with another network). */
    public void clear() {
        history.clear();
        revision.set(revision.get() + 1);
    }

    /** Changes whenever the history does. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The figures over time. */
    public FiguresHistory history() {
        return history;
    }

    /** The newest figures, or null. */
    public NetworkFigures latest() {
        return history.latest();
    }

    /** A layer's name, such as {@code Layer 2 · relu · 8 units} or {@code Output · 1 unit}. */
    public static String layerTitle(LayerFigures f, int layers) {
        String name = f.index() == layers - 1 ? Messages.get("diag.layer.output")
                : Messages.format("diag.layer.hidden", f.index() + 1);
        return Messages.format("diag.layer.title", name, f.function().id(), f.units());
    }

    /** The sentence for a layer's verdict (what its figures say), with its figures filled in. */
    public static String sentence(LayerFigures f) {
        String key = "diag.verdict." + f.verdict().name().toLowerCase(Locale.ROOT);
        return Messages.format(key, percent(f.inactiveShare()), ratio(f.updateRatio()));
    }

    /** {@code 0.25} as {@code 25%}; a dash for NaN. */
    static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /** A log₁₀ ratio, one decimal; a dash for NaN. */
    static String ratio(double r) {
        return Double.isFinite(r) ? String.format(Locale.ROOT, "%.1f", r) : "–";
    }
}
