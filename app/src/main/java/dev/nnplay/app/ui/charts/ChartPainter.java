package dev.nnplay.app.ui.charts;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import dev.nnplay.app.ui.common.Messages;
import java.util.List;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws the loss chart into pixels with Java2D, off the FX thread: JFreeChart's redraw costs 10-60 ms,
 * too long for a frame. Owns its own chart and series, filled from a copy of the curves for each
 * picture, so it shares nothing with the window's interactive chart. One thread at a time.
 */
final class ChartPainter {
    /** A finished picture: {@code width × height} premultiplied ARGB pixels, row by row. */
    record Picture(int width, int height, int[] argb) {
    }

    private final XYSeries[] series = {new XYSeries(Messages.get("charts.train"), false, true),
        new XYSeries(Messages.get("charts.test"), false, true), new XYSeries(Messages.get("charts.metric.short"), false, true)};
    private final LossChart chart;
    private Boolean dark;

    ChartPainter() {
        XYSeriesCollection losses = new XYSeriesCollection();
        losses.addSeries(series[0]);
        losses.addSeries(series[1]);
        XYSeriesCollection metrics = new XYSeriesCollection();
        metrics.addSeries(series[2]);
        chart = new LossChart(losses, metrics);
        chart.chart.setNotify(false);
    }

    /** The curves {@code points} ({@link ChartsViewModel#copy()}) drawn at {@code width × height}. */
    Picture paint(double[][][] points, int width, int height, boolean darkTheme, boolean logScale) {
        return paint(points, List.of(), 1, width, height, darkTheme, logScale);
    }

    /** As {@link #paint(double[][][], int, int, boolean, boolean)}, with marks and lines {@code lineScale} as thick. */
    Picture paint(double[][][] points, List<ChartsViewModel.Mark> marks, double lineScale, int width, int height,
                  boolean darkTheme, boolean logScale) {
        return paint(points, marks, lineScale, 1, width, height, darkTheme, logScale);
    }

    /** As above, text {@code textScale} times as large (zoom, presentation mode). */
    Picture paint(double[][][] points, List<ChartsViewModel.Mark> marks, double lineScale, double textScale, int width,
                  int height, boolean darkTheme, boolean logScale) {
        chart.setTextScale(textScale);
        BufferedImage img = paint(points, marks, width, height, 1, lineScale, darkTheme, logScale, false);
        return new Picture(width, height, ((DataBufferInt) img.getRaster().getDataBuffer()).getData());
    }

    /**
     * The curves and {@code marks} drawn into {@code width × height} pixels at {@code scale} pixels per
     * point (text and lines grow with it), lines {@code lineScale} as thick, with a legend if asked.
     */
    BufferedImage paint(double[][][] points, List<ChartsViewModel.Mark> marks, int width, int height, double scale,
                        double lineScale, boolean darkTheme, boolean logScale, boolean legend) {
        chart.setLineScale(lineScale);
        if (legend) {
            chart.showLegend(darkTheme ? new java.awt.Color(0xc9d1d9) : new java.awt.Color(0x24292f),
                    darkTheme ? new java.awt.Color(0x0d1117) : java.awt.Color.WHITE);
        }
        if (dark == null || dark != darkTheme) {
            chart.applyTheme(darkTheme);
            dark = darkTheme;
        }
        chart.setMarks(marks);
        chart.setLog(logScale);
        for (int k = 0; k < series.length; k++) {
            series[k].clear();
            for (int i = 0; i < points[k][0].length; i++) {
                series[k].add(points[k][0][i], points[k][1][i], false);
            }
            series[k].fireSeriesChanged();
        }
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.scale(scale, scale);
        chart.chart.draw(g, new Rectangle2D.Double(0, 0, width / scale, height / scale));
        g.dispose();
        return img;
    }
}
