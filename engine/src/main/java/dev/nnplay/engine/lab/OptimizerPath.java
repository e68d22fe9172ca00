package dev.nnplay.engine.lab;

import dev.nnplay.engine.nn.Param;
import dev.nnplay.engine.optim.Optimizer;
import dev.nnplay.engine.optim.OptimizerSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One optimizer's walk across a surface, a step at a time: two float32 parameters of 1 × 1, their
 * gradient from the surface, and the update from the engine's own {@link Optimizer}, so the path is
 * exactly what training that two-parameter model with that optimizer does. Records every point and
 * its loss. A path whose point or loss stops being finite, or which leaves the view grown by
 * {@value #FAR} times its size on each side, is marked diverged and stops. Not thread-safe.
 */
public final class OptimizerPath {
    /** How far outside the surface's view, in view sizes, counts as diverged. */
    public static final double FAR = 10;

    /** The surface walked on. */
    private final Surface surface;
    /** The optimizer's settings; the learning rate may change between steps. */
    private OptimizerSpec spec;
    /** The engine's optimizer, with its state. */
    private final Optimizer optimizer;
    /** Reads its state. */
    private final OptimizerAnatomy anatomy;
    /** θ₁ and θ₂, each a 1 × 1 parameter as the optimizer updates them. */
    private final List<Param> params;
    /** Beyond this box the path has diverged. */
    private final ViewBox limit;
    /** The points so far, θ₁ and θ₂, and the loss at each; entry 0 is the start. */
    private double[] xs = new double[64];
    private double[] ys = new double[64];
    private double[] losses = new double[64];
    /** Points recorded. */
    private int count;
    /** Whether the path has diverged (and stopped). */
    private boolean diverged;
    /** Reused for the surface's gradient. */
    private final double[] grad = new double[2];

    /** A path of {@code spec}'s optimizer from {@code (x0, y0)}. */
    public OptimizerPath(Surface surface, OptimizerSpec spec, double x0, double y0) {
        this.surface = surface;
        this.spec = spec;
        this.optimizer = spec.build();
        this.anatomy = new OptimizerAnatomy(optimizer);
        List<String> names = surface.paramNames();
        this.params = List.of(Param.of(names.get(0), 1, 1, surface.decays(0)),
                Param.of(names.get(1), 1, 1, surface.decays(1)));
        this.limit = surface.view().grown(FAR);
        reset(x0, y0);
    }

    /** Back to a fresh optimizer at {@code (x0, y0)}. */
    public void reset(double x0, double y0) {
        optimizer.reset();
        params.get(0).value().data[0] = (float) x0;
        params.get(1).value().data[0] = (float) y0;
        count = 0;
        diverged = false;
        record();
    }

    /** Changes the learning rate for the following steps; the optimizer keeps its state. */
    public void setLearningRate(double lr) {
        spec = spec.withLearningRate(lr);
    }

    /**
     * Takes one step. Returns false, taking none, once the path has diverged; a step that diverges
     * is recorded and marks the path.
     */
    public boolean step() {
        if (diverged) {
            return false;
        }
        update(optimizer, params);
        record();
        return true;
    }

    /** Takes up to {@code n} steps, stopping early if the path diverges. */
    public void run(int n) {
        for (int i = 0; i < n && step(); i++) {
            // step() does the work
        }
    }

    /**
     * The next update worked in numbers, without taking it: the gradient at the current point, the
     * optimizer's state before and after, the step. Computed by a copy of the optimizer with the same
     * state, so it is the step {@link #step()} would take. For the line it shows the batch too.
     */
    public Worksheet nextUpdate() {
        Optimizer copy = spec.build();
        copy.restoreState(optimizer.copyState(), optimizer.steps());
        List<Param> ps = List.of(Param.of(params.get(0).name(), 1, 1, params.get(0).regularized()),
                Param.of(params.get(1).name(), 1, 1, params.get(1).regularized()));
        float t1 = params.get(0).value().data[0];
        float t2 = params.get(1).value().data[0];
        ps.get(0).value().data[0] = t1;
        ps.get(1).value().data[0] = t2;
        List<float[][]> before = copy.copyState();
        double loss = update(copy, ps);
        List<float[][]> after = copy.copyState();
        long t = copy.steps();
        List<Worksheet.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            double[] s1 = anatomy.state(after.get(i), 0);
            entries.add(new Worksheet.Entry(ps.get(i).name(), i == 0 ? t1 : t2, ps.get(i).grad().data[0],
                    anatomy.state(before.isEmpty() ? null : before.get(i), 0), s1, anatomy.derived(s1, t),
                    ps.get(i).value().data[0]));
        }
        Worksheet.Batch batch = null;
        if (surface instanceof LineSurface line) {
            LineSurface.Forward f = line.forward(t1, t2);
            batch = new Worksheet.Batch(f.x(), f.y(), f.yHat());
        }
        return new Worksheet(spec.type(), t, anatomy.rate(spec.learningRate(), t), loss, batch,
                anatomy.stateNames(), anatomy.derivedNames(), anatomy.constants(t), entries);
    }

    /** What moves the point now: the forces of {@link #nextUpdate()}. */
    public Forces forces() {
        return Forces.of(nextUpdate(), anatomy);
    }

    /** Sets the gradient at the parameters' point and lets {@code opt} update them; returns the loss there. */
    private double update(Optimizer opt, List<Param> ps) {
        Param p1 = ps.get(0);
        Param p2 = ps.get(1);
        double loss = surface.gradient(p1.value().data[0], p2.value().data[0], grad);
        p1.grad().data[0] = (float) grad[0];
        p2.grad().data[0] = (float) grad[1];
        opt.step(ps, (float) spec.learningRate());
        return loss;
    }

    private void record() {
        if (count == xs.length) {
            xs = Arrays.copyOf(xs, count * 2);
            ys = Arrays.copyOf(ys, count * 2);
            losses = Arrays.copyOf(losses, count * 2);
        }
        double x = params.get(0).value().data[0];
        double y = params.get(1).value().data[0];
        double l = Double.isFinite(x) && Double.isFinite(y) ? surface.value(x, y) : Double.NaN;
        xs[count] = x;
        ys[count] = y;
        losses[count] = l;
        count++;
        if (!Double.isFinite(l) || !limit.contains(x, y)) {
            diverged = true;
        }
    }

    /** The surface. */
    public Surface surface() {
        return surface;
    }

    /** The optimizer's settings in force. */
    public OptimizerSpec spec() {
        return spec;
    }

    /** The engine's optimizer, with its state (read it, do not step it). */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** Steps taken: points recorded minus the start. */
    public int steps() {
        return count - 1;
    }

    /** θ₁ of point {@code k}, 0 being the start. */
    public double x(int k) {
        return xs[check(k)];
    }

    /** θ₂ of point {@code k}. */
    public double y(int k) {
        return ys[check(k)];
    }

    /** J at point {@code k}. */
    public double loss(int k) {
        return losses[check(k)];
    }

    /** The losses of every point, start first. */
    public double[] losses() {
        return Arrays.copyOf(losses, count);
    }

    /** Whether the path has diverged and stopped. */
    public boolean diverged() {
        return diverged;
    }

    private int check(int k) {
        if (k < 0 || k >= count) {
            throw new IndexOutOfBoundsException("point " + k + " of " + count);
        }
        return k;
    }
}
