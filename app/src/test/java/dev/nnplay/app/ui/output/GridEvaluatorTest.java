package dev.nnplay.app.ui.output;

import dev.nnplay.app.ui.common.Palette;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridEvaluatorTest {
    @Test
    void oneBatchGivesEveryNeuronAndTheProbabilities() {
        PreparedData p = DataSpec.generated(new GeneratorSpec("xor", 100, 0, 1, null))
                .withFeatures(List.of("x1", "x2", "x1*x2")).prepare(null, 1);
        NetworkSpec spec = NetworkSpec.of(Activation.TANH, 5, 3);
        GridEvaluator g = new GridEvaluator(spec, p, Loss.BCE_LOGITS, GridEvaluator.Domain.PLAYGROUND,
                ReferenceKernels.INSTANCE);
        Network trained = spec.build(3, 1, new Rng(9));
        GridResult r = g.evaluate(trained.copyWeights());
        assertEquals(4, r.layers().size(), "inputs, two hidden layers, output");
        assertEquals(3, r.layers().get(0).length);
        assertEquals(5, r.layers().get(1).length);
        assertEquals(3, r.layers().get(2).length);
        int n = GridEvaluator.SIZE * GridEvaluator.SIZE;
        assertEquals(n, r.outputs()[0].length);
        // the x1*x2 input at the top-left corner (x1 < 0, x2 > 0) is negative; tanh stays in [-1, 1]
        assertTrue(r.layers().get(0)[2][0] < 0);
        for (float v : r.layers().get(1)[0]) {
            assertTrue(v >= -1 && v <= 1);
        }
        for (float v : r.outputs()[0]) {
            assertTrue(v >= 0 && v <= 1, "probability " + v);
        }
        assertNull(g.evaluate(new float[][] {{1f}}), "weights of another structure are skipped");
    }

    @Test
    void paletteRunsOrangeToBlue() {
        assertEquals(Palette.ORANGE, Palette.diverging(-1));
        assertEquals(Palette.BLUE, Palette.diverging(1));
        assertEquals(Palette.MID, Palette.diverging(0));
        assertEquals(Palette.BLUE, Palette.diverging(7), "clipped");
        int[] argb = new int[2];
        Palette.fillOutput(new float[][] {{0.9f, 0.1f}, {0.1f, 0.9f}}, true, 1, true, argb);
        assertEquals(Palette.ORANGE, argb[0]);
        assertEquals(Palette.BLUE, argb[1]);
    }
}
