package dev.nnplay.app.ui.diagnostics;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.engine.inspect.Histogram;
import dev.nnplay.engine.inspect.LayerFigures;
import dev.nnplay.engine.inspect.LayerFigures.Inactivity;
import dev.nnplay.engine.inspect.NetworkFigures;
import java.util.List;
import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One layer's line of the diagnostics panel: its name and what its figures say, then six small charts
 * over training time (activations, stuck units, weights, gradients, gradient norm, update ratio).
 */
final class LayerRow extends VBox {
    /** Size of each small chart. */
    static final double W = 150;
    static final double H = 66;
    /** The update ratio's chart covers {@code 10⁻⁷} to {@code 10⁰}. */
    static final double RATIO_LO = -7;
    static final double RATIO_HI = 0;

    /** A sentence that warns (the layer is far from healthy). */
    private static final PseudoClass ALARM = PseudoClass.getPseudoClass("alarm");

    private final Label title = new Label();
    private final Label sentence = new Label();
    private final Canvas[] charts = new Canvas[6];

    LayerRow() {
        setSpacing(2);
        getStyleClass().add("diag-layer");
        title.getStyleClass().add("diag-layer-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        sentence.getStyleClass().add("diag-sentence");
        sentence.setWrapText(true);
        sentence.setMaxWidth(6 * (W + 6));
        HBox row = new HBox(6);
        for (int i = 0; i < charts.length; i++) {
            charts[i] = new Canvas(W, H);
            row.getChildren().add(charts[i]);
        }
        getChildren().addAll(new HBox(8, title, sentence), row);
    }

    /** The sentence shown beside the layer's name (for tests). */
    String sentence() {
        return sentence.getText();
    }

    /**
     * Draws layer {@code l} over the history {@code entries} (oldest first, not empty); the gradient
     * norms on the decades {@code normRange} shared by every layer, so the layers compare at a glance.
     */
    void paint(List<NetworkFigures> entries, int l, Theme t, double[] normRange) {
        int n = entries.size();
        double[] x = new double[n];
        LayerFigures[] f = new LayerFigures[n];
        long s0 = entries.get(0).step();
        long s1 = entries.get(n - 1).step();
        for (int i = 0; i < n; i++) {
            x[i] = s1 > s0 ? (double) (entries.get(i).step() - s0) / (s1 - s0) : 1;
            f[i] = entries.get(i).layers().get(l);
        }
        LayerFigures last = f[n - 1];
        title.setText(DiagnosticsViewModel.layerTitle(last, entries.get(n - 1).layers().size()));
        sentence.setText(DiagnosticsViewModel.sentence(last));
        sentence.pseudoClassStateChanged(ALARM, last.verdict() != LayerFigures.Verdict.HEALTHY
                && last.verdict() != LayerFigures.Verdict.UNKNOWN);
        activations(charts[0].getGraphicsContext2D(), t, x, f);
        stuck(charts[1].getGraphicsContext2D(), t, x, f);
        histograms(charts[2].getGraphicsContext2D(), t, x, f, true);
        histograms(charts[3].getGraphicsContext2D(), t, x, f, false);
        gradientNorm(charts[4].getGraphicsContext2D(), t, x, f, normRange);
        ratio(charts[5].getGraphicsContext2D(), t, x, f);
    }

    private static void activations(GraphicsContext g, Theme t, double[] x, LayerFigures[] f) {
        int n = f.length;
        double[] mean = new double[n];
        double[] low = new double[n];
        double[] high = new double[n];
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < n; i++) {
            mean[i] = f[i].activationMean();
            low[i] = mean[i] - f[i].activationStd();
            high[i] = mean[i] + f[i].activationStd();
            if (Double.isFinite(low[i]) && Double.isFinite(high[i])) {
                lo = Math.min(lo, low[i]);
                hi = Math.max(hi, high[i]);
            }
        }
        if (hi - lo < 1e-6) {
            hi = lo + 1;
        }
        LayerFigures last = f[n - 1];
        MiniCharts.frame(g, W, H, t, Messages.format("diag.caption.activations", num(last.activationMean()),
                num(last.activationStd())));
        MiniCharts.rule(g, t, W, H, 0, lo, hi, "0");
        if (hi != 0) {
            MiniCharts.label(g, t, num(hi), MiniCharts.py(hi, lo, hi, H));
        }
        if (lo != 0) {
            MiniCharts.label(g, t, num(lo), MiniCharts.py(lo, lo, hi, H));
        }
        MiniCharts.spread(g, W, H, x, low, high, lo, hi, t.line());
        MiniCharts.curve(g, W, H, x, mean, lo, hi, t.line());
    }

    private static void stuck(GraphicsContext g, Theme t, double[] x, LayerFigures[] f) {
        LayerFigures last = f[f.length - 1];
        String key = switch (last.inactive()) {
            case DEAD -> "diag.caption.dead";
            case SATURATED -> "diag.caption.saturated";
            case NONE -> "diag.caption.stuck.none";
        };
        MiniCharts.frame(g, W, H, t, Messages.format(key, DiagnosticsViewModel.percent(last.inactiveShare())));
        MiniCharts.label(g, t, "100%", MiniCharts.py(1, 0, 1, H));
        MiniCharts.label(g, t, "0", MiniCharts.py(0, 0, 1, H));
        if (last.inactive() == Inactivity.NONE) {
            return;
        }
        double[] y = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            y[i] = f[i].inactiveShare();
        }
        MiniCharts.rule(g, t, W, H, LayerFigures.STUCK, 0, 1, "50%");
        MiniCharts.curve(g, W, H, x, y, 0, 1, t.alarm());
    }

    private static void histograms(GraphicsContext g, Theme t, double[] x, LayerFigures[] f, boolean weights) {
        Histogram[] hs = new Histogram[f.length];
        for (int i = 0; i < f.length; i++) {
            hs[i] = weights ? f[i].weights() : f[i].gradients();
        }
        LayerFigures last = f[f.length - 1];
        Histogram h = hs[hs.length - 1];
        String caption = weights ? Messages.format("diag.caption.weights", num(last.weightNorm()))
                : Messages.format("diag.caption.gradients", DiagnosticsViewModel.percent(
                        h.total() == 0 ? Double.NaN : (double) h.zeros() / h.total()));
        MiniCharts.frame(g, W, H, t, "");
        MiniCharts.heatStrip(g, t, W, H, x, hs);
        MiniCharts.caption(g, t, caption, W - MiniCharts.BARS - 3);
        if (weights) {
            MiniCharts.label(g, t, "+" + num(h.hi()), 14);
            MiniCharts.label(g, t, "0", (12 + H - 3) / 2);
            MiniCharts.label(g, t, "−" + num(h.hi()), H - 6);
        } else {
            MiniCharts.label(g, t, pow10((int) h.hi()), 14);
            MiniCharts.label(g, t, pow10((int) ((h.lo() + h.hi()) / 2)), (12 + H - 7) / 2);
            MiniCharts.label(g, t, pow10((int) h.lo()), H - 9);
        }
    }

    /** The decades {@code {lo, hi}} that hold every layer's gradient norm over {@code entries}. */
    static double[] normRange(List<NetworkFigures> entries) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (NetworkFigures e : entries) {
            for (LayerFigures f : e.layers()) {
                double v = f.gradientNorm() > 0 ? Math.log10(f.gradientNorm()) : Double.NaN;
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!Double.isFinite(lo)) {
            return new double[] {-4, 0};
        }
        lo = Math.floor(lo);
        return new double[] {lo, Math.max(lo + 2, Math.ceil(hi))};
    }

    private static void gradientNorm(GraphicsContext g, Theme t, double[] x, LayerFigures[] f, double[] range) {
        double[] y = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            double v = f[i].gradientNorm();
            y[i] = v > 0 ? Math.log10(v) : Double.NaN;
        }
        double lo = range[0];
        double hi = range[1];
        MiniCharts.frame(g, W, H, t, Messages.format("diag.caption.norm", sci(f[f.length - 1].gradientNorm())));
        int step = (int) Math.max(1, Math.ceil((hi - lo) / 4));
        for (int e = (int) lo; e <= hi; e += step) {
            MiniCharts.rule(g, t, W, H, e, lo, hi, pow10(e));
        }
        MiniCharts.curve(g, W, H, x, y, lo, hi, t.line());
    }

    private static void ratio(GraphicsContext g, Theme t, double[] x, LayerFigures[] f) {
        double[] y = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            y[i] = f[i].updateRatio();
        }
        MiniCharts.frame(g, W, H, t, Messages.format("diag.caption.ratio",
                DiagnosticsViewModel.ratio(f[f.length - 1].updateRatio())));
        MiniCharts.band(g, t, W, H, LayerFigures.BAND_LOW, LayerFigures.BAND_HIGH, RATIO_LO, RATIO_HI);
        MiniCharts.rule(g, t, W, H, -3, RATIO_LO, RATIO_HI, pow10(-3));
        MiniCharts.label(g, t, pow10(0), MiniCharts.py(RATIO_HI, RATIO_LO, RATIO_HI, H));
        MiniCharts.label(g, t, pow10(-7), MiniCharts.py(RATIO_LO, RATIO_LO, RATIO_HI, H));
        MiniCharts.curve(g, W, H, x, y, RATIO_LO, RATIO_HI, t.line());
    }

    /** Two or three significant digits. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        double a = Math.abs(v);
        return a != 0 && (a < 0.01 || a >= 1000) ? sci(v) : String.format(Locale.ROOT, a < 1 ? "%.2f" : "%.1f", v);
    }

    /** {@code 3.2·10⁻⁴}. */
    static String sci(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        if (v == 0) {
            return "0";
        }
        int e = (int) Math.floor(Math.log10(Math.abs(v)));
        return String.format(Locale.ROOT, "%.1f·", v / Math.pow(10, e)) + pow10(e);
    }

    /** {@code 10⁻³}. */
    static String pow10(int e) {
        String sup = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        StringBuilder sb = new StringBuilder("10");
        if (e < 0) {
            sb.append('⁻');
        }
        for (char c : Integer.toString(Math.abs(e)).toCharArray()) {
            sb.append(sup.charAt(c - '0'));
        }
        return sb.toString();
    }
}
