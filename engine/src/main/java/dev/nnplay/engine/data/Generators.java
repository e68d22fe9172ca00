package dev.nnplay.engine.data;

import dev.nnplay.engine.nn.Rng;
import java.util.List;

/**
 * The built-in data sets. Two-dimensional points lie in {@code [−6, 6]²} as in TensorFlow Playground;
 * 1-D curves take {@code x} in {@code [−6, 6]} too. Every set is drawn from {@link GeneratorSpec#seed()}
 * alone, so the same spec gives the same points, bit for bit; "regenerate" is the same spec with a new
 * seed ({@link GeneratorSpec#withSeed}).
 *
 * <p>Noise ({@link GeneratorSpec#noise()}, 0 to 1): for classification the points move by a Gaussian
 * jitter of standard deviation {@code sigma · noise} (sigma from 0.45 for the spiral to 1.2 for XOR,
 * sized to each shape's gaps) while keeping the label of where they were drawn (so classes overlap),
 * redrawn until the point stays in the square; for regression the target moves
 * by a uniform amount of at most {@code 0.3 · noise}. Two-class sets hold the classes in equal numbers
 * (one more of class 0 when the count is odd); blobs deal its classes in turn.
 */
public final class Generators {

    /** Every generator, in menu order. */
    public static final List<GeneratorInfo> INFO = List.of(
            twoD("circle", "Circle", Task.CLASSIFY, "a disc inside a ring: no straight line separates them"),
            twoD("xor", "Exclusive or", Task.CLASSIFY, "the class is the sign of x1·x2: needs a hidden layer or the x1·x2 feature"),
            twoD("gauss", "Two Gaussians", Task.CLASSIFY, "two round clouds: one straight line is enough"),
            twoD("spiral", "Spiral", Task.CLASSIFY, "two interleaved arms: the hardest of the 2-D sets"),
            twoD("moons", "Two moons", Task.CLASSIFY, "two interlocking half circles: a gently curved boundary"),
            twoD("checkerboard", "Checkerboard", Task.CLASSIFY, "a 4×4 board of squares: many straight pieces"),
            twoD("blobs", "Blobs", Task.CLASSIFY, "three or more clouds, one class each: softmax and one output per class"),
            twoD("plane", "Plane", Task.REGRESS, "y = (x1 + x2) / 12: a linear model fits it exactly"),
            twoD("multigauss", "Multi-Gaussian", Task.REGRESS, "six bumps up and down: a surface with hills and valleys"),
            oneD("sine", "Sine", "y = sin x over two periods"),
            oneD("step", "Step", "y = −1 left of 0, +1 right of it: a jump smooth units struggle with"),
            oneD("abs", "Absolute value", "y = |x| / 3 − 1: one kink, exactly two ReLUs"),
            oneD("poly", "Cubic", "y = (x³ − 27x) / 54: a wave with two turns"),
            new GeneratorInfo("line4", "Four-point line", Task.REGRESS, 1, true,
                    "x = 1, 2, 3, 4 and y = x + 1: one weight and one bias, small enough to follow by hand"));

    /** Every generator's name, in menu order. */
    public static final List<String> NAMES = INFO.stream().map(GeneratorInfo::name).toList();

    /** The number of blobs when {@link GeneratorSpec#classes()} is not given. */
    public static final int DEFAULT_BLOBS = 3;

    private Generators() {
    }

    /** The generator called {@code name}, or an exception that lists the valid names. */
    public static GeneratorInfo info(String name) {
        for (GeneratorInfo g : INFO) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        throw new IllegalArgumentException("unknown generator '" + name + "'; expected one of "
                + String.join(", ", NAMES));
    }

    /** The data set {@code spec} describes. {@link GeneratorSpec#classes()} is used by blobs only. */
    public static Dataset generate(GeneratorSpec spec) {
        Rng rng = new Rng(spec.seed());
        int n = spec.samples();
        double noise = spec.noise();
        return switch (info(spec.name()).name()) {
            case "circle" -> ClassShapes.circle(n, noise, rng);
            case "xor" -> ClassShapes.xor(n, noise, rng);
            case "gauss" -> ClassShapes.gauss(n, noise, rng);
            case "spiral" -> ClassShapes.spiral(n, noise, rng);
            case "moons" -> ClassShapes.moons(n, noise, rng);
            case "checkerboard" -> ClassShapes.checkerboard(n, noise, rng);
            case "blobs" -> ClassShapes.blobs(n, spec.classes() == null ? DEFAULT_BLOBS : spec.classes(), noise, rng);
            case "plane" -> Surfaces.plane(n, noise, rng);
            case "multigauss" -> Surfaces.multigauss(n, noise, rng);
            case "sine" -> Surfaces.curve(n, noise, rng, Math::sin);
            case "step" -> Surfaces.curve(n, noise, rng, x -> x < 0 ? -1 : 1);
            case "abs" -> Surfaces.curve(n, noise, rng, x -> Math.abs(x) / 3 - 1);
            case "poly" -> Surfaces.curve(n, noise, rng, x -> (x * x * x - 27 * x) / 54);
            case "line4" -> Surfaces.line4();
            default -> throw new AssertionError(spec.name());
        };
    }

    private static GeneratorInfo twoD(String name, String title, Task task, String description) {
        return new GeneratorInfo(name, title, task, 2, false, description);
    }

    private static GeneratorInfo oneD(String name, String title, String description) {
        return new GeneratorInfo(name, title, Task.REGRESS, 1, false, description);
    }
}
