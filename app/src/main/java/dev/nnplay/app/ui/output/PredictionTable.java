package dev.nnplay.app.ui.output;

import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.train.TrainingSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ejml.data.FMatrixRMaj;

/**
 * The network's predictions for a set of rows, as the tabular output shows them: one line per row and,
 * for classification, the confusion matrix. Knows no Node.
 *
 * @param task      classification or regression
 * @param classes   class names in index order; empty for regression
 * @param confusion {@code confusion[true][predicted]} counts (classification), else empty
 * @param rows      one line per row, in the order given
 * @param heldOut   whether the rows are the test rows (else the training rows, when there are no test rows)
 */
public record PredictionTable(Task task, List<String> classes, int[][] confusion, List<Row> rows, boolean heldOut) {

    /**
     * One row's prediction.
     *
     * @param row        the row's number in the data file, from 1
     * @param truth      the true class or value
     * @param predicted  the predicted class or value
     * @param confidence the predicted class's probability; NaN for regression
     * @param trueValue  the true class index or target value
     * @param value      the predicted class index or value
     */
    public record Row(int row, String truth, String predicted, double confidence, double trueValue, double value) {
        /** Whether the class was right (classification). */
        public boolean correct() {
            return trueValue == value;
        }
    }

    /**
     * The table for {@code data}'s rows, whose numbers in the file are {@code rowIds} (from 0), given the
     * network's {@code predictions} (probabilities for the cross-entropies, one row per data row);
     * {@code heldOut} when they are test rows.
     */
    public static PredictionTable of(Dataset data, int[] rowIds, FMatrixRMaj predictions, boolean heldOut) {
        int n = data.size();
        List<Row> rows = new ArrayList<>(n);
        if (data.task() == Task.REGRESS) {
            int tc = data.y().numCols;
            for (int i = 0; i < n; i++) {
                double t = data.y().data[i * tc];
                double p = predictions.data[i * predictions.numCols];
                rows.add(new Row(rowIds[i] + 1, number(t), number(p), Double.NaN, t, p));
            }
            return new PredictionTable(Task.REGRESS, List.of(), new int[0][], rows, heldOut);
        }
        List<String> names = data.classNames();
        int k = Math.max(2, names.size());
        int[][] confusion = new int[k][k];
        int cols = predictions.numCols;
        for (int i = 0; i < n; i++) {
            int t = (int) data.y().data[i];
            int p;
            double conf;
            if (cols == 1) {
                float p1 = predictions.data[i];
                p = p1 > 0.5f ? 1 : 0;
                conf = p == 1 ? p1 : 1 - p1;
            } else {
                p = TrainingSession.argmax(predictions.data, i * cols, cols);
                conf = predictions.data[i * cols + p];
            }
            confusion[t][p]++;
            rows.add(new Row(rowIds[i] + 1, name(names, t), name(names, p), conf, t, p));
        }
        return new PredictionTable(Task.CLASSIFY, List.copyOf(names), confusion, rows, heldOut);
    }

    /** Rows counted in the confusion matrix. */
    public int total() {
        int s = 0;
        for (int[] r : confusion) {
            for (int c : r) {
                s += c;
            }
        }
        return s;
    }

    /** Share of rows predicted right (classification). */
    public double accuracy() {
        int right = 0;
        for (int i = 0; i < confusion.length; i++) {
            right += confusion[i][i];
        }
        return rows.isEmpty() ? Double.NaN : (double) right / rows.size();
    }

    private static String name(List<String> names, int k) {
        return k < names.size() ? names.get(k) : Integer.toString(k);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
