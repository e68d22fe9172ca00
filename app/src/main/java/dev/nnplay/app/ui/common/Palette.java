package dev.nnplay.app.ui.common;

/**
 * The colours of the heat maps as packed ARGB ints, TensorFlow Playground's scheme: orange for
 * negative (class 0), a pale grey for zero, blue for positive (class 1); further classes get colours
 * of their own. Pure arithmetic, so it is tested and used without a toolkit.
 */
public final class Palette {
    public static final int ORANGE = 0xFFF59322;
    public static final int BLUE = 0xFF0877BD;
    public static final int MID = 0xFFE8EAEB;
    /** The third colour: the metric's curve, class 2. */
    public static final int GREEN = 0xFF2CA02C;
    /** Behind a plot (curve, thumbnails' plots, the confusion matrix). */
    public static final int PLOT_BACKGROUND = 0xFFF7F9FA;
    /** Behind a data set's thumbnail. */
    public static final int THUMB_BACKGROUND = 0xFFF4F6F8;
    /** Axes and grid lines. */
    public static final int PLOT_AXIS = 0xFFC9CED3;
    /** Text and the fitted curve. */
    public static final int INK = 0xFF24292F;
    /** Secondary text. */
    public static final int MUTED = 0xFF57606A;
    /** One colour per class, class 0 first. */
    public static final int[] CLASSES = {ORANGE, BLUE, GREEN, 0xFF9467BD, 0xFFD62728, 0xFF8C564B,
        0xFFE377C2, 0xFF17BECF, 0xFFBCBD22, 0xFF7F7F7F};

    private Palette() {
    }

    /** {@code argb} as a JavaFX colour. */
    public static javafx.scene.paint.Color fx(int argb) {
        return javafx.scene.paint.Color.rgb((argb >> 16) & 255, (argb >> 8) & 255, argb & 255, ((argb >>> 24) & 255) / 255.0);
    }

    /** {@code t} in [−1, 1] (clipped): orange through grey to blue. */
    public static int diverging(double t) {
        if (!(t == t)) {
            return 0xFF000000;
        }
        t = Math.max(-1, Math.min(1, t));
        return t < 0 ? mix(MID, ORANGE, -t) : mix(MID, BLUE, t);
    }

    /** {@code color} at strength {@code a} in [0, 1] over the grey middle. */
    public static int mix(int from, int to, double a) {
        int r = lerp((from >> 16) & 255, (to >> 16) & 255, a);
        int g = lerp((from >> 8) & 255, (to >> 8) & 255, a);
        int b = lerp(from & 255, to & 255, a);
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    private static int lerp(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }

    /** The colour of class {@code k}. */
    public static int classColor(int k) {
        return CLASSES[k % CLASSES.length];
    }

    /**
     * Fills {@code argb} with the output over the grid: for one output a probability (classification,
     * {@code 2p − 1}) or a value (regression, scaled by {@code range}); for several, the likeliest
     * class's colour at its confidence. {@code discrete} drops the shading.
     */
    public static void fillOutput(float[][] outputs, boolean probability, double range, boolean discrete, int[] argb) {
        int n = argb.length;
        if (outputs.length == 1) {
            float[] o = outputs[0];
            for (int i = 0; i < n; i++) {
                double t = probability ? 2 * o[i] - 1 : o[i] / range;
                if (discrete) {
                    t = t >= 0 ? 1 : -1;
                }
                argb[i] = diverging(t);
            }
            return;
        }
        int k = outputs.length;
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (int j = 1; j < k; j++) {
                if (outputs[j][i] > outputs[best][i]) {
                    best = j;
                }
            }
            double conf = discrete ? 1 : (outputs[best][i] - 1.0 / k) / (1 - 1.0 / k);
            argb[i] = mix(MID, classColor(best), 0.15 + 0.85 * Math.max(0, conf));
        }
    }

    /** Fills {@code argb} with one neuron's values, scaled so its largest magnitude is full colour. */
    public static void fillNeuron(float[] v, int[] argb) {
        double m = 1e-6;
        for (float x : v) {
            m = Math.max(m, Math.abs(x));
        }
        for (int i = 0; i < argb.length; i++) {
            argb[i] = diverging(v[i] / m);
        }
    }
}
