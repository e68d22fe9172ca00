package dev.nnplay.engine.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * Rows kept in the project file itself: small examples, and points the user drew. Each row holds the
 * inputs, then the targets; for classification the one target is the class index.
 *
 * @param inputs  the input columns' names
 * @param targets the target columns' names (one for classification)
 * @param task    {@code classify} or {@code regress}
 * @param classes the class names, in index order (classification only)
 * @param rows    the values, {@code inputs.size() + targets.size()} per row
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record InlineData(List<String> inputs, List<String> targets, String task, List<String> classes,
                         List<double[]> rows) {

    /** The most rows a project file may hold inline. */
    public static final int MAX_ROWS = 100_000;

    public InlineData {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        targets = targets == null ? List.of() : List.copyOf(targets);
        classes = classes == null ? List.of() : List.copyOf(classes);
        rows = rows == null ? List.of() : List.copyOf(rows);
        if (inputs.isEmpty() || targets.isEmpty()) {
            throw new IllegalArgumentException("inline data needs at least one input and one target column");
        }
        Task t = Task.byId(task == null ? "regress" : task);
        task = t.id();
        if (t == Task.CLASSIFY && (targets.size() != 1 || classes.size() < 2)) {
            throw new IllegalArgumentException("inline classification data needs one target column and at least "
                    + "two class names");
        }
        if (rows.size() > MAX_ROWS) {
            throw new IllegalArgumentException("inline data may hold at most " + MAX_ROWS + " rows, got " + rows.size());
        }
        int width = inputs.size() + targets.size();
        for (int i = 0; i < rows.size(); i++) {
            double[] r = rows.get(i);
            if (r == null || r.length != width) {
                throw new IllegalArgumentException("inline row " + (i + 1) + " has " + (r == null ? 0 : r.length)
                        + " values, expected " + width + " (" + String.join(", ", inputs) + ", "
                        + String.join(", ", targets) + ")");
            }
            for (int j = 0; j < width; j++) {
                if (!Double.isFinite(r[j])) {
                    throw new IllegalArgumentException("inline row " + (i + 1) + ", column " + (j + 1)
                            + " is not a finite number");
                }
            }
            if (t == Task.CLASSIFY) {
                double c = r[width - 1];
                if (c != Math.rint(c) || c < 0 || c >= classes.size()) {
                    throw new IllegalArgumentException("inline row " + (i + 1) + " has class " + c
                            + "; expected an index 0 to " + (classes.size() - 1));
                }
            }
        }
    }

    /** The rows as a data set. */
    public Dataset toDataset() {
        int n = rows.size();
        int d = inputs.size();
        int t = targets.size();
        FMatrixRMaj x = new FMatrixRMaj(n, d);
        FMatrixRMaj y = new FMatrixRMaj(n, t);
        for (int i = 0; i < n; i++) {
            double[] r = rows.get(i);
            for (int j = 0; j < d; j++) {
                x.data[i * d + j] = (float) r[j];
            }
            for (int j = 0; j < t; j++) {
                y.data[i * t + j] = (float) r[d + j];
            }
        }
        return new Dataset(x, y, Task.byId(task), inputs, targets, classes);
    }

    /** The rows of {@code data}, for saving drawn or edited points. */
    public static InlineData of(Dataset data) {
        int d = data.inputs();
        int t = data.y().numCols;
        List<double[]> rows = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            double[] r = new double[d + t];
            for (int j = 0; j < d; j++) {
                r[j] = data.x().data[i * d + j];
            }
            for (int j = 0; j < t; j++) {
                r[d + j] = data.y().data[i * t + j];
            }
            rows.add(r);
        }
        return new InlineData(data.inputNames(), data.targetNames(), data.task().id(), data.classNames(), rows);
    }
}
