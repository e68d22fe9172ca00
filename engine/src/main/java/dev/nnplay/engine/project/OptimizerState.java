package dev.nnplay.engine.project;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.nnplay.engine.optim.Optimizer;
import dev.nnplay.engine.train.TrainingSession;
import java.util.List;

/**
 * What an optimizer remembers between steps, and where in the epoch training stopped, saved so that
 * training resumes exactly where it left off (bit for bit, for networks without dropout).
 *
 * @param type    the optimizer's id, such as {@code adam}; must match {@code training.optimizer.type}
 * @param steps   steps the optimizer has taken (Adam's bias correction depends on it)
 * @param row     the next row of the epoch's shuffled order to train on (0 at an epoch's start)
 * @param buffers per parameter in {@code Network.params()} order (weight then bias of each dense layer),
 *                the optimizer's buffers (momentum, moment estimates), each as long as the parameter;
 *                empty before the first step and for plain SGD
 */
@JsonPropertyOrder({"type", "steps", "row", "buffers"})
public record OptimizerState(String type, long steps, int row, List<float[][]> buffers) {

    public OptimizerState {
        if (type == null || type.isBlank()) {
            throw new IllegalArgumentException("optimizerState needs a 'type'");
        }
        if (steps < 0 || row < 0) {
            throw new IllegalArgumentException("optimizerState: steps and row must not be negative");
        }
        buffers = buffers == null ? List.of() : List.copyOf(buffers);
    }

    /** The state of {@code s}'s optimizer, built from {@code training.optimizer.type} {@code type}, and its place in the epoch. */
    public static OptimizerState of(String type, TrainingSession s) {
        Optimizer o = s.optimizer();
        return new OptimizerState(type, o.steps(), s.row(), o.copyState());
    }

    /**
     * Puts this state into {@code s}'s optimizer (the place in the epoch goes to
     * {@link TrainingSession#restoreProgress(int, long, int)}), after checking it fits: one entry per
     * parameter, every buffer as long as its parameter, as many buffers as the optimizer keeps.
     */
    public void restoreInto(TrainingSession s) {
        Optimizer o = s.optimizer();
        var params = s.network().params();
        if (!buffers.isEmpty() && buffers.size() != params.size()) {
            throw new ProjectException("optimizerState.buffers: " + buffers.size() + " entries but the network has "
                    + params.size() + " parameters");
        }
        for (int i = 0; i < buffers.size(); i++) {
            for (float[] b : buffers.get(i)) {
                if (b.length != params.get(i).size()) {
                    throw new ProjectException("optimizerState.buffers[" + i + "]: " + b.length
                            + " numbers but the parameter has " + params.get(i).size());
                }
            }
        }
        try {
            o.restoreState(buffers, steps);
        } catch (IllegalArgumentException e) {
            throw new ProjectException("optimizerState: " + e.getMessage(), e);
        }
    }
}
