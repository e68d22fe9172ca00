package dev.nnplay.engine.data;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A generated data set: which generator, how many points, how much noise, from which seed.
 *
 * @param name    the generator ({@link Generators#NAMES})
 * @param samples number of points, 1 to {@link #MAX_SAMPLES}
 * @param noise   noise level in {@code [0, 1]}: 0 is clean, 1 is TensorFlow Playground's maximum (50)
 * @param seed    the seed the points are drawn from; regenerating draws a new one
 * @param classes number of classes for the multi-class blob set; null elsewhere
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GeneratorSpec(String name, int samples, double noise, long seed, Integer classes) {

    /** The most points a generator makes. */
    public static final int MAX_SAMPLES = 100_000;

    public GeneratorSpec {
        if (name == null) {
            throw new IllegalArgumentException("a generated data set needs a generator name");
        }
        if (samples < 1 || samples > MAX_SAMPLES) {
            throw new IllegalArgumentException("samples must be 1 to " + MAX_SAMPLES + ", got " + samples);
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new IllegalArgumentException("noise must be in [0, 1], got " + noise);
        }
        if (classes != null && (classes < 2 || classes > 10)) {
            throw new IllegalArgumentException("classes must be 2 to 10, got " + classes);
        }
    }

    /** This spec with another seed, for "regenerate". */
    public GeneratorSpec withSeed(long s) {
        return new GeneratorSpec(name, samples, noise, s, classes);
    }
}
