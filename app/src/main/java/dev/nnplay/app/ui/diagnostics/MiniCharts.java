package dev.nnplay.app.ui.diagnostics;

import dev.nnplay.engine.inspect.Histogram;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The small charts of the diagnostics panel, drawn on a canvas: a curve over training time (with an
 * optional band and a log scale), and a heat strip of histograms over time with the newest histogram
 * as bars beside it. Time runs left to right by step; {@code x[i]} is each entry's position in [0, 1].
 */
final class MiniCharts {
    /** Room on the left for the axis labels. */
    static final double LEFT = 30;
    /** Width of the newest histogram beside a heat strip. */
    static final double BARS = 22;
    private static final Font SMALL = Font.font(9.5);

    private MiniCharts() {
    }

    /** Clears the chart and writes {@code caption} (the newest value) at its top right. */
    static void frame(GraphicsContext g, double w, double h, Theme t, String caption) {
        g.setFill(t.background());
        g.fillRect(0, 0, w, h);
        g.setStroke(t.grid());
        g.setLineWidth(1);
        g.strokeRect(LEFT + 0.5, 0.5, w - LEFT - 1, h - 1);
        g.setFont(SMALL);
        g.setFill(t.text());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(caption, w - 3, 2);
    }


    /** {@code s} at the top, its right end at {@code right}, over a backing so it reads over the data. */
    static void caption(GraphicsContext g, Theme t, String s, double right) {
        g.setFont(SMALL);
        javafx.scene.text.Text probe = new javafx.scene.text.Text(s);
        probe.setFont(SMALL);
        double w = probe.getLayoutBounds().getWidth();
        g.setFill(t.background().deriveColor(0, 1, 1, 0.85));
        g.fillRect(right - w - 2, 1, w + 4, 11);
        g.setFill(t.text());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.TOP);
        g.fillText(s, right, 2);
    }

    /** An axis label at height {@code y} on the left. */
    static void label(GraphicsContext g, Theme t, String s, double y) {
        g.setFont(SMALL);
        g.setFill(t.text());
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(s, LEFT - 3, y);
    }

    /** The vertical pixel of {@code v} on {@code [lo, hi]} in a chart {@code h} high (top margin 12). */
    static double py(double v, double lo, double hi, double h) {
        double top = 12;
        double bottom = h - 3;
        double f = (v - lo) / (hi - lo);
        return bottom - Math.max(0, Math.min(1, f)) * (bottom - top);
    }

    /** The horizontal pixel of a time position {@code x} in [0, 1] in a plot area {@code w − right} wide. */
    static double px(double x, double w, double right) {
        return LEFT + 2 + x * (w - LEFT - right - 4);
    }

    /** A shaded band from {@code from} to {@code to} on {@code [lo, hi]}. */
    static void band(GraphicsContext g, Theme t, double w, double h, double from, double to, double lo, double hi) {
        g.setFill(t.band());
        double y0 = py(to, lo, hi, h);
        double y1 = py(from, lo, hi, h);
        g.fillRect(LEFT + 1, y0, w - LEFT - 2, y1 - y0);
    }

    /** A horizontal reference line at {@code v} labelled {@code label}. */
    static void rule(GraphicsContext g, Theme t, double w, double h, double v, double lo, double hi, String label) {
        double y = Math.round(py(v, lo, hi, h)) + 0.5;
        g.setStroke(t.grid());
        g.setLineWidth(1);
        g.strokeLine(LEFT + 1, y, w - 1, y);
        label(g, t, label, y);
    }

    /** The curve {@code y} over time positions {@code x} on {@code [lo, hi]}; NaN values break it. */
    static void curve(GraphicsContext g, double w, double h, double[] x, double[] y, double lo, double hi,
                      javafx.scene.paint.Color color) {
        g.setStroke(color);
        g.setLineWidth(1.5);
        double[] cx = new double[x.length];
        double[] cy = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            cx[i] = px(x[i], w, 0);
            cy[i] = Double.isFinite(y[i]) ? py(y[i], lo, hi, h) : Double.NaN;
        }
        Views.polyline(g, cx, cy);
        if (x.length > 0 && Double.isFinite(y[y.length - 1])) {
            g.setFill(color);
            g.fillOval(px(x[x.length - 1], w, 0) - 2, py(y[y.length - 1], lo, hi, h) - 2, 4, 4);
        }
    }

    /** A band between {@code low} and {@code high} over time (the activations' spread). */
    static void spread(GraphicsContext g, double w, double h, double[] x, double[] low, double[] high, double lo,
                       double hi, javafx.scene.paint.Color color) {
        g.setFill(color.deriveColor(0, 1, 1, 0.22));
        for (int i = 0; i + 1 < x.length; i++) {
            if (!Double.isFinite(low[i]) || !Double.isFinite(high[i])) {
                continue;
            }
            double x0 = px(x[i], w, 0);
            double x1 = Math.max(x0 + 1, px(x[i + 1], w, 0));
            double y0 = py(high[i], lo, hi, h);
            g.fillRect(x0, y0, x1 - x0, py(low[i], lo, hi, h) - y0);
        }
    }

    /**
     * The histograms {@code hs} over time as a heat strip (each column scaled to its own peak, so the
     * shape shows at any count), the newest as bars on the right; exact zeros of a log-scale histogram
     * as a red row at the bottom.
     */
    static void heatStrip(GraphicsContext g, Theme t, double w, double h, double[] x, Histogram[] hs) {
        if (hs.length == 0) {
            return;
        }
        int bins = hs[0].counts().length;
        boolean log = hs[0].log();
        double top = 13;
        double bottom = h - 3 - (log ? 4 : 0);
        double cell = (bottom - top) / bins;
        for (int i = 0; i < hs.length; i++) {
            double x0 = px(x[i], w, BARS);
            double x1 = i + 1 < hs.length ? px(x[i + 1], w, BARS) : x0 + 2;
            x1 = Math.max(x0 + 1, x1);
            int peak = Math.max(1, hs[i].peak());
            for (int b = 0; b < bins; b++) {
                int c = hs[i].counts()[b];
                if (c > 0) {
                    g.setFill(t.heat((double) c / peak));
                    g.fillRect(x0, bottom - (b + 1) * cell, x1 - x0, Math.ceil(cell));
                }
            }
            if (log && hs[i].total() > 0) {
                double z = (double) hs[i].zeros() / hs[i].total();
                if (z > 0) {
                    g.setFill(t.alarm().deriveColor(0, 1, 1, 0.25 + 0.75 * z));
                    g.fillRect(x0, bottom + 1, x1 - x0, 3);
                }
            }
        }
        Histogram last = hs[hs.length - 1];
        int peak = Math.max(1, last.peak());
        double bx = w - BARS;
        g.setStroke(t.grid());
        g.strokeLine(bx - 0.5, 1, bx - 0.5, h - 1);
        g.setFill(t.line());
        for (int b = 0; b < bins; b++) {
            double len = (BARS - 3) * last.counts()[b] / peak;
            g.fillRect(bx + 1, bottom - (b + 1) * cell + 0.5, len, Math.max(1, cell - 1));
        }
    }
}
