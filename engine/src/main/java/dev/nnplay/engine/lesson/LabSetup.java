package dev.nnplay.engine.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nnplay.engine.lab.Surface;
import dev.nnplay.engine.optim.OptimizerSpec;
import java.util.List;
import java.util.Map;

/**
 * How the descent lab is set for a lesson or one of its steps. Every field is optional: null leaves
 * that setting as it is (a lesson that opens in the lab names at least the surface).
 *
 * @param surface      the lab's surface ({@link Surface#NAMES}): {@code line} (the line on four points) or a
 *                     test surface such as {@code ravine}
 * @param optimizers   the optimizers whose paths are drawn ({@link OptimizerSpec#TYPES})
 * @param start        the start point, two numbers (on the line: w and b)
 * @param learningRate the learning rate for every path
 * @param rates        a learning rate per optimizer, over {@code learningRate}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LabSetup(String surface, List<String> optimizers, List<Double> start, Double learningRate,
                       Map<String, Double> rates) {

    public LabSetup {
        if (surface != null) {
            surface = Surface.named(surface).id(); // an unknown name lists the lab's surfaces
        }
        if (optimizers != null) {
            optimizers = optimizers.stream().map(o -> OptimizerSpec.of(o, 0.1).type()).toList();
            if (optimizers.isEmpty() || optimizers.size() > OptimizerSpec.TYPES.size()) {
                throw new IllegalArgumentException("optimizers needs 1 to " + OptimizerSpec.TYPES.size() + " names");
            }
        }
        if (start != null) {
            start = List.copyOf(start);
            if (start.size() != 2 || !start.stream().allMatch(Double::isFinite)) {
                throw new IllegalArgumentException("start must be two finite numbers, got " + start);
            }
        }
        if (learningRate != null) {
            OptimizerSpec.of("sgd", learningRate);
        }
        if (rates != null) {
            rates = Map.copyOf(rates);
            rates.forEach((o, lr) -> OptimizerSpec.of(o, lr));
        }
    }

    /** The learning rate of {@code optimizer}'s path: its own rate, else the common one, else null. */
    public Double rateOf(String optimizer) {
        if (rates != null && rates.containsKey(optimizer)) {
            return rates.get(optimizer);
        }
        return learningRate;
    }
}
