package dev.nnplay.engine.optim;

import dev.nnplay.engine.nn.Param;
import java.util.ArrayList;
import java.util.List;

/**
 * Updates parameters from their gradients, one step at a time, with the update equations of
 * {@code torch.optim} so that trajectories match PyTorch's for the same settings. Per-parameter state
 * (momentum buffers, moment estimates) is allocated on the first step and kept until {@link #reset()}.
 */
public abstract class Optimizer {
    /** Number of steps taken since the last reset. */
    protected long steps;
    /** Per-parameter state buffers, {@code state.get(i)[j]} is buffer j of parameter i. */
    protected final List<float[][]> state = new ArrayList<>();

    /** The name used in project files, such as {@code adam}. */
    public abstract String id();

    /** How many state buffers each parameter needs. */
    protected abstract int buffersPerParam();

    /** How many buffers, each as large as its parameter, this optimizer keeps per parameter. */
    public final int stateBuffers() {
        return buffersPerParam();
    }

    /** Updates parameter {@code p}, whose state buffers are {@code s}, with learning rate {@code lr}. */
    protected abstract void update(Param p, float[][] s, float lr);

    /** One step over every parameter with learning rate {@code lr}. */
    public final void step(List<Param> params, float lr) {
        if (state.size() != params.size()) {
            state.clear();
            for (Param p : params) {
                float[][] s = new float[buffersPerParam()][p.size()];
                state.add(s);
            }
            steps = 0;
        }
        steps++;
        for (int i = 0; i < params.size(); i++) {
            update(params.get(i), state.get(i), lr);
        }
    }

    /** Forgets all state, as a freshly made optimizer. */
    public void reset() {
        state.clear();
        steps = 0;
    }

    /** Steps taken since the last reset. */
    public long steps() {
        return steps;
    }

    /** A copy of the state buffers, for saving: one entry per parameter, each an array of buffers. */
    public List<float[][]> copyState() {
        List<float[][]> copy = new ArrayList<>(state.size());
        for (float[][] s : state) {
            float[][] c = new float[s.length][];
            for (int j = 0; j < s.length; j++) {
                c[j] = s[j].clone();
            }
            copy.add(c);
        }
        return copy;
    }

    /** Restores state saved by {@link #copyState()} after {@code steps} steps. */
    public void restoreState(List<float[][]> saved, long steps) {
        state.clear();
        for (float[][] s : saved) {
            if (s.length != buffersPerParam()) {
                throw new IllegalArgumentException(id() + " keeps " + buffersPerParam()
                        + " buffers per parameter, the saved state has " + s.length);
            }
            float[][] c = new float[s.length][];
            for (int j = 0; j < s.length; j++) {
                c[j] = s[j].clone();
            }
            state.add(c);
        }
        this.steps = steps;
    }
}
