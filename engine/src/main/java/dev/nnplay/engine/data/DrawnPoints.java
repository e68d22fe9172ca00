package dev.nnplay.engine.data;

import java.util.List;
import org.ejml.data.FMatrixRMaj;

/**
 * Points the user draws on the 2-D plot: each click adds a point {@code (x1, x2)} with a class (or a
 * value, for regression), another removes the nearest one. Saved with the project as
 * {@link InlineData} ({@link #toInlineData()}, {@link DataSpec#withInline}) and restored with
 * {@link #fromInlineData}. Points keep the order they were drawn in, so the split of a saved drawing
 * is the same after opening it again.
 *
 * <p>Mutable and not thread-safe: the window's thread owns it and hands {@link #toDataset()} (a copy)
 * to training.
 */
public final class DrawnPoints {

    /** Whether points carry a class or a value. */
    private final Task task;
    /** The class names (classification), in index order. */
    private final List<String> classNames;
    /** The two input names. */
    private final List<String> inputNames;
    /** The target's name. */
    private final String targetName;
    /** The points, {@code x1, x2} after each other. */
    private final FloatArray xy = new FloatArray(256);
    /** Each point's class index or value. */
    private final FloatArray targets = new FloatArray(128);

    private DrawnPoints(Task task, List<String> classNames, List<String> inputNames, String targetName) {
        if (task == Task.CLASSIFY && classNames.size() < 2) {
            throw new IllegalArgumentException("drawing classes needs at least two class names, got " + classNames);
        }
        this.task = task;
        this.classNames = List.copyOf(classNames);
        this.inputNames = List.copyOf(inputNames);
        this.targetName = targetName;
    }

    /** An empty drawing whose points belong to {@code classNames} (such as orange and blue). */
    public static DrawnPoints classification(List<String> classNames) {
        return new DrawnPoints(Task.CLASSIFY, classNames, List.of("x1", "x2"), "class");
    }

    /** An empty drawing whose points carry a value. */
    public static DrawnPoints regression() {
        return new DrawnPoints(Task.REGRESS, List.of(), List.of("x1", "x2"), "y");
    }

    /** A drawing that starts from the points of {@code data} (two inputs, one target), to edit them. */
    public static DrawnPoints of(Dataset data) {
        if (data.inputs() != 2 || data.y().numCols != 1) {
            throw new IllegalArgumentException("only points (x1, x2) with one target can be drawn on; this data has "
                    + data.inputs() + " inputs and " + data.y().numCols + " targets");
        }
        DrawnPoints p = new DrawnPoints(data.task(), data.classNames(), data.inputNames(), data.targetNames().get(0));
        for (int i = 0; i < data.size(); i++) {
            p.add(data.x().data[2 * i], data.x().data[2 * i + 1], data.y().data[i]);
        }
        return p;
    }

    /** The drawing saved in a project. */
    public static DrawnPoints fromInlineData(InlineData saved) {
        return of(saved.toDataset());
    }

    /** The points as the project saves them. */
    public InlineData toInlineData() {
        return InlineData.of(toDataset());
    }

    /** The points as a data set, copied. */
    public Dataset toDataset() {
        int n = size();
        FMatrixRMaj x = FMatrixRMaj.wrap(n, 2, xy.toArray());
        FMatrixRMaj y = FMatrixRMaj.wrap(n, 1, targets.toArray());
        return new Dataset(x, y, task, inputNames, List.of(targetName), classNames);
    }

    /** How many points there are. */
    public int size() {
        return targets.size();
    }

    /** Whether points carry a class or a value. */
    public Task task() {
        return task;
    }

    /** The class names; empty for regression. */
    public List<String> classNames() {
        return classNames;
    }

    /** Point {@code i}'s first coordinate. */
    public float x1(int i) {
        return xy.get(2 * i);
    }

    /** Point {@code i}'s second coordinate. */
    public float x2(int i) {
        return xy.get(2 * i + 1);
    }

    /** Point {@code i}'s class index or value. */
    public float target(int i) {
        return targets.get(i);
    }

    /**
     * Adds the point {@code (x1, x2)} with a class index (classification) or value (regression).
     *
     * @throws IllegalArgumentException for a coordinate or value that is not finite, or a class out of range
     * @throws IllegalStateException    when the drawing already holds {@link InlineData#MAX_ROWS} points
     */
    public void add(double x1, double x2, double classOrValue) {
        if (!Double.isFinite(x1) || !Double.isFinite(x2) || !Double.isFinite(classOrValue)) {
            throw new IllegalArgumentException("a drawn point needs finite numbers, got (" + x1 + ", " + x2 + ") "
                    + classOrValue);
        }
        if (task == Task.CLASSIFY && (classOrValue != Math.rint(classOrValue) || classOrValue < 0
                || classOrValue >= classNames.size())) {
            throw new IllegalArgumentException("class " + classOrValue + " is not one of 0 to " + (classNames.size() - 1));
        }
        if (size() == InlineData.MAX_ROWS) {
            throw new IllegalStateException("a drawing holds at most " + InlineData.MAX_ROWS + " points");
        }
        xy.add((float) x1);
        xy.add((float) x2);
        targets.add((float) classOrValue);
    }

    /**
     * Removes the point nearest to {@code (x1, x2)} if it lies within {@code radius} (Euclidean, in data
     * units); of equally near points, the one drawn last.
     *
     * @return the index the removed point had, or −1 when none was that near
     */
    public int removeNearest(double x1, double x2, double radius) {
        int best = -1;
        double bestD2 = radius * radius;
        for (int i = 0; i < size(); i++) {
            double dx = xy.get(2 * i) - x1;
            double dy = xy.get(2 * i + 1) - x2;
            double d2 = dx * dx + dy * dy;
            if (d2 <= bestD2) {
                best = i;
                bestD2 = d2;
            }
        }
        if (best >= 0) {
            xy.remove(2 * best, 2);
            targets.remove(best, 1);
        }
        return best;
    }

    /** Removes every point. */
    public void clear() {
        xy.clear();
        targets.clear();
    }
}
