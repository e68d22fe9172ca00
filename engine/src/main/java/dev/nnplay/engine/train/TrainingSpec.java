package dev.nnplay.engine.train;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.optim.Regularization;
import dev.nnplay.engine.optim.Schedule;

/**
 * How to train: the loss, the optimizer, the schedule, the penalty, the batch size and how long.
 *
 * @param loss           the loss's name ({@link Loss#id()})
 * @param huberDelta     Huber's threshold δ; null for 1
 * @param optimizer      the optimizer and its settings
 * @param schedule       how the learning rate changes per epoch; null for constant
 * @param regularization the weight penalty; null for none
 * @param batchSize      samples per step, 1 to {@link #MAX_BATCH}; a batch as large as the training
 *                       part is plain (full-batch) gradient descent
 * @param epochs         how many epochs the command line trains for, 0 to {@link #MAX_EPOCHS}
 * @param shuffle        whether mini-batches are reshuffled each epoch (from the seed)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TrainingSpec(String loss, Double huberDelta, OptimizerSpec optimizer, Schedule schedule,
                           Regularization regularization, int batchSize, int epochs, boolean shuffle) {

    /** The largest batch accepted. */
    public static final int MAX_BATCH = 1_000_000;
    /** The most epochs accepted. */
    public static final int MAX_EPOCHS = 10_000_000;

    public TrainingSpec {
        if (loss == null) {
            loss = Loss.MSE.id();
        }
        Loss.byId(loss);
        if (huberDelta != null && !(huberDelta > 0)) {
            throw new IllegalArgumentException("huberDelta must be above 0, got " + huberDelta);
        }
        if (optimizer == null) {
            optimizer = OptimizerSpec.of("sgd", 0.03);
        }
        if (schedule == null) {
            schedule = Schedule.CONSTANT;
        }
        if (regularization == null) {
            regularization = Regularization.NONE;
        }
        if (batchSize < 1 || batchSize > MAX_BATCH) {
            throw new IllegalArgumentException("batchSize must be 1 to " + MAX_BATCH + ", got " + batchSize);
        }
        if (epochs < 0 || epochs > MAX_EPOCHS) {
            throw new IllegalArgumentException("epochs must be 0 to " + MAX_EPOCHS + ", got " + epochs);
        }
    }

    /** The loss function. */
    @JsonIgnore
    public Loss lossFunction() {
        return Loss.byId(loss);
    }

    /** Huber's δ, 1 when not set. */
    @JsonIgnore
    public float delta() {
        return huberDelta != null ? huberDelta.floatValue() : Loss.DEFAULT_DELTA;
    }

    /** This spec with another optimizer. */
    public TrainingSpec withOptimizer(OptimizerSpec o) {
        return new TrainingSpec(loss, huberDelta, o, schedule, regularization, batchSize, epochs, shuffle);
    }

    /** This spec with another loss. */
    public TrainingSpec withLoss(Loss l) {
        return new TrainingSpec(l.id(), huberDelta, optimizer, schedule, regularization, batchSize, epochs, shuffle);
    }

    /** This spec with another penalty. */
    public TrainingSpec withRegularization(Regularization r) {
        return new TrainingSpec(loss, huberDelta, optimizer, schedule, r, batchSize, epochs, shuffle);
    }

    /** This spec with another batch size. */
    public TrainingSpec withBatchSize(int b) {
        return new TrainingSpec(loss, huberDelta, optimizer, schedule, regularization, b, epochs, shuffle);
    }

    /** This spec with another number of epochs. */
    public TrainingSpec withEpochs(int e) {
        return new TrainingSpec(loss, huberDelta, optimizer, schedule, regularization, batchSize, e, shuffle);
    }

    /** This spec with another schedule. */
    public TrainingSpec withSchedule(Schedule s) {
        return new TrainingSpec(loss, huberDelta, optimizer, s, regularization, batchSize, epochs, shuffle);
    }
}
