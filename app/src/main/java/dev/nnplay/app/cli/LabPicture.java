package dev.nnplay.app.cli;

import dev.nnplay.engine.lab.ColourRamp;
import dev.nnplay.engine.lab.Contours;
import dev.nnplay.engine.lab.OptimizerPath;
import dev.nnplay.engine.lab.Surface;
import dev.nnplay.engine.lab.ViewBox;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The descent lab drawn headless with Java2D, for worksheets: a filled contour map of the surface
 * with log-spaced levels and its colour scale, the axes named after the parameters (one scale for
 * both where the surface says that is honest), and each optimizer's path in its own colour with a
 * legend. The levels and colours are the engine's ({@link Contours}, {@link ColourRamp}), the ones
 * the window uses. No JavaFX class is touched.
 */
final class LabPicture {
    /** Contour levels drawn. */
    static final int LEVELS = 14;
    /** Margins around the plot: left (tick labels and the θ₂ name), top (title), right (scale), bottom. */
    private static final int LEFT = 78;
    private static final int TOP = 58;
    private static final int RIGHT = 110;
    private static final int BOTTOM = 62;

    private final Surface surface;
    private final List<OptimizerPath> paths;
    private final int width;
    private final int height;
    private final String family;
    /** The plot's rectangle: left, top, width, height. With equal scales it has the view's shape, centred. */
    private final int left;
    private final int top;
    private final int pw;
    private final int ph;

    LabPicture(Surface surface, List<OptimizerPath> paths, int width, int height) {
        this.surface = surface;
        this.paths = paths;
        this.width = width;
        this.height = height;
        int aw = width - LEFT - RIGHT;
        int ah = height - TOP - BOTTOM;
        ViewBox v = surface.view();
        double aspect = v.width() / v.height();
        if (surface.equalScales() && aw > ah * aspect) {
            pw = (int) Math.round(ah * aspect);
            ph = ah;
        } else if (surface.equalScales()) {
            pw = aw;
            ph = (int) Math.round(aw / aspect);
        } else {
            pw = aw;
            ph = ah;
        }
        left = LEFT + (aw - pw) / 2;
        top = TOP + (ah - ph) / 2;
        List<String> fonts = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        this.family = fonts.contains("DejaVu Sans") ? "DejaVu Sans" : Font.SANS_SERIF;
    }

    /** A picture {@code width} wide whose height gives the plot the view's shape when the scales are equal. */
    static int fittingHeight(Surface surface, int width) {
        if (!surface.equalScales()) {
            return width * 7 / 9;
        }
        ViewBox v = surface.view();
        int ph = (int) Math.round((width - LEFT - RIGHT) * v.height() / v.width());
        return Math.max(360, Math.min(1400, ph + TOP + BOTTOM));
    }

    BufferedImage render() {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        ViewBox box = surface.view();
        // One value per pixel; row 0 of the grid is the bottom of the plot.
        double[] grid = surface.grid(box, pw, ph);
        double[] levels = Contours.logSpaced(grid, LEVELS);
        int[] band = new int[grid.length];
        for (int i = 0; i < grid.length; i++) {
            band[i] = Contours.band(grid[i], levels);
        }
        for (int j = 0; j < ph; j++) {
            for (int i = 0; i < pw; i++) {
                int k = j * pw + i;
                int rgb = ColourRamp.rgb((double) band[k] / levels.length);
                boolean edge = i + 1 < pw && band[k + 1] != band[k] || j + 1 < ph && band[k + pw] != band[k];
                img.setRGB(left + i, top + ph - 1 - j, edge ? darker(rgb) : rgb);
            }
        }
        g.setColor(new Color(0x333333));
        g.setStroke(new BasicStroke(1f));
        g.drawRect(left, top, pw, ph);
        axes(g, box);
        scale(g, levels);
        g.setClip(left, top, pw, ph);
        for (OptimizerPath p : paths) {
            path(g, p, box);
        }
        start(g, box);
        g.setClip(null);
        legend(g);
        title(g);
        g.dispose();
        return img;
    }

    private static int darker(int rgb) {
        int r = (rgb >> 16 & 255) * 3 / 4;
        int gr = (rgb >> 8 & 255) * 3 / 4;
        int b = (rgb & 255) * 3 / 4;
        return r << 16 | gr << 8 | b;
    }

    private double px(ViewBox box, double x) {
        return left + (x - box.xMin()) / box.width() * pw;
    }

    private double py(ViewBox box, double y) {
        return top + ph - (y - box.yMin()) / box.height() * ph;
    }

    private void title(Graphics2D g) {
        g.setColor(new Color(0x1a1a1a));
        g.setFont(new Font(family, Font.BOLD, 17));
        String steps = paths.isEmpty() ? "" : "  ·  " + paths.stream().mapToInt(OptimizerPath::steps).max().orElse(0)
                + " steps";
        g.drawString("Descent lab: " + surface.id() + steps, LEFT, 26);
        g.setFont(new Font(family, Font.PLAIN, 13));
        g.setColor(new Color(0x444444));
        g.drawString(surface.formula(), LEFT, 46);
    }

    private void axes(Graphics2D g, ViewBox box) {
        g.setFont(new Font(family, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        g.setColor(new Color(0x333333));
        for (double t : ticks(box.xMin(), box.xMax(), Math.max(3, pw / 90))) {
            int x = (int) Math.round(px(box, t));
            g.drawLine(x, top + ph, x, top + ph + 5);
            String s = tick(t);
            g.drawString(s, x - fm.stringWidth(s) / 2, top + ph + 19);
        }
        for (double t : ticks(box.yMin(), box.yMax(), Math.max(3, ph / 70))) {
            int y = (int) Math.round(py(box, t));
            g.drawLine(left - 5, y, left, y);
            String s = tick(t);
            g.drawString(s, left - 8 - fm.stringWidth(s), y + fm.getAscent() / 2 - 1);
        }
        g.setFont(new Font(family, Font.BOLD, 14));
        fm = g.getFontMetrics();
        String xName = surface.paramNames().get(0);
        g.drawString(xName, left + pw / 2 - fm.stringWidth(xName) / 2, top + ph + 42);
        String yName = surface.paramNames().get(1);
        Graphics2D r = (Graphics2D) g.create();
        r.rotate(-Math.PI / 2);
        r.drawString(yName, -(top + ph / 2 + fm.stringWidth(yName) / 2), left - 56);
        r.dispose();
        if (surface.equalScales()) {
            g.setFont(new Font(family, Font.PLAIN, 11));
            g.setColor(new Color(0x666666));
            String s = "equal scales";
            g.drawString(s, left + pw - g.getFontMetrics().stringWidth(s), top + ph + 42);
        }
    }

    /** The colour scale: one swatch per band, labelled with the levels between them. */
    private void scale(Graphics2D g, double[] levels) {
        int x = left + pw + 22;
        int w = 18;
        int bands = levels.length + 1;
        g.setFont(new Font(family, Font.PLAIN, 11));
        FontMetrics fm = g.getFontMetrics();
        for (int b = 0; b < bands; b++) {
            int y0 = top + ph - (b + 1) * ph / bands;
            int y1 = top + ph - b * ph / bands;
            g.setColor(new Color(ColourRamp.rgb((double) b / levels.length)));
            g.fillRect(x, y0, w, y1 - y0);
        }
        g.setColor(new Color(0x333333));
        g.drawRect(x, top, w, ph);
        for (int b = 0; b < levels.length; b += 2) {
            int y = top + ph - (b + 1) * ph / bands;
            g.drawLine(x + w, y, x + w + 4, y);
            g.drawString(tick(levels[b]), x + w + 7, y + fm.getAscent() / 2 - 1);
        }
        g.setFont(new Font(family, Font.BOLD, 13));
        g.drawString("J", x + 4, top - 8);
    }

    private void path(Graphics2D g, OptimizerPath p, ViewBox box) {
        Path2D.Double line = new Path2D.Double();
        for (int k = 0; k <= p.steps(); k++) {
            double x = px(box, clamp(p.x(k)));
            double y = py(box, clamp(p.y(k)));
            if (k == 0) {
                line.moveTo(x, y);
            } else {
                line.lineTo(x, y);
            }
        }
        Color c = new Color(ColourRamp.optimizer(p.spec().type()));
        Color halo = ColourRamp.isLight(c.getRGB() & 0xffffff) ? new Color(0, 0, 0, 170) : new Color(255, 255, 255, 200);
        g.setStroke(new BasicStroke(4.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(halo);
        g.draw(line);
        g.setStroke(new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(c);
        g.draw(line);
        int every = Math.max(1, p.steps() / 60);
        for (int k = every; k <= p.steps(); k += every) {
            double x = px(box, clamp(p.x(k)));
            double y = py(box, clamp(p.y(k)));
            g.setColor(halo);
            g.fill(new Ellipse2D.Double(x - 3.2, y - 3.2, 6.4, 6.4));
            g.setColor(c);
            g.fill(new Ellipse2D.Double(x - 2.2, y - 2.2, 4.4, 4.4));
        }
    }

    /** Keeps far points drawable (a diverged path leaves the map along its last direction). */
    private static double clamp(double v) {
        return Double.isFinite(v) ? Math.max(-1e9, Math.min(1e9, v)) : 0;
    }

    private void start(Graphics2D g, ViewBox box) {
        if (paths.isEmpty()) {
            return;
        }
        double x = px(box, paths.get(0).x(0));
        double y = py(box, paths.get(0).y(0));
        g.setStroke(new BasicStroke(2f));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(x - 7, y - 7, 14, 14));
        g.setColor(Color.BLACK);
        g.draw(new Ellipse2D.Double(x - 7, y - 7, 14, 14));
        g.fill(new Ellipse2D.Double(x - 2.5, y - 2.5, 5, 5));
    }

    /** The legend, top left inside the plot: colour, optimizer, learning rate, final loss, in columns. */
    private void legend(Graphics2D g) {
        if (paths.isEmpty()) {
            return;
        }
        g.setFont(new Font(family, Font.PLAIN, 12));
        FontMetrics fm = g.getFontMetrics();
        int n = paths.size();
        String[][] cells = new String[n][3];
        int[] colW = new int[3];
        for (int i = 0; i < n; i++) {
            OptimizerPath p = paths.get(i);
            cells[i][0] = p.spec().type();
            cells[i][1] = "η = " + tick(p.spec().learningRate());
            cells[i][2] = p.diverged() ? "diverged at step " + p.steps() : "J = " + tick(p.loss(p.steps()));
            for (int c = 0; c < 3; c++) {
                colW[c] = Math.max(colW[c], fm.stringWidth(cells[i][c]));
            }
        }
        String startText = "start (" + tick(paths.get(0).x(0)) + ", " + tick(paths.get(0).y(0)) + ")";
        int textW = Math.max(fm.stringWidth(startText), colW[0] + colW[1] + colW[2] + 28);
        int rowH = fm.getHeight() + 3;
        int boxW = textW + 46;
        int boxH = rowH * (n + 1) + 10;
        int[] corner = quietestCorner(boxW, boxH);
        int x = corner[0];
        int y = corner[1];
        g.setColor(new Color(255, 255, 255, 225));
        g.fillRoundRect(x, y, boxW, boxH, 8, 8);
        g.setColor(new Color(0x777777));
        g.setStroke(new BasicStroke(1f));
        g.drawRoundRect(x, y, boxW, boxH, 8, 8);
        int ty = y + 5 + fm.getAscent() + 1;
        g.setColor(Color.BLACK);
        g.drawOval(x + 13, ty - 10, 10, 10);
        g.fillOval(x + 16, ty - 7, 4, 4);
        g.setColor(new Color(0x1a1a1a));
        g.drawString(startText, x + 36, ty);
        for (int i = 0; i < n; i++) {
            ty += rowH;
            g.setColor(new Color(0x333333));
            g.fillRect(x + 7, ty - 8, 22, 7);
            g.setColor(new Color(ColourRamp.optimizer(paths.get(i).spec().type())));
            g.fillRect(x + 8, ty - 7, 20, 5);
            g.setColor(new Color(0x1a1a1a));
            int cx = x + 36;
            for (int c = 0; c < 3; c++) {
                g.drawString(cells[i][c], cx, ty);
                cx += colW[c] + 14;
            }
        }
    }

    /** The corner of the plot where a {@code w × h} box covers the fewest path points (top left on a tie). */
    private int[] quietestCorner(int w, int h) {
        ViewBox box = surface.view();
        int[][] corners = {{left + 10, top + 10}, {left + pw - w - 10, top + 10}, {left + 10, top + ph - h - 10},
            {left + pw - w - 10, top + ph - h - 10}};
        int[] best = corners[0];
        int fewest = Integer.MAX_VALUE;
        for (int[] c : corners) {
            int covered = 0;
            for (OptimizerPath p : paths) {
                for (int k = 0; k <= p.steps(); k++) {
                    double x = px(box, p.x(k));
                    double y = py(box, p.y(k));
                    if (x >= c[0] - 8 && x <= c[0] + w + 8 && y >= c[1] - 8 && y <= c[1] + h + 8) {
                        covered += k == 0 ? 1000 : 1;
                    }
                }
            }
            if (covered < fewest) {
                fewest = covered;
                best = c;
            }
        }
        return best;
    }

    /** About {@code n} round tick values between {@code lo} and {@code hi}. */
    static double[] ticks(double lo, double hi, int n) {
        double raw = (hi - lo) / n;
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        double step = (m < 1.5 ? 1 : m < 3 ? 2 : m < 7 ? 5 : 10) * p;
        double first = Math.ceil(lo / step) * step;
        int count = (int) Math.floor((hi - first) / step + 1e-9) + 1;
        double[] t = new double[Math.max(0, count)];
        for (int i = 0; i < t.length; i++) {
            t[i] = first + i * step;
            if (Math.abs(t[i]) < step * 1e-9) {
                t[i] = 0;
            }
        }
        return t;
    }

    /** A short label: up to three significant digits, scientific outside 10⁻³..10⁵. */
    static String tick(double v) {
        if (v == 0) {
            return "0";
        }
        double a = Math.abs(v);
        if (a >= 1e5 || a < 1e-3) {
            return String.format(Locale.ROOT, "%.2g", v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
