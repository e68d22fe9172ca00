package dev.nnplay.engine.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;

/**
 * The label column(s) of a CSV file as it streams past, and at the end the targets and the task.
 * While the task is open it keeps each row both as a number (while every label is one) and as a class
 * index (while there are at most {@value #MAX_CLASSES} distinct labels), so the file is read once.
 * Not thread-safe.
 */
final class CsvTargets {

    /** The most distinct labels a classification may have. */
    static final int MAX_CLASSES = 1000;
    /** The most distinct integer labels that still count as classes when the task is not given. */
    static final int MAX_INTEGER_CLASSES = 20;

    /** A label cell that cannot be used: which of the label columns, and why. */
    static final class BadLabel extends Exception {
        private static final long serialVersionUID = 1L;
        /** The position in the file's columns. */
        final int column;

        BadLabel(int column, String why) {
            super(why, null, false, false);
            this.column = column;
        }
    }

    /** The label columns' positions in the file. */
    private final int[] columns;
    /** The task the user chose, or null to decide at the end. */
    private final Task given;
    /** The labels as numbers, one row of {@code columns.length} per sample; null once a label is text. */
    private FloatArray values;
    /** Each sample's index into {@link #classes}; null when the task is regression. */
    private FloatArray classOf;
    /** Distinct label texts in order of first appearance, to their index. */
    private Map<String, Integer> classes = new HashMap<>();
    /** The distinct labels in order of first appearance. */
    private List<String> classNames = new ArrayList<>();
    /** Whether some label is not a number. */
    private boolean sawText;
    /** Whether some numeric label is not a whole number. */
    private boolean sawFraction;
    /** Whether more than {@link #MAX_CLASSES} distinct labels appeared. */
    private boolean tooManyClasses;

    CsvTargets(int[] columns, Task given) {
        if (columns.length > 1 && given == Task.CLASSIFY) {
            throw new IllegalArgumentException("classification takes one label column; several are for regression");
        }
        this.columns = columns.clone();
        this.given = columns.length > 1 ? Task.REGRESS : given;
        this.values = this.given == Task.CLASSIFY ? null : new FloatArray(1024);
        this.classOf = this.given == Task.REGRESS ? null : new FloatArray(1024);
    }

    /** Checks the label cells of {@code row}; throws before keeping anything if one is unusable. */
    void check(List<String> row) throws BadLabel {
        for (int c : columns) {
            String s = row.get(c);
            if (s.isEmpty()) {
                throw new BadLabel(c, "missing label");
            }
            if (given == Task.REGRESS && Float.isNaN(CsvNumbers.parse(s))) {
                throw new BadLabel(c, CsvNumbers.problem(s) + " (the task is regression)");
            }
        }
    }

    /** Keeps the labels of a row that {@link #check} passed. */
    void add(List<String> row) {
        if (values != null) {
            for (int c : columns) {
                float v = CsvNumbers.parse(row.get(c));
                if (Float.isNaN(v)) {
                    sawText = true;
                    values = null;
                    break;
                }
                sawFraction |= v != Math.rint(v);
                values.add(v);
            }
        }
        if (classOf != null) {
            String s = row.get(columns[0]);
            sawText |= Float.isNaN(CsvNumbers.parse(s));
            Integer k = classes.get(s);
            if (k == null && !tooManyClasses) {
                if (classes.size() == MAX_CLASSES) {
                    tooManyClasses = true;
                    classOf = given == null && !sawText ? null : classOf;
                } else {
                    k = classes.size();
                    classes.put(s, k);
                    classNames.add(s);
                }
            }
            if (classOf != null) {
                classOf.add(k == null ? -1 : k);
            }
        }
    }

    /** The task: the given one, or classification for text or at most 20 distinct whole numbers. */
    Task task() {
        if (given != null) {
            return given;
        }
        if (sawText) {
            return Task.CLASSIFY;
        }
        return !sawFraction && !tooManyClasses && classes.size() <= MAX_INTEGER_CLASSES ? Task.CLASSIFY : Task.REGRESS;
    }

    /**
     * The targets for {@code n} samples: class indices (whole-number class names sorted by value) or
     * the values. {@code where} starts the messages.
     */
    FMatrixRMaj targets(int n, String where, String labelName) {
        if (task() == Task.REGRESS) {
            return FMatrixRMaj.wrap(n, columns.length, values.toArray());
        }
        if (tooManyClasses) {
            throw new DataException(where + ": the label column '" + FileChecks.clip(labelName) + "' has more than "
                    + MAX_CLASSES
                    + " distinct values, too many for classes" + (sawText ? "" : "; set the task to regress"));
        }
        if (classNames.size() < 2) {
            throw new DataException(where + ": the label column '" + FileChecks.clip(labelName)
                    + "' holds only one class ('" + FileChecks.clip(classNames.get(0)) + "'); classification needs at"
                    + " least two");
        }
        int[] rank = sortedIfNumeric();
        float[] y = classOf.toArray();
        for (int i = 0; i < y.length; i++) {
            y[i] = rank[(int) y[i]];
        }
        return FMatrixRMaj.wrap(n, 1, y);
    }

    /** The class names in index order. */
    List<String> classNames() {
        if (task() == Task.REGRESS) {
            return List.of();
        }
        int[] rank = sortedIfNumeric();
        String[] names = new String[classNames.size()];
        for (int k = 0; k < names.length; k++) {
            names[rank[k]] = classNames.get(k);
        }
        return List.of(names);
    }

    /** For each label in order of appearance, its index: by numeric value when every label is a number. */
    private int[] sortedIfNumeric() {
        int m = classNames.size();
        Integer[] order = new Integer[m];
        for (int k = 0; k < m; k++) {
            order[k] = k;
        }
        if (!sawText) {
            java.util.Arrays.sort(order, Comparator.comparingDouble(k -> Double.parseDouble(classNames.get(k))));
        }
        int[] rank = new int[m];
        for (int r = 0; r < m; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }
}
