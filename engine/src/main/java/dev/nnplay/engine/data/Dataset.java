package dev.nnplay.engine.data;

import dev.nnplay.engine.loss.Loss;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * Samples in memory: inputs {@code x} ({@code n × d}, one row per sample) and targets {@code y}. For
 * classification {@code y} is one column of class indices {@code 0..k-1}, named by {@link #classNames()};
 * for regression it holds the target values, {@code n × t}.
 *
 * @param x           the inputs; not modified by anything that reads a data set
 * @param y           the targets
 * @param task        classification or regression
 * @param inputNames  one name per input column
 * @param targetNames one name per target column (the label column's name for classification)
 * @param classNames  the class names in index order; empty for regression
 */
public record Dataset(FMatrixRMaj x, FMatrixRMaj y, Task task, List<String> inputNames,
                      List<String> targetNames, List<String> classNames) {

    public Dataset {
        if (x.numRows != y.numRows) {
            throw new IllegalArgumentException("inputs have " + x.numRows + " rows but targets " + y.numRows);
        }
        if (inputNames.size() != x.numCols) {
            throw new IllegalArgumentException(x.numCols + " input columns but " + inputNames.size() + " names");
        }
        if (task == Task.CLASSIFY && y.numCols != 1) {
            throw new IllegalArgumentException("class labels must be one column, got " + y.numCols);
        }
        inputNames = List.copyOf(inputNames);
        targetNames = List.copyOf(targetNames);
        classNames = List.copyOf(classNames);
    }

    /** Number of samples. */
    public int size() {
        return x.numRows;
    }

    /** Number of input columns. */
    public int inputs() {
        return x.numCols;
    }

    /** Number of classes; 0 for regression. */
    public int numClasses() {
        return classNames.size();
    }

    /** The samples at {@code rows}, in that order, copied. */
    public Dataset rows(int[] rows) {
        return new Dataset(pick(x, rows), pick(y, rows), task, inputNames, targetNames, classNames);
    }

    /** This data set with other inputs (such as derived features), same targets. */
    public Dataset withInputs(FMatrixRMaj newX, List<String> names) {
        return new Dataset(newX, y, task, names, targetNames, classNames);
    }

    /**
     * How many outputs a network needs for this data under {@code loss}: one per class for softmax
     * cross-entropy (and for the other losses when there are more than two classes), one for two
     * classes otherwise, one per target column for regression.
     */
    public int outputsFor(Loss loss) {
        return outputsFor(task, numClasses(), y.numCols, loss);
    }

    /** {@link #outputsFor(Loss)} for a task with {@code classes} classes or {@code targets} target columns. */
    public static int outputsFor(Task task, int classes, int targets, Loss loss) {
        if (task == Task.REGRESS) {
            return targets;
        }
        if (loss == Loss.SOFTMAX_CE) {
            return classes;
        }
        return classes <= 2 ? 1 : classes;
    }

    /**
     * The targets in the form {@code loss} takes for a network with {@code outputs} outputs: class
     * indices for softmax cross-entropy; for a one-output classifier the class index (0 or 1) itself;
     * one-hot rows for several outputs; the values for regression.
     */
    public FMatrixRMaj targetsFor(Loss loss, int outputs) {
        if (task == Task.REGRESS || loss == Loss.SOFTMAX_CE || outputs == 1) {
            return y.copy();
        }
        FMatrixRMaj t = new FMatrixRMaj(size(), outputs);
        for (int i = 0; i < size(); i++) {
            t.data[i * outputs + (int) y.data[i]] = 1f;
        }
        return t;
    }

    /** The rows of {@code m} at {@code rows}. */
    public static FMatrixRMaj pick(FMatrixRMaj m, int[] rows) {
        FMatrixRMaj out = new FMatrixRMaj(rows.length, m.numCols);
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(m.data, rows[i] * m.numCols, out.data, i * m.numCols, m.numCols);
        }
        return out;
    }
}
