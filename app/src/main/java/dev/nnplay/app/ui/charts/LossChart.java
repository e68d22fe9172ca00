package dev.nnplay.app.ui.charts;

import dev.nnplay.app.ui.common.Palette;

import dev.nnplay.app.ui.common.Messages;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.LegendTitle;
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
    private final NumberAxis linear = axis(new NumberAxis(Messages.get("charts.loss")));
    private final LogAxis log = axis(new LogAxis(Messages.get("charts.loss")));
    private final XYLineAndShapeRenderer lossRenderer;
    private final XYLineAndShapeRenderer metricRenderer;
    private final List<ChartsViewModel.Mark> shownMarks = new ArrayList<>();
    private Color markPaint = new Color(0x8c959f);
    private double lineScale = 1;
    private double textScale = 1;

    LossChart(XYDataset losses, XYDataset metrics) {
        NumberAxis steps = axis(new NumberAxis(Messages.get("charts.steps")));
        steps.setAutoRangeIncludesZero(false);
        // before training there is one point at step 0: show steps 0 to 10, not ±4E-9 around it
        steps.setRangeType(org.jfree.data.RangeType.POSITIVE);
        steps.setAutoRangeMinimumSize(10);
        steps.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        steps.setNumberFormatOverride(new PlainFormat());
        linear.setAutoRangeIncludesZero(true);
        linear.setNumberFormatOverride(new PlainFormat());
        log.setSmallestValue(1e-6);
        // plain decimals (0.3, 0.01) instead of powers of ten such as 10^-0.5
        log.setNumberFormatOverride(new PlainFormat());
        lossRenderer = new XYLineAndShapeRenderer(true, false);
        // one path per series instead of a line per segment: the redraw is several times cheaper
        lossRenderer.setDrawSeriesLineAsPath(true);
        lossRenderer.setSeriesPaint(0, TRAIN);
        lossRenderer.setSeriesPaint(1, TEST);
        setLineScale(1);
        lossRenderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator(Messages.get("charts.point"),
                new java.text.DecimalFormat("0"), new java.text.DecimalFormat("0.00000")));
        plot = new XYPlot(losses, steps, linear, lossRenderer);
        plot.setOrientation(PlotOrientation.VERTICAL);
        NumberAxis metricAxis = axis(new NumberAxis(Messages.get("charts.metric")));
        metricAxis.setRange(0, 1.02);
        // units that carry their own format (0.05 prints "0.05", never "0.1" twice), chosen to fit the height:
        // a short chart or large text gets 0.25 or 0.5 instead of crowded tenths
        metricAxis.setStandardTickUnits(NumberAxis.createStandardTickUnits());
        metricAxis.setAutoTickUnitSelection(true);
        plot.setRangeAxis(1, metricAxis);
        plot.setDataset(1, metrics);
        plot.mapDatasetToRangeAxis(1, 1);
        metricRenderer = new XYLineAndShapeRenderer(true, false);
        metricRenderer.setDrawSeriesLineAsPath(true);
        metricRenderer.setSeriesPaint(0, METRIC);
        metricRenderer.setSeriesStroke(0, new BasicStroke(1.5f));
        metricRenderer.setDefaultToolTipGenerator(new StandardXYToolTipGenerator(Messages.get("charts.point"),
                new java.text.DecimalFormat("0"), new java.text.DecimalFormat("0.0000")));
        plot.setRenderer(1, metricRenderer);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setOutlineVisible(false);
        chart = new JFreeChart(null, new Font(Font.SANS_SERIF, Font.PLAIN, 11), plot, false);
        chart.setPadding(new RectangleInsets(4, 2, 2, 6));
    }

    /** Lines {@code s} times as thick as usual (presentation mode). */
    void setLineScale(double s) {
        lineScale = s;
        float w = (float) (2 * s);
        lossRenderer.setSeriesStroke(0, new BasicStroke(w));
        lossRenderer.setSeriesStroke(1, new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1f,
                new float[] {6f * (float) s, 4f * (float) s}, 0f));
        if (metricRenderer != null) {
            metricRenderer.setSeriesStroke(0, new BasicStroke((float) (1.5 * s)));
        }
    }

    /** Draws a dotted line with its text at each of {@code marks} (where a setting changed). */
    void setMarks(List<ChartsViewModel.Mark> marks) {
        if (marks.equals(shownMarks)) {
            return;
        }
        shownMarks.clear();
        shownMarks.addAll(marks);
        plot.clearDomainMarkers();
        for (ChartsViewModel.Mark m : marks) {
            ValueMarker v = new ValueMarker(m.step(), markPaint, new BasicStroke((float) lineScale, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 1f, new float[] {3f, 3f}, 0f));
            v.setLabel(m.text());
            v.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(10 * textScale)));
            v.setLabelPaint(markPaint);
            v.setLabelBackgroundColor(new Color(0, 0, 0, 0));
            v.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
            v.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
            plot.addDomainMarker(v);
        }
    }

    /** Adds a legend with the series' names under the plot (for a saved picture, which has no window legend). */
    void showLegend(Color fg, Color bg) {
        if (chart.getLegend() == null) {
            LegendTitle l = new LegendTitle(plot);
            l.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            l.setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
            chart.addLegend(l);
        }
        chart.getLegend().setItemPaint(fg);
        chart.getLegend().setBackgroundPaint(bg);
    }

    /** Numbers as a person writes them: 3,000 and 50M instead of 5E7, 0.003 instead of 3E-3 or 10^-2.5. */
    static final class PlainFormat extends NumberFormat {
        @Override
        public StringBuffer format(double v, StringBuffer to, FieldPosition pos) {
            double a = Math.abs(v);
            String s;
            if (a >= 1e6) {
                s = trim(v / 1e6) + "M";
            } else if (a >= 1e4) {
                s = trim(v / 1e3) + "k";
            } else if (a >= 1 || a == 0) {
                s = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
            } else {
                s = new java.math.BigDecimal(v).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
            }
            return to.append(s);
        }

        private static String trim(double v) {
            return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
        }

        @Override
        public StringBuffer format(long v, StringBuffer to, FieldPosition pos) {
            return format((double) v, to, pos);
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }

    /** Shows the losses on a log scale or a linear one. */
    void setLog(boolean on) {
        plot.setRangeAxis(0, on ? log : linear);
    }

    /** Text {@code s} times as large as usual (zoom, presentation mode). */
    void setTextScale(double s) {
        if (s == textScale) {
            return;
        }
        textScale = s;
        for (ValueAxis a : new ValueAxis[] {plot.getDomainAxis(), linear, log, plot.getRangeAxis(1)}) {
            a.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(11 * s)));
            a.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, (int) Math.round(10 * s)));
        }
        shownMarks.clear(); // drawn again at the new size
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
        markPaint = dark ? new Color(0x8b949e) : new Color(0x6e7781);
        shownMarks.clear(); // drawn again in the new colour
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
