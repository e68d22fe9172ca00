package dev.nnplay.app.ui.charts;

import dev.nnplay.app.ui.common.Palette;

import dev.nnplay.app.ui.common.Messages;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.data.xy.XYDataset;
import org.jfree.chart.labels.StandardXYToolTipGenerator;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The loss chart itself, without a view: train loss solid, test loss dashed, the test metric on a
 * second axis, linear or log scale, light or dark. Not thread-safe: one thread uses an instance, so the
 * window's interactive chart and the one drawn off the FX thread are two instances.
 */
final class LossChart {
    private static final Color TRAIN = new Color(Palette.BLUE, true);
    private static final Color TEST = new Color(Palette.ORANGE, true);
    private static final Color METRIC = new Color(Palette.GREEN, true);

    final XYPlot plot;
    final JFreeChart chart;
    private final NumberAxis linear = axis(new NumberAxis());
    private final LogAxis log = axis(new LogAxis());

    LossChart(XYDataset losses, XYDataset metrics) {
        NumberAxis steps = axis(new NumberAxis(Messages.get("charts.steps")));
        steps.setAutoRangeIncludesZero(false);
        // before training there is one point at step 0: show steps 0 to 10, not ±4E-9 around it
        steps.setRangeType(org.jfree.data.RangeType.POSITIVE);
        steps.setAutoRangeMinimumSize(10);
        steps.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        linear.setAutoRangeIncludesZero(true);
        log.setSmallestValue(1e-6);
        XYLineAndShapeRenderer lossRenderer = new XYLineAndShapeRenderer(true, false);
        // one path per series instead of a line per segment: the redraw is several times cheaper
        lossRenderer.setDrawSeriesLineAsPath(true);
        lossRenderer.setSeriesPaint(0, TRAIN);
        lossRenderer.setSeriesPaint(1, TEST);
        lossRenderer.setSeriesStroke(0, new BasicStroke(2f));
        lossRenderer.setSeriesStroke(1, new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f, 4f}, 0f));
        lossRenderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("{0} loss at step {1}: {2}",
                new java.text.DecimalFormat("0"), new java.text.DecimalFormat("0.00000")));
        plot = new XYPlot(losses, steps, linear, lossRenderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        NumberAxis metricAxis = axis(new NumberAxis(Messages.get("charts.metric")));
        metricAxis.setRange(0, 1.02);
        // fixed tenths: the automatic unit picked 0.05 with a one-decimal format, printing 0.1 twice
        metricAxis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(0.1, new java.text.DecimalFormat("0.0")));
        plot.setRangeAxis(1, metricAxis);
        plot.setDataset(1, metrics);
        plot.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer metricRenderer = new XYLineAndShapeRenderer(true, false);
        metricRenderer.setDrawSeriesLineAsPath(true);
        metricRenderer.setSeriesPaint(0, METRIC);
        metricRenderer.setSeriesStroke(0, new BasicStroke(1.5f));
        metricRenderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator("test metric at step {1}: {2}",
                new java.text.DecimalFormat("0"), new java.text.DecimalFormat("0.0000")));
        plot.setRenderer(1, metricRenderer);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setOutlineVisible(false);
        chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.PLAIN, 11), plot, false);
        chart.setPadding(new RectangleInsets(4, 2, 2, 6));
    }

    /** Shows the losses on a log scale or a linear one. */
    void setLog(boolean on) {
        plot.setRangeAxis(0, on ? log : linear);
    }

    private static <A extends ValueAxis> A axis(A a) {
        a.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        a.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        return a;
    }

    /** Colours the chart for the light or the dark theme. */
    void applyTheme(boolean dark) {
        Color bg = dark ? new Color(0x0d1117) : Color.WHITE;
        Color fg = dark ? new Color(0xc9d1d9) : new Color(Palette.INK, true);
        Color grid = dark ? new Color(0x30363d) : new Color(0xe5e8eb);
        chart.setBackgroundPaint(bg);
        plot.setBackgroundPaint(bg);
        plot.setDomainGridlinePaint(grid);
        plot.setRangeGridlinePaint(grid);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        for (ValueAxis a : new ValueAxis[] {plot.getDomainAxis(), linear, log, plot.getRangeAxis(1)}) {
            a.setLabelPaint(fg);
            a.setTickLabelPaint(fg);
            a.setAxisLinePaint(grid);
            a.setTickMarkPaint(grid);
        }
    }

}
