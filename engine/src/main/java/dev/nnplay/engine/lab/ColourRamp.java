package dev.nnplay.engine.lab;

/**
 * The loss map's colours, as {@code 0xRRGGBB} ints: a ramp from deep blue (low loss) through teal and
 * green to pale yellow (high loss), rising steadily in lightness so it reads in grey and to most
 * colour-blind eyes; and one colour per optimizer for its path, chosen to stand out on every part of
 * the ramp when drawn over a thin dark outline.
 */
public final class ColourRamp {
    /** The ramp's anchors, low to high, evenly spaced. */
    private static final int[] ANCHORS = {0x10194a, 0x1d3f86, 0x21709b, 0x2b9f98, 0x5cc27e, 0xaedc6a, 0xf3f0a8};

    /** Path colours in the order of {@link dev.nnplay.engine.optim.OptimizerSpec#TYPES}. */
    private static final String[] OPTIMIZERS = {"sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw"};
    private static final int[] PATH = {0xff3b30, 0xff9500, 0xff4fd8, 0xc08a5a, 0xffffff, 0x111111, 0x8f6bff};

    private ColourRamp() {
    }

    /** The ramp's colour at {@code t} in [0, 1] (clamped), linearly between anchors. */
    public static int rgb(double t) {
        double u = Math.max(0, Math.min(1, Double.isNaN(t) ? 1 : t)) * (ANCHORS.length - 1);
        int i = Math.min((int) u, ANCHORS.length - 2);
        double f = u - i;
        int c0 = ANCHORS[i];
        int c1 = ANCHORS[i + 1];
        return mix(c0 >> 16 & 255, c1 >> 16 & 255, f) << 16 | mix(c0 >> 8 & 255, c1 >> 8 & 255, f) << 8
                | mix(c0 & 255, c1 & 255, f);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /** The path colour of optimizer {@code id} ({@code sgd}, {@code adam}, ...); grey for an unknown one. */
    public static int optimizer(String id) {
        for (int i = 0; i < OPTIMIZERS.length; i++) {
            if (OPTIMIZERS[i].equals(id)) {
                return PATH[i];
            }
        }
        return 0x888888;
    }

    /** Whether text or lines over {@code rgb} should be dark (the colour is light), by relative luminance. */
    public static boolean isLight(int rgb) {
        double r = (rgb >> 16 & 255) / 255.0;
        double g = (rgb >> 8 & 255) / 255.0;
        double b = (rgb & 255) / 255.0;
        return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5;
    }
}
