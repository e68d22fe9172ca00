package dev.nnplay.app.ui.lab;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.engine.lab.ColourRamp;
import dev.nnplay.engine.lab.Contours;
import dev.nnplay.engine.lab.Forces;
import dev.nnplay.engine.lab.OptimizerPath;
import dev.nnplay.engine.lab.ViewBox;
import java.util.Locale;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The loss surface as a filled contour map (log-spaced levels, a colour scale beside it), its axes
 * named after the parameters, every path in its optimizer's colour with a legend, the start, and for
 * the focused path what moves its point: the negative gradient, the velocity, the adaptive per-axis
 * scale as a rectangle, and the step it takes. A click sets the start. Resizes with its parent.
 */
final class SurfaceCanvas extends Region {
    private static final double LEFT = 58;
    private static final double RIGHT = 74;
    private static final double TOP = 14;
    private static final double BOTTOM = 44;
    /** Longest arrow, in pixels. */
    private static final double ARROW = 90;

    private final LabViewModel vm;
    private final Canvas canvas = new Canvas();
    private WritableImage image;
    private LabViewModel.SurfaceMap imaged;
    /** The box as drawn (the map's box widened to equal scales where that is honest). */
    private ViewBox shown;
    private double px0;
    private double py0;
    private double pw;
    private double ph;

    SurfaceCanvas(LabViewModel vm) {
        this.vm = vm;
        getChildren().add(canvas);
        getStyleClass().add("lab-map");
        setMinSize(320, 260);
        setPrefSize(640, 560);
        canvas.setOnMouseClicked(e -> {
            if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && shown != null && inPlot(e.getX(), e.getY())) {
                vm.setStart(dataX(e.getX()), dataY(e.getY()));
            }
        });
        vm.revisionProperty().addListener((o, a, b) -> draw());
        vm.mapProperty().addListener((o, a, b) -> draw());
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            draw();
        }
    }

    /** The canvas, for a PNG of the map. */
    Canvas canvas() {
        return canvas;
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(Color.web("#f7f9fa"));
        g.fillRect(0, 0, w, h);
        LabViewModel.SurfaceMap m = vm.mapProperty().get();
        if (m == null || w < LEFT + RIGHT + 40 || h < TOP + BOTTOM + 40) {
            return;
        }
        layout(m, w, h);
        drawMap(g, m);
        drawAxes(g, m);
        drawScale(g, m);
        drawStart(g);
        for (LabViewModel.Lane l : vm.lanes()) {
            if (l.path() != null) {
                drawPath(g, l.path(), l.optimizer());
            }
        }
        Forces f = vm.forcesProperty().get();
        if (f != null) {
            drawForces(g, f);
        }
        drawLegend(g);
    }

    private void layout(LabViewModel.SurfaceMap m, double w, double h) {
        pw = w - LEFT - RIGHT;
        ph = h - TOP - BOTTOM;
        ViewBox b = m.box();
        if (m.surface().equalScales()) {
            double unitsPerPixel = Math.max(b.width() / pw, b.height() / ph);
            double cx = (b.xMin() + b.xMax()) / 2;
            double cy = (b.yMin() + b.yMax()) / 2;
            b = ViewBox.around(cx, cy, unitsPerPixel * pw / 2, unitsPerPixel * ph / 2);
        }
        shown = b;
        px0 = LEFT;
        py0 = TOP;
    }

    private double px(double x) {
        return px0 + (x - shown.xMin()) / shown.width() * pw;
    }

    private double py(double y) {
        return py0 + (shown.yMax() - y) / shown.height() * ph;
    }

    private double dataX(double px) {
        return shown.xMin() + (px - px0) / pw * shown.width();
    }

    private double dataY(double py) {
        return shown.yMax() - (py - py0) / ph * shown.height();
    }

    private boolean inPlot(double x, double y) {
        return x >= px0 && x <= px0 + pw && y >= py0 && y <= py0 + ph;
    }

    private void drawMap(GraphicsContext g, LabViewModel.SurfaceMap m) {
        if (imaged != m) {
            int[] argb = new int[m.cols() * m.rows()];
            for (int j = 0; j < m.rows(); j++) {
                for (int i = 0; i < m.cols(); i++) {
                    // row 0 of the values is the bottom of the map, row 0 of the image its top
                    argb[(m.rows() - 1 - j) * m.cols() + i] = 0xFF000000
                            | Contours.colour(m.values()[j * m.cols() + i], m.levels());
                }
            }
            image = new WritableImage(m.cols(), m.rows());
            image.getPixelWriter().setPixels(0, 0, m.cols(), m.rows(), PixelFormat.getIntArgbInstance(), argb, 0,
                    m.cols());
            imaged = m;
        }
        g.setFill(Color.web("#dfe3e8"));
        g.fillRect(px0, py0, pw, ph);
        ViewBox b = m.box();
        g.setImageSmoothing(true);
        g.drawImage(image, px(b.xMin()), py(b.yMax()), px(b.xMax()) - px(b.xMin()), py(b.yMin()) - py(b.yMax()));
    }

    private void drawAxes(GraphicsContext g, LabViewModel.SurfaceMap m) {
        g.setStroke(Color.web("#57606a"));
        g.setLineWidth(1);
        g.strokeRect(px0, py0, pw, ph);
        g.setFill(Color.web("#24292f"));
        g.setFont(Font.font(12));
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (double t : ticks(shown.xMin(), shown.xMax())) {
            g.strokeLine(px(t), py0 + ph, px(t), py0 + ph + 4);
            g.fillText(number(t), px(t), py0 + ph + 6);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (double t : ticks(shown.yMin(), shown.yMax())) {
            g.strokeLine(px0 - 4, py(t), px0, py(t));
            g.fillText(number(t), px0 - 6, py(t));
        }
        g.setFont(Font.font(null, FontWeight.BOLD, 14));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText(m.surface().paramNames().get(0), px0 + pw / 2, canvas.getHeight() - 4);
        g.save();
        g.translate(14, py0 + ph / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(m.surface().paramNames().get(1), 0, 0);
        g.restore();
    }

    /** The colour scale: the bands, lowest at the bottom, with the loss at a few levels. */
    private void drawScale(GraphicsContext g, LabViewModel.SurfaceMap m) {
        double x = px0 + pw + 14;
        double bw = 14;
        double[] levels = m.levels();
        int bands = levels.length + 1;
        for (int k = 0; k < bands; k++) {
            int rgb = ColourRamp.rgb((double) k / levels.length);
            g.setFill(Color.rgb(rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255));
            double y1 = py0 + ph - (k + 1) * ph / bands;
            g.fillRect(x, y1, bw, ph / bands + 0.5);
        }
        g.setStroke(Color.web("#57606a"));
        g.strokeRect(x, py0, bw, ph);
        g.setFill(Color.web("#24292f"));
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        for (int k = 0; k < levels.length; k += Math.max(1, levels.length / 5)) {
            g.fillText(number(levels[k]), x + bw + 3, py0 + ph - (k + 1) * ph / bands);
        }
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("J", x, py0 - 1);
    }

    private void drawStart(GraphicsContext g) {
        double[] s = vm.start();
        double x = px(s[0]);
        double y = py(s[1]);
        g.setFill(Color.WHITE);
        g.fillOval(x - 7, y - 7, 14, 14);
        g.setStroke(Color.web("#111111"));
        g.setLineWidth(2);
        g.strokeOval(x - 7, y - 7, 14, 14);
    }

    private void drawPath(GraphicsContext g, OptimizerPath p, String optimizer) {
        int n = p.steps() + 1;
        double[] xs = new double[n];
        double[] ys = new double[n];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (Double.isFinite(p.x(i)) && Double.isFinite(p.y(i))) {
                xs[k] = clamp(px(p.x(i)), px0 - 2000, px0 + pw + 2000);
                ys[k] = clamp(py(p.y(i)), py0 - 2000, py0 + ph + 2000);
                k++;
            }
        }
        g.save();
        g.beginPath();
        g.rect(px0, py0, pw, ph);
        g.clip();
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
        Color c = colour(optimizer);
        g.setStroke(outline(optimizer));
        g.setLineWidth(5);
        g.strokePolyline(xs, ys, k);
        g.setStroke(c);
        g.setLineWidth(2.6);
        g.strokePolyline(xs, ys, k);
        if (k > 0) {
            double x = xs[k - 1];
            double y = ys[k - 1];
            g.setFill(c);
            g.fillOval(x - 5, y - 5, 10, 10);
            g.setStroke(outline(optimizer));
            g.setLineWidth(1.5);
            g.strokeOval(x - 5, y - 5, 10, 10);
            if (p.diverged()) {
                g.setStroke(c);
                g.setLineWidth(3);
                g.strokeLine(x - 8, y - 8, x + 8, y + 8);
                g.strokeLine(x - 8, y + 8, x + 8, y - 8);
            }
        }
        g.restore();
    }

    /**
     * At the focused point: −∇J and the velocity as arrows on one scale (the longer one {@value #ARROW}
     * pixels), the per-axis scale as a rectangle's sides, and the step taken as a dashed segment, true
     * to length.
     */
    private void drawForces(GraphicsContext g, Forces f) {
        double x = px(f.x());
        double y = py(f.y());
        double gx = f.negGradient()[0] / shown.width() * pw;
        double gy = -f.negGradient()[1] / shown.height() * ph;
        double vx = f.hasVelocity() ? f.velocity()[0] / shown.width() * pw : 0;
        double vy = f.hasVelocity() ? -f.velocity()[1] / shown.height() * ph : 0;
        double longest = Math.max(Math.hypot(gx, gy), Math.hypot(vx, vy));
        double s = longest > 0 ? ARROW / longest : 0;
        g.save();
        if (f.hasScale()) {
            double sx = Math.abs(f.scale()[0]);
            double sy = Math.abs(f.scale()[1]);
            double big = Math.max(sx, sy);
            if (big > 0 && Double.isFinite(big)) {
                double hw = 40 * sx / big;
                double hh = 40 * sy / big;
                g.setStroke(Color.web("#ffffff"));
                g.setLineWidth(2);
                g.setLineDashes(4, 3);
                g.strokeRect(x - hw, y - hh, 2 * hw, 2 * hh);
                g.setLineDashes();
            }
        }
        arrow(g, x, y, x + gx * s, y + gy * s, Color.web("#ffffff"));
        if (f.hasVelocity()) {
            arrow(g, x, y, x + vx * s, y + vy * s, Color.web("#ffd60a"));
        }
        double tx = px(f.x() + f.step()[0]);
        double ty = py(f.y() + f.step()[1]);
        g.setStroke(Color.web("#111111"));
        g.setLineWidth(2);
        g.setLineDashes(2, 3);
        g.strokeLine(x, y, tx, ty);
        g.setLineDashes();
        g.restore();
    }

    private static void arrow(GraphicsContext g, double x0, double y0, double x1, double y1, Color c) {
        double len = Math.hypot(x1 - x0, y1 - y0);
        if (len < 2) {
            return;
        }
        double ux = (x1 - x0) / len;
        double uy = (y1 - y0) / len;
        for (int pass = 0; pass < 2; pass++) {
            g.setStroke(pass == 0 ? Color.rgb(0, 0, 0, 0.7) : c);
            g.setLineWidth(pass == 0 ? 5 : 2.5);
            g.strokeLine(x0, y0, x1, y1);
            g.strokeLine(x1, y1, x1 - 10 * ux + 6 * uy, y1 - 10 * uy - 6 * ux);
            g.strokeLine(x1, y1, x1 - 10 * ux - 6 * uy, y1 - 10 * uy + 6 * ux);
        }
    }

    private void drawLegend(GraphicsContext g) {
        var lanes = vm.lanes().stream().filter(l -> l.path() != null).toList();
        Forces f = vm.forcesProperty().get();
        int rows = lanes.size() + (f != null ? 3 : 0);
        if (rows == 0) {
            return;
        }
        double x = px0 + 10;
        double y = py0 + 10;
        double rowH = 20;
        g.setFill(Color.rgb(255, 255, 255, 0.88));
        g.fillRoundRect(x, y, 230, rows * rowH + 10, 8, 8);
        g.setFont(Font.font(13));
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double yy = y + 5 + rowH / 2;
        for (LabViewModel.Lane l : lanes) {
            OptimizerPath p = l.path();
            g.setStroke(outline(l.optimizer()));
            g.setLineWidth(5);
            g.strokeLine(x + 8, yy, x + 30, yy);
            g.setStroke(colour(l.optimizer()));
            g.setLineWidth(2.6);
            g.strokeLine(x + 8, yy, x + 30, yy);
            g.setFill(Color.web("#24292f"));
            String loss = p.diverged() ? Messages.get("lab.legend.diverged")
                    : "J = " + number(p.loss(p.steps()));
            g.fillText(Messages.get("optimizer." + l.optimizer()) + "  " + loss, x + 38, yy);
            yy += rowH;
        }
        if (f != null) {
            legendArrow(g, x, yy, Color.web("#ffffff"), Messages.get("lab.forces.gradient"));
            yy += rowH;
            legendArrow(g, x, yy, Color.web("#ffd60a"), Messages.get("lab.forces.velocity"));
            yy += rowH;
            g.setStroke(Color.web("#111111"));
            g.setLineWidth(2);
            g.setLineDashes(2, 3);
            g.strokeLine(x + 8, yy, x + 30, yy);
            g.setLineDashes();
            g.setFill(Color.web("#24292f"));
            g.fillText(Messages.get("lab.forces.step"), x + 38, yy);
        }
    }

    private static void legendArrow(GraphicsContext g, double x, double y, Color c, String text) {
        arrow(g, x + 8, y, x + 30, y, c);
        g.setFill(Color.web("#24292f"));
        g.fillText(text, x + 38, y);
    }

    /** A dark outline under a light path, a light one under a dark path, so both show on every band. */
    static Color outline(String optimizer) {
        return ColourRamp.isLight(ColourRamp.optimizer(optimizer)) ? Color.rgb(0, 0, 0, 0.6)
                : Color.rgb(255, 255, 255, 0.75);
    }

    static Color colour(String optimizer) {
        int rgb = ColourRamp.optimizer(optimizer);
        return Color.rgb(rgb >> 16 & 255, rgb >> 8 & 255, rgb & 255);
    }

    static String superscript(int e) {
        StringBuilder b = new StringBuilder();
        for (char c : Integer.toString(e).toCharArray()) {
            b.append(c == '-' ? '⁻' : "⁰¹²³⁴⁵⁶⁷⁸⁹".charAt(c - '0'));
        }
        return b.toString();
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    /** About six round tick values between {@code lo} and {@code hi}. */
    static double[] ticks(double lo, double hi) {
        double span = hi - lo;
        double raw = span / 6;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag >= 5 ? 5 * mag : raw / mag >= 2 ? 2 * mag : mag;
        double first = Math.ceil(lo / step) * step;
        int n = (int) Math.floor((hi - first) / step) + 1;
        double[] out = new double[Math.max(0, n)];
        for (int i = 0; i < out.length; i++) {
            out[i] = first + i * step;
        }
        return out;
    }

    /** A number as a person writes it: at most four significant digits, no exponent between 1e−4 and 1e6. */
    static String number(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : "—";
        }
        double a = Math.abs(v);
        if (a >= 1e6 || a < 1e-4) {
            int e = (int) Math.floor(Math.log10(a));
            String mant = String.format(Locale.ROOT, "%.2f", v / Math.pow(10, e));
            return mant + "×10" + superscript(e);
        }
        String s = new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }
}
