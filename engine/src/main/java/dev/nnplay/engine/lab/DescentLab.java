package dev.nnplay.engine.lab;

import dev.nnplay.engine.optim.OptimizerSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The lab's state for a view: one surface, one start, and any set of optimizers walking from it, each
 * with its own learning rate. Play is {@link #stepAll()} called on a timer; a click on the map is
 * {@link #setStart}. Not thread-safe: call it from one thread (a view's, or a worker's).
 */
public final class DescentLab {
    private final Surface surface;
    /** The shared start. */
    private double startX;
    private double startY;
    /** The paths, in the order they were added (their legend order). */
    private final List<OptimizerPath> paths = new ArrayList<>();

    /** A lab on {@code surface} starting at its default start, with no optimizer yet. */
    public DescentLab(Surface surface) {
        this.surface = surface;
        double[] s = surface.defaultStart();
        this.startX = s[0];
        this.startY = s[1];
    }

    /** The surface walked on. */
    public Surface surface() {
        return surface;
    }

    /** Adds optimizer {@code type} ({@code sgd}, ..., {@code adamw}) at the surface's suggested rate, or returns its path. */
    public OptimizerPath add(String type) {
        OptimizerPath p = path(type);
        return p != null ? p : add(OptimizerSpec.of(type, surface.suggestedRate(type)));
    }

    /** Adds an optimizer with its settings; one path per type, a second replaces the first. */
    public OptimizerPath add(OptimizerSpec spec) {
        remove(spec.type());
        OptimizerPath p = new OptimizerPath(surface, spec, startX, startY);
        paths.add(p);
        return p;
    }

    /** Removes optimizer {@code type}'s path, if there is one. */
    public void remove(String type) {
        paths.removeIf(p -> p.spec().type().equals(type));
    }

    /** The path of {@code type}, or null. */
    public OptimizerPath path(String type) {
        for (OptimizerPath p : paths) {
            if (p.spec().type().equals(type)) {
                return p;
            }
        }
        return null;
    }

    /** Every path, in legend order (read-only). */
    public List<OptimizerPath> paths() {
        return Collections.unmodifiableList(paths);
    }

    /** One step of every path that has not diverged; false when none could move. */
    public boolean stepAll() {
        boolean moved = false;
        for (OptimizerPath p : paths) {
            moved |= p.step();
        }
        return moved;
    }

    /** Moves the start and sends every path back to it with a fresh optimizer. */
    public void setStart(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("the start must be a finite point, got " + x + ", " + y);
        }
        startX = x;
        startY = y;
        reset();
    }

    /** Every path back to the start with a fresh optimizer. */
    public void reset() {
        for (OptimizerPath p : paths) {
            p.reset(startX, startY);
        }
    }

    /** The start, {@code {θ₁, θ₂}}. */
    public double[] start() {
        return new double[] {startX, startY};
    }

    /** Sets the learning rate of {@code type}'s path for its next steps (its state kept). */
    public void setRate(String type, double lr) {
        OptimizerPath p = path(type);
        if (p == null) {
            throw new IllegalArgumentException("no " + type + " path in the lab");
        }
        p.setLearningRate(lr);
    }

    /** Sets every path's learning rate. */
    public void setRateAll(double lr) {
        for (OptimizerPath p : paths) {
            p.setLearningRate(lr);
        }
    }

    /** The surface sampled on {@code cols × rows} over its default view, with contour levels. */
    public LossMap map(int cols, int rows) {
        return LossMap.of(surface, surface.view(), cols, rows);
    }
}
