package dev.nnplay.engine.nn;

import java.util.SplittableRandom;

/**
 * The one seeded random source behind initial weights, shuffling, dropout masks and generated data.
 * Its algorithm ({@link SplittableRandom} plus Box–Muller for normals) is fixed by the Java
 * specification, so a seed gives the same numbers on every Java version and machine.
 */
public final class Rng {
    /** The underlying generator. */
    private final SplittableRandom random;
    /** The second normal of the last Box–Muller pair, valid while {@link #hasSpare}. */
    private double spare;
    /** Whether {@link #spare} holds an unused normal. */
    private boolean hasSpare;

    /**
     * What a stream of random numbers is for. A project has one seed; each purpose draws from its own
     * stream derived from it ({@link #seedFor}), so that, say, a new split leaves the initial weights
     * as they were. The window and the command line derive them alike, so a project trains the same
     * in both.
     */
    public enum Purpose {
        /** The train/test split. */
        SPLIT(0x9E3779B97F4A7C15L),
        /** The initial weights (and dropout masks). */
        INIT(0xC2B2AE3D27D4EB4FL),
        /** The per-epoch shuffling of the training rows. */
        SHUFFLE(0x165667B19E3779F9L);

        private final long salt;

        Purpose(long salt) {
            this.salt = salt;
        }
    }

    /** The seed of the stream for {@code purpose} under the project seed {@code seed} (SplitMix64's mixer). */
    public static long seedFor(long seed, Purpose purpose) {
        long z = seed + purpose.salt;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A source seeded with {@code seed}. */
    public Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    private Rng(SplittableRandom random) {
        this.random = random;
    }

    /** An independent source derived from this one, for a separate stream (such as dropout). */
    public Rng split() {
        return new Rng(random.split());
    }

    /** Uniform in {@code [0, 1)}. */
    public double nextDouble() {
        return random.nextDouble();
    }

    /** Uniform in {@code [lo, hi)}. */
    public double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** Uniform integer in {@code [0, bound)}. */
    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /** A 64-bit value, for deriving new seeds. */
    public long nextLong() {
        return random.nextLong();
    }

    /** Standard normal, by the Box–Muller transform. */
    public double nextGaussian() {
        if (hasSpare) {
            hasSpare = false;
            return spare;
        }
        double u1;
        do {
            u1 = random.nextDouble();
        } while (u1 <= Double.MIN_NORMAL);
        double u2 = random.nextDouble();
        double r = Math.sqrt(-2.0 * Math.log(u1));
        spare = r * Math.sin(2.0 * Math.PI * u2);
        hasSpare = true;
        return r * Math.cos(2.0 * Math.PI * u2);
    }

    /** Fills {@code order[0..n)} with a uniformly random permutation of {@code 0..n-1} (Fisher–Yates). */
    public void permutation(int[] order, int n) {
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
