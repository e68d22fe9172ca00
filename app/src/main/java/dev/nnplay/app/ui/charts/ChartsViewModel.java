package dev.nnplay.app.ui.charts;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.engine.project.HistoryRow;
import dev.nnplay.engine.train.EpochEnd;
import dev.nnplay.engine.train.Snapshot;
import dev.nnplay.engine.train.TrainingSession;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.ArrayList;
import java.util.List;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The curves: train and test loss, and the test metric, against steps. One point per new snapshot;
 * a snapshot with fewer steps than the last means training started over, and the curves clear. Long
 * runs are thinned (every other point dropped) so redraws stay cheap. Knows no Node.
 */
public final class ChartsViewModel {
    /** Points a series keeps before it is thinned: about one per pixel of the chart's width. */
    static final int MAX_POINTS = 600;

    private final XYSeries trainLoss = new XYSeries(Messages.get("charts.train"), false, true);
    private final XYSeries testLoss = new XYSeries(Messages.get("charts.test"), false, true);
    private final XYSeries metric = new XYSeries(Messages.get("charts.metric.short"), false, true);
    /** Where a setting changed while training went on: the step and what changed. */
    public record Mark(long step, String text) {
    }

    private final List<Mark> marks = new ArrayList<>();
    private final XYSeriesCollection losses = new XYSeriesCollection();
    private final XYSeriesCollection metrics = new XYSeriesCollection();
    private long lastStep = -1;
    /** Only every {@code stride}-th step is kept, doubling at each thinning. */
    private long stride = 1;

    public ChartsViewModel() {
        losses.addSeries(trainLoss);
        losses.addSeries(testLoss);
        metrics.addSeries(metric);
    }

    /** What the newest figures were measured on, for the line under the legend; empty for the whole parts. */
    private String note = "";

    /** Adds the snapshot's figures without redrawing (see {@link #flush()}); true when the curves changed. */
    public boolean add(Snapshot s) {
        note = noteFor(s);
        return add(s.step(), s.trainLoss(), s.testLoss(), s.testMetric());
    }

    /**
     * What the newest snapshot's figures were measured on: empty when on the whole parts, else that they
     * come from a sample while playing, with the whole parts' losses at the latest epoch end measured.
     */
    public String note() {
        return note;
    }

    static String noteFor(Snapshot s) {
        if (!s.sampled()) {
            return "";
        }
        EpochEnd e = s.epochEnd();
        return e.measured()
                ? Messages.format("charts.sampled.epoch", TrainingSession.LIVE_ROWS, e.epoch(), e.train().loss(),
                        e.test().loss())
                : Messages.format("charts.sampled", TrainingSession.LIVE_ROWS);
    }

    private boolean add(long step, double train, double test, double testMetric) {
        if (step < lastStep) {
            clear();
        }
        if (lastStep >= 0 && step - lastStep < stride) {
            return false;
        }
        lastStep = step;
        addPoint(trainLoss, step, train);
        addPoint(testLoss, step, test);
        addPoint(metric, step, testMetric);
        if (trainLoss.getItemCount() > MAX_POINTS) {
            thin(trainLoss);
            thin(testLoss);
            thin(metric);
            stride *= 2;
        }
        return true;
    }

    /** Tells the chart the points changed, so it redraws once for every point added since the last call. */
    public void flush() {
        trainLoss.fireSeriesChanged();
        testLoss.fireSeriesChanged();
        metric.fireSeriesChanged();
    }

    private static void addPoint(XYSeries s, long step, double v) {
        if (Double.isFinite(v)) {
            s.add(step, v, false);
        }
    }

    private static void thin(XYSeries s) {
        XYSeries copy;
        try {
            copy = s.createCopy(0, s.getItemCount() - 1);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        s.clear();
        for (int i = 0; i < copy.getItemCount(); i += 2) {
            s.add(copy.getX(i), copy.getY(i), false);
        }
        int last = copy.getItemCount() - 1;
        if (last % 2 != 0) {
            s.add(copy.getX(last), copy.getY(last), false);
        }
    }

    /** Starts the curves over from saved rows (an opened project's history), without redrawing. */
    public void restore(List<HistoryRow> rows) {
        clear();
        for (HistoryRow r : rows) {
            add(r.step(), HistoryRow.orNaN(r.trainLoss()), HistoryRow.orNaN(r.testLoss()), HistoryRow.orNaN(r.testMetric()));
        }
    }

    /**
     * Marks {@code step} with what changed from {@code before} to {@code after} (rate, penalty, batch
     * size), when anything a curve would show did.
     */
    public void settingsChanged(TrainingSpec before, TrainingSpec after, long step) {
        List<String> what = new ArrayList<>();
        if (before.optimizer().learningRate() != after.optimizer().learningRate()) {
            what.add(Messages.format("charts.mark.rate", number(after.optimizer().learningRate())));
        }
        if (!before.regularization().equals(after.regularization())) {
            what.add(Messages.format("charts.mark.reg", Messages.get("reg." + after.regularization().type()),
                    number(after.regularization().rate())));
        }
        if (before.batchSize() != after.batchSize()) {
            what.add(Messages.format("charts.mark.batch", after.batchSize()));
        }
        if (what.isEmpty()) {
            return;
        }
        String text = String.join(", ", what);
        if (!marks.isEmpty() && marks.get(marks.size() - 1).step() == step) {
            marks.set(marks.size() - 1, new Mark(step, text)); // several changes before a step: the last says it
        } else {
            marks.add(new Mark(step, text));
        }
    }

    private static String number(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    /** The marks, oldest first. */
    public List<Mark> marks() {
        return List.copyOf(marks);
    }

    /** The newest value of each curve (train loss, test loss, metric), NaN where there is none. */
    public double[] latest() {
        XYSeries[] all = {trainLoss, testLoss, metric};
        double[] out = new double[all.length];
        for (int k = 0; k < all.length; k++) {
            int n = all[k].getItemCount();
            out[k] = n == 0 ? Double.NaN : all[k].getY(n - 1).doubleValue();
        }
        return out;
    }

    /** Starts the curves over. */
    public void clear() {
        marks.clear();
        note = "";
        trainLoss.clear();
        testLoss.clear();
        metric.clear();
        lastStep = -1;
        stride = 1;
    }

    /** Train loss (series 0) and test loss (series 1). */
    public XYSeriesCollection losses() {
        return losses;
    }

    /** The test metric: accuracy or R². */
    public XYSeriesCollection metrics() {
        return metrics;
    }

    /**
     * A copy of the three curves, {@code [series][0 for x, 1 for y][point]} in the order train loss,
     * test loss, metric, for drawing on another thread while this model keeps changing.
     */
    public double[][][] copy() {
        XYSeries[] all = {trainLoss, testLoss, metric};
        double[][][] out = new double[all.length][][];
        for (int k = 0; k < all.length; k++) {
            int n = all[k].getItemCount();
            out[k] = new double[2][n];
            for (int i = 0; i < n; i++) {
                out[k][0][i] = all[k].getX(i).doubleValue();
                out[k][1][i] = all[k].getY(i).doubleValue();
            }
        }
        return out;
    }

    /** Points in the train-loss curve. */
    public int points() {
        return trainLoss.getItemCount();
    }
}
