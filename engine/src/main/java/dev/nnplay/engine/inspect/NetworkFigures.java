package dev.nnplay.engine.inspect;

import java.util.List;

/**
 * Diagnostics of every layer at one measured training step, immutable and safe to hand to another
 * thread.
 *
 * @param step    the step the figures were measured on (the step count after its update), or the
 *                step count at which a pass without an update measured them
 * @param updated whether the figures include an update (the ratio); false for a pass at rest
 * @param layers  one entry per dense layer, input side first
 */
public record NetworkFigures(long step, boolean updated, List<LayerFigures> layers) {

    /** No figures (diagnostics off). */
    public static final NetworkFigures NONE = new NetworkFigures(-1, false, List.of());

    public NetworkFigures {
        layers = List.copyOf(layers);
    }

    /** Whether there is anything to show. */
    public boolean isEmpty() {
        return layers.isEmpty();
    }
}
