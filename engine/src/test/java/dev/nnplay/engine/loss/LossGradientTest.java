package dev.nnplay.engine.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.testing.GradientCheck;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every loss's gradient against central differences of its value, on outputs kept away from the
 * loss's kinks (MAE at 0, Huber at ±δ), and the fused cross-entropies on extreme logits.
 */
class LossGradientTest {
    /** The measured margins, for a reader of the test log (silenced in mvn verify, see logging.properties). */
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(LossGradientTest.class.getName());

    static final int ROWS = 6;
    static final int COLS = 3;
    static final double H = 1e-2;

    /** Outputs and targets for {@code loss}, with every difference at least 3h from a kink. */
    static FMatrixRMaj[] batch(Loss loss, float delta, long seed) {
        Rng rng = new Rng(seed);
        FMatrixRMaj out = new FMatrixRMaj(ROWS, COLS);
        FMatrixRMaj target = new FMatrixRMaj(ROWS, loss == Loss.SOFTMAX_CE ? 1 : COLS);
        for (int i = 0; i < out.data.length; i++) {
            out.data[i] = (float) (1.5 * rng.nextGaussian());
        }
        for (int i = 0; i < target.data.length; i++) {
            target.data[i] = switch (loss) {
                case BCE_LOGITS -> rng.nextInt(2);
                case SOFTMAX_CE -> rng.nextInt(COLS);
                default -> (float) rng.nextGaussian();
            };
        }
        for (int i = 0; i < out.data.length && loss != Loss.SOFTMAX_CE; i++) {
            float d = Math.abs(out.data[i] - target.data[i]);
            boolean nearKink = loss == Loss.MAE && d < 3 * H || loss == Loss.HUBER && Math.abs(d - delta) < 3 * H;
            if (nearKink) {
                out.data[i] += 0.1f;
            }
        }
        return new FMatrixRMaj[] {out, target};
    }

    static void check(Loss loss, float delta, long seed, float wrongBy) {
        FMatrixRMaj[] b = batch(loss, delta, seed);
        FMatrixRMaj out = b[0];
        FMatrixRMaj target = b[1];
        FMatrixRMaj grad = new FMatrixRMaj(ROWS, COLS);
        loss.gradient(out, target, delta, grad);
        grad.data[4] *= wrongBy;
        GradientCheck check = new GradientCheck(H, 1e-3, 1e-6, false);
        check.vector(loss.id() + " δ=" + delta, out.data, grad.data, () -> loss.value(out, target, delta));
        LOG.info("loss " + loss.id() + " δ=" + delta + " seed " + seed + ": " + check);
    }

    @ParameterizedTest(name = "{0} δ={1} seed {2}")
    @CsvSource({"MSE, 1, 1", "MSE, 1, 2", "MAE, 1, 1", "MAE, 1, 2", "HUBER, 1, 1", "HUBER, 0.5, 2", "HUBER, 2, 3",
            "BCE_LOGITS, 1, 1", "BCE_LOGITS, 1, 2", "SOFTMAX_CE, 1, 1", "SOFTMAX_CE, 1, 2"})
    void gradientMatchesFiniteDifferences(Loss loss, float delta, long seed) {
        check(loss, delta, seed, 1f);
    }

    @Test
    void theCheckCatchesAWrongGradient() {
        for (Loss loss : Loss.values()) {
            assertThrows(AssertionError.class, () -> check(loss, 1f, 1, 1.01f), loss.id());
        }
    }

    @Test
    void maeAndHuberTakeThePyTorchGradientAtTheKinks() {
        FMatrixRMaj out = new FMatrixRMaj(1, 2, true, 1f, 3f);
        FMatrixRMaj target = new FMatrixRMaj(1, 2, true, 1f, 2f);
        FMatrixRMaj grad = new FMatrixRMaj(1, 2);
        Loss.MAE.gradient(out, target, 1f, grad);
        assertEquals(0f, grad.data[0], "sign(0) = 0, as torch's l1_loss");
        assertEquals(0.5f, grad.data[1]);
        Loss.HUBER.gradient(out, target, 1f, grad);
        assertEquals(0f, grad.data[0]);
        assertEquals(0.5f, grad.data[1], "at |d| = δ both pieces have slope δ");
    }

    @Test
    void crossEntropiesStayFiniteOnExtremeLogits() {
        FMatrixRMaj logits = new FMatrixRMaj(2, 1, true, 100f, -100f);
        FMatrixRMaj labels = new FMatrixRMaj(2, 1, true, 0f, 1f);
        // Each sample is wrong by a logit of 100, so each costs 100; the gradient is ±1/2.
        assertEquals(100f, Loss.BCE_LOGITS.value(logits, labels, 1f), 1e-4f);
        FMatrixRMaj g = new FMatrixRMaj(2, 1);
        Loss.BCE_LOGITS.gradient(logits, labels, 1f, g);
        assertEquals(0.5f, g.data[0], 1e-7f);
        assertEquals(-0.5f, g.data[1], 1e-7f);

        FMatrixRMaj rows = new FMatrixRMaj(1, 3, true, 1000f, 0f, -1000f);
        FMatrixRMaj cls = new FMatrixRMaj(1, 1, true, 1f);
        assertEquals(1000f, Loss.SOFTMAX_CE.value(rows, cls, 1f), 1e-3f);
        FMatrixRMaj gs = new FMatrixRMaj(1, 3);
        Loss.SOFTMAX_CE.gradient(rows, cls, 1f, gs);
        assertEquals(1f, gs.data[0], 1e-7f);
        assertEquals(-1f, gs.data[1], 1e-7f);
        assertEquals(0f, gs.data[2], 1e-7f);
        for (float v : gs.data) {
            assertTrue(Float.isFinite(v));
        }
    }
}
