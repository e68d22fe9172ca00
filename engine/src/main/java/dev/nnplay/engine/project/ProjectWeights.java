package dev.nnplay.engine.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The network's values saved with a project: a file can start from given weights, and a trained one
 * records where it got to.
 *
 * @param layers one entry per dense layer, input side first
 * @param epoch  epochs trained to reach these values
 * @param step   mini-batch steps taken
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProjectWeights(List<DenseWeights> layers, int epoch, long step) {
    public ProjectWeights {
        if (layers == null || layers.isEmpty()) {
            throw new IllegalArgumentException("weights need at least one layer");
        }
        layers = List.copyOf(layers);
        if (epoch < 0 || step < 0) {
            throw new IllegalArgumentException("epoch and step must not be negative");
        }
    }
}
