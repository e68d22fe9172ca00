package dev.nnplay.engine.inspect;

import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.nn.Network;
import java.util.function.BooleanSupplier;
import org.ejml.data.FMatrixRMaj;

/**
 * The diagnostics' side of a training session: whether they are wanted, and which step to measure.
 * A snapshot taken while they are wanted hands out the figures of one measured step and arms the
 * measurement of the next; while they are not, a step costs one field read. Used on the training
 * thread only, except for the {@code wanted} switch, which any thread may flip.
 */
public final class StepDiagnostics {
    /** Whether the diagnostics are wanted (the panel is open); null for never. */
    private volatile BooleanSupplier wanted;
    /** Measures the armed step; made the first time the diagnostics are wanted. */
    private Probe probe;
    /** Whether the next step is measured. */
    private boolean armed;
    /** Whether the diagnostics were wanted at the last snapshot. */
    private boolean wereOn;

    /** Turns the diagnostics on while {@code w} says so; null for never. */
    public void setWanted(BooleanSupplier w) {
        this.wanted = w;
    }

    /** Whether the coming step is to be measured. */
    public boolean armed() {
        return armed;
    }

    /** Measures the armed step after its backward pass; see {@link Probe#measure}. */
    public void afterBackward(FMatrixRMaj batchX, Kernels k, long step) {
        probe.measure(batchX, k, step);
    }

    /** Completes the armed step's measurement after the optimizer's update, and disarms. */
    public void afterUpdate() {
        probe.afterUpdate();
        armed = false;
    }

    /**
     * The figures for a snapshot of {@code net} at step count {@code step}, or none when the
     * diagnostics are not wanted. When they were just turned on (or nothing was measured yet),
     * {@code measureAtRest} is run first: it must do a forward and backward pass over a batch that
     * changes no weight, optimizer state or random stream, then call {@link #afterBackward}.
     */
    public NetworkFigures figures(Network net, long step, Runnable measureAtRest) {
        BooleanSupplier w = wanted;
        if (w == null || !w.getAsBoolean()) {
            armed = false;
            wereOn = false;
            return NetworkFigures.NONE;
        }
        if (probe == null) {
            probe = new Probe(net);
        }
        if (probe.measuredStep() < 0 || !wereOn && probe.measuredStep() != step) {
            measureAtRest.run();
        }
        armed = true;
        wereOn = true;
        return probe.figures();
    }
}
