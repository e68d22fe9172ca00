package dev.nnplay.engine.nn;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.nnplay.engine.testing.Golden;
import dev.nnplay.engine.testing.GradientCheck;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every activation's derivative against central differences of its value, and both against PyTorch
 * (values and autograd derivatives from {@code activations.json}); the hand-typed erf behind GELU
 * against Python's {@code math.erf}.
 */
class ActivationTest {
    /** The measured margins, for a reader of the test log (silenced in mvn verify, see logging.properties). */
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(ActivationTest.class.getName());

    /** Finite-difference step; the values are float32, so smaller steps drown in rounding. */
    static final double H = 1e-2;

    /** Each activation with its default setting, and the ones that have a setting with another. */
    static List<Arguments> settings() {
        List<Arguments> out = new ArrayList<>();
        for (Activation f : Activation.values()) {
            out.add(Arguments.of(f, f.defaultParameter()));
        }
        out.add(Arguments.of(Activation.LEAKY_RELU, 0.2f));
        out.add(Arguments.of(Activation.ELU, 0.5f));
        out.add(Arguments.of(Activation.ELU, 2.0f));
        return out;
    }

    /** Points in [−6, 6] and a few far out, skipping the kink at 0 by more than the step. */
    static float[] points() {
        List<Float> xs = new ArrayList<>();
        for (int i = -600; i <= 600; i += 7) {
            float x = i / 100f;
            if (Math.abs(x) > 3 * H) {
                xs.add(x);
            }
        }
        xs.addAll(List.of(-30f, -19.5f, 19.5f, 21f, 30f, 0.031f, -0.031f));
        float[] a = new float[xs.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = xs.get(i);
        }
        return a;
    }

    static void checkDerivative(Activation f, float a, GradientCheck check) {
        for (float x : points()) {
            check.scalar(f.id() + "(" + a + ")", v -> f.apply((float) v, a), x, f.derivative(x, f.apply(x, a), a));
        }
    }

    @ParameterizedTest(name = "{0} a={1}")
    @MethodSource("settings")
    void derivativeMatchesFiniteDifferences(Activation f, float a) {
        GradientCheck check = new GradientCheck(H, 1e-3, 1e-4, false);
        checkDerivative(f, a, check);
        LOG.info("finite differences " + f.id() + " a=" + a + ": " + check);
    }

    @Test
    void theCheckCatchesAWrongDerivative() {
        GradientCheck check = new GradientCheck(H, 1e-3, 1e-4, false);
        // Sigmoid's derivative off by 1%, and the classic slip f' = y instead of y(1 − y).
        assertThrows(AssertionError.class, () -> check.scalar("sigmoid × 1.01",
                v -> Activation.SIGMOID.apply((float) v, 0), 0.5f,
                1.01 * Activation.SIGMOID.derivative(0.5f, Activation.SIGMOID.apply(0.5f, 0), 0)));
        assertThrows(AssertionError.class, () -> check.scalar("sigmoid as y",
                v -> Activation.SIGMOID.apply((float) v, 0), -1f, Activation.SIGMOID.apply(-1f, 0)));
        // ELU's left slope taken as 1 (a smooth-looking slip) is caught too.
        assertThrows(AssertionError.class, () -> check.scalar("elu left slope",
                v -> Activation.ELU.apply((float) v, 1f), -0.5f, 1.0));
    }

    @Test
    void valuesAndDerivativesMatchPyTorch() {
        JsonNode doc = Golden.read(Golden.ACTIVATIONS);
        for (JsonNode c : doc.get("activations")) {
            Activation f = Activation.byId(c.get("id").asText());
            float a = c.get("alpha").isNull() ? f.defaultParameter() : (float) c.get("alpha").asDouble();
            float[] xs = Golden.floats(c.get("x"));
            double[] ys = Golden.doubles(c.get("y"));
            double[] dys = Golden.doubles(c.get("dy"));
            double worstY = 0;
            double worstDy = 0;
            for (int i = 0; i < xs.length; i++) {
                float y = f.apply(xs[i], a);
                float dy = f.derivative(xs[i], y, a);
                String where = f.id() + "(" + a + ") at " + xs[i];
                // Values within a few float32 ulps; torch's float kernels are not correctly rounded.
                // Torch's GELU forms ½x(1 + erf(x/√2)) in float32, so in the negative tail 1 + erf
                // cancels and its value is off by up to about |x|·ulp(1); the engine's is not (it
                // uses erfc in double), so there the floor grows with |x|: GELU(−4.1) is
                // −8.4696e-5 (engine, and exact) but −8.4800e-5 in torch.
                double floor = f == Activation.GELU ? 2.4e-7 * Math.max(1, Math.abs(xs[i])) : 1e-7;
                worstY = Math.max(worstY, assertClose(where + " value", ys[i], y, 1e-6, floor));
                worstDy = Math.max(worstDy, assertClose(where + " derivative", dys[i], dy, 1e-5, floor));
            }
            LOG.info(String.format("torch %s a=%s: value %.3f, derivative %.3f of the tolerance", f.id(), a, worstY,
                    worstDy));
        }
    }

    static double assertClose(String where, double expected, double actual, double rtol, double atol) {
        double r = Golden.errorRatio(expected, actual, rtol, atol);
        assertTrue(r <= 1, () -> where + ": torch " + expected + ", engine " + actual);
        return r;
    }

    @Test
    void erfMatchesPython() {
        JsonNode erf = Golden.read(Golden.ACTIVATIONS).get("erf");
        double[] xs = Golden.doubles(erf.get("x"));
        double[] erfs = Golden.doubles(erf.get("erf"));
        double[] erfcs = Golden.doubles(erf.get("erfc"));
        double worstErf = 0;
        double worstTail = 0;
        for (int i = 0; i < xs.length; i++) {
            double x = xs[i];
            // erf is computed as 1 − erfc, so it is exact to about ulp(1) absolute, not relative
            // near 0; GELU only needs Φ, which is ½erfc(−x/√2) below 0 and near ½ above.
            double e = Erf.erf(x);
            worstErf = Math.max(worstErf, assertClose("erf(" + x + ")", erfs[i], e, 1e-15, 2.3e-16));
            // Φ(−x√2) = ½erfc(x): the lower tail, where GELU's small negative values live, relative.
            // Rounding x√2 moves Φ by about x²·1e-16 relative, hence the looser bound.
            double cdf = Erf.normalCdf(-x * Math.sqrt(2));
            worstTail = Math.max(worstTail, assertClose("Φ(" + (-x * Math.sqrt(2)) + ")", 0.5 * erfcs[i], cdf,
                    1e-14 * (1 + x * x), 0));
        }
        LOG.info(String.format("erf: %.3f, Φ tail: %.3f of the tolerance", worstErf, worstTail));
    }

    @Test
    void normalPdfIsTheDerivativeOfTheCdf() {
        GradientCheck check = new GradientCheck(1e-3, 1e-5, 1e-12, false);
        for (float x = -8f; x <= 8f; x += 0.25f) {
            check.scalar("Φ'", Erf::normalCdf, x, Erf.normalPdf(x));
        }
    }
}
