package dev.nnplay.app.ui.network;

import dev.nnplay.app.ui.common.Palette;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * The network graph's links, one per weight, all on one canvas (one node instead of one per weight):
 * their end points, the weights they were drawn with, the one under the mouse, and their drawing,
 * coloured by sign, as wide and as opaque as the weight is large.
 */
final class LinkCanvas extends Canvas {
    /** Looks: size steps of a link, each drawn in two colours; see {@link #look}. */
    static final int LOOKS = 36;
    /** While playing, the links drawn per second at most (see {@link #interval}). */
    static final double LINKS_PER_SECOND = 1000;
    private static final Color POSITIVE = Palette.fx(Palette.BLUE);
    private static final Color NEGATIVE = Palette.fx(Palette.ORANGE);

    /**
     * The end points, in params order: dense layer d's weight {@code [o][i]} (index
     * {@code k = o * nin + i}) runs from {@code (g[4k], g[4k+1])} to {@code (g[4k+2], g[4k+3])} of
     * {@code ends.get(d)}.
     */
    private final List<double[]> ends = new ArrayList<>();
    /** The weights the links were last drawn with, or null before the first snapshot. */
    private float[][] weights;
    /** The link under the mouse as {dense, index}, or null. */
    private int[] hover;
    /** Per link (numbered across the dense layers), its look, and the links sorted by look. */
    private int[] looks = new int[0];
    private int[] order = new int[0];
    /** The looks being worked out, compared with {@link #looks} before anything is drawn. */
    private int[] fresh = new int[0];

    LinkCanvas() {
        getStyleClass().add("links");
    }

    /** No links, no weights: before the graph is laid out again. */
    void clear() {
        ends.clear();
        weights = null;
        hover = null;
    }

    /** Adds the next dense layer's links, end points as {@link #ends} describes. */
    void add(double[] layerEnds) {
        ends.add(layerEnds);
    }

    /** How many dense layers have links. */
    int layers() {
        return ends.size();
    }

    /** Where link {@code index} of dense layer {@code dense} starts and ends: x0, y0, x1, y1. */
    double[] ends(int dense, int index) {
        return Arrays.copyOfRange(ends.get(dense), 4 * index, 4 * index + 4);
    }

    /**
     * Draws the links with {@code w} (in params order: weights of dense layer d at {@code 2d}), unless
     * their shapes do not match the links; false then.
     */
    boolean show(float[][] w) {
        for (int d = 0; d < ends.size(); d++) {
            if (w.length <= 2 * d || w[2 * d].length != ends.get(d).length / 4) {
                return false;
            }
        }
        boolean grey = weights == null; // drawn without weights: in grey, whatever the looks say
        weights = w;
        draw(grey);
        return true;
    }

    /** Highlights link {@code h} ({dense, index}, or null for none); false when it already was. */
    boolean hover(int[] h) {
        boolean same = h == null ? hover == null : hover != null && hover[0] == h[0] && hover[1] == h[1];
        if (same) {
            return false;
        }
        hover = h;
        draw(true);
        return true;
    }

    /**
     * The least time between two drawings of the links while playing, in nanoseconds: {@value
     * #LINKS_PER_SECOND} links a second, so the opening networks redraw with every snapshot, a
     * 8-16-16-3 network's 432 links twice a second and Digits' 2 368 every 2.4 s.
     */
    long interval() {
        return (long) (order.length * 1e9 / LINKS_PER_SECOND);
    }

    /**
     * Draws every link from {@link #weights}: colour by sign, width and opacity by size. Links that
     * look the same (same sign, same {@linkplain #look size step}) are stroked as one path, weakest first
     * so the strong links lie on top: the software renderer pays for every row a stroked shape covers,
     * and Digits' 2 368 links one shape each took it half a second a frame. Unless {@code always},
     * nothing is drawn when no link's look changed.
     */
    void draw(boolean always) {
        int total = 0;
        for (double[] ls : ends) {
            total += ls.length / 4;
        }
        if (order.length != total) {
            order = new int[total];
            looks = new int[total];
            fresh = new int[total];
            always = true;
        }
        // a counting sort of the links by look: starts[b] is where look b's links begin in order
        int[] starts = new int[2 * LOOKS + 1];
        for (int d = 0, k0 = 0; d < ends.size(); k0 += ends.get(d).length / 4, d++) {
            float[] w = weightsOf(d);
            for (int k = 0; k < ends.get(d).length / 4; k++) {
                fresh[k0 + k] = w == null ? 0 : look(k < w.length ? w[k] : 0);
                starts[fresh[k0 + k] + 1]++;
            }
        }
        if (!always && Arrays.equals(fresh, looks)) {
            return;
        }
        int[] swap = looks;
        looks = fresh;
        fresh = swap;
        for (int b = 0; b < 2 * LOOKS; b++) {
            starts[b + 1] += starts[b];
        }
        int[] next = Arrays.copyOf(starts, 2 * LOOKS);
        for (int i = 0; i < total; i++) {
            order[next[looks[i]]++] = i;
        }
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, getWidth(), getHeight());
        if (hover != null) {
            g.setGlobalAlpha(0.35);
            g.setStroke(Color.GRAY);
            g.setLineWidth(width(magnitude(look(valueAt(hover[0], hover[1])))) + 5);
            g.beginPath();
            curve(g, ends.get(hover[0]), hover[1]);
            g.stroke();
        }
        for (int step = 0; step < LOOKS; step++) {
            for (int sign = 0; sign < 2; sign++) {
                int b = 2 * step + sign;
                if (starts[b] == starts[b + 1]) {
                    continue;
                }
                double v = magnitude(b);
                g.setGlobalAlpha(weights == null ? 0.35 : Math.min(1, 0.35 + v));
                g.setStroke(weights == null ? Color.GRAY : sign == 0 ? POSITIVE : NEGATIVE);
                g.setLineWidth(width(v));
                g.beginPath();
                for (int i = starts[b]; i < starts[b + 1]; i++) {
                    int d = 0;
                    int k = order[i];
                    while (k >= ends.get(d).length / 4) {
                        k -= ends.get(d).length / 4;
                        d++;
                    }
                    curve(g, ends.get(d), k);
                }
                g.stroke();
            }
        }
        g.setGlobalAlpha(1);
    }

    /** Dense layer {@code d}'s weights as last drawn, or null when there are none to draw. */
    private float[] weightsOf(int d) {
        return weights != null && 2 * d < weights.length ? weights[2 * d] : null;
    }

    private float valueAt(int d, int k) {
        float[] w = weightsOf(d);
        return w != null && k < w.length ? w[k] : 0;
    }

    /**
     * A weight's look: {@code 2 * step + (negative ? 1 : 0)}, its size rounded to steps of 0.05 up to
     * 1 and of 0.25 beyond, where the width changes slowly and the opacity no more (a width step is
     * at most 0.4 px); the widest look is every size from 4.625 on, the most {@link #width} draws.
     */
    static int look(float v) {
        double a = Math.abs(v);
        int step = a < 1 ? (int) Math.round(a / 0.05) : 20 + (int) Math.round((a - 1) / 0.25);
        return 2 * Math.min(step, LOOKS - 1) + (v < 0 ? 1 : 0);
    }

    /** The size a look stands for. */
    static double magnitude(int look) {
        int step = look / 2;
        return step <= 20 ? step * 0.05 : 1 + (step - 20) * 0.25;
    }

    /** A link's line width for a weight of size {@code v}. */
    private static double width(double v) {
        return Math.min(8, 0.6 + v * 1.6);
    }

    /** Adds link {@code k} of {@code ls} to the current path. */
    private static void curve(GraphicsContext g, double[] ls, int k) {
        double x0 = ls[4 * k], y0 = ls[4 * k + 1], x1 = ls[4 * k + 2], y1 = ls[4 * k + 3];
        double mx = (x0 + x1) / 2;
        g.moveTo(x0, y0);
        g.bezierCurveTo(mx, y0, mx, y1, x1, y1);
    }

    /** The link within a few pixels of {@code (x, y)} as {dense, index}, or null. */
    int[] at(double x, double y) {
        int[] best = null;
        double bestD = 5 * 5;
        for (int d = 0; d < ends.size(); d++) {
            double[] ls = ends.get(d);
            for (int k = 0; k < ls.length / 4; k++) {
                double x0 = ls[4 * k], y0 = ls[4 * k + 1], x1 = ls[4 * k + 2], y1 = ls[4 * k + 3];
                if (x < x0 - 5 || x > x1 + 5) {
                    continue;
                }
                double mx = (x0 + x1) / 2;
                for (int i = 0; i <= 32; i++) {
                    double t = i / 32.0, u = 1 - t;
                    double bx = u * u * u * x0 + 3 * u * u * t * mx + 3 * u * t * t * mx + t * t * t * x1;
                    double by = u * u * u * y0 + 3 * u * u * t * y0 + 3 * u * t * t * y1 + t * t * t * y1;
                    double dd = (bx - x) * (bx - x) + (by - y) * (by - y);
                    if (dd < bestD) {
                        bestD = dd;
                        best = new int[] {d, k};
                    }
                }
            }
        }
        return best;
    }
}
