package dev.nnplay.engine.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.inspect.TransformedSpace.Axes;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** The transformed space's points are the layer's activations, on neuron axes or principal directions. */
class TransformedSpaceTest {
    private static final Kernels K = ReferenceKernels.INSTANCE;

    private final PreparedData data = DataSpec.generated(new GeneratorSpec("spiral", 200, 0.1, 3, null))
            .prepare(null, 3);
    private final Network net = NetworkSpec.of(Activation.TANH, 6, 3).build(2, 1, new Rng(5));
    private final GridLines lines = GridLines.around(data.raw().x(), 9, 20);
    private final FMatrixRMaj grid = data.transform().apply(lines.points());
    private final FMatrixRMaj points = data.train().x();

    @Test
    void onTwoNeuronsThePointsAreTheirActivations() {
        TransformedSpace t = TransformedSpace.map(net, K, 1, lines, grid, points, Axes.neurons(2, 0), null);
        List<FMatrixRMaj> all = net.forwardAll(points, K);
        FMatrixRMaj a = all.get(4); // Dense0, tanh, Dense1, tanh: the second tanh's output
        assertEquals(points.numRows, t.pointX().length);
        for (int i = 0; i < points.numRows; i++) {
            assertEquals(a.get(i, 2), t.pointX()[i], 0f);
            assertEquals(a.get(i, 0), t.pointY()[i], 0f);
        }
        FMatrixRMaj g = net.forwardAll(grid, K).get(4);
        assertEquals(2 * 9 * 20, t.gridX().length);
        for (int i = 0; i < grid.numRows; i++) {
            assertEquals(g.get(i, 2), t.gridX()[i], 0f);
        }
        assertNull(t.pca());
    }

    @Test
    void onPrincipalDirectionsThePointsAreTheCentredActivationsProjected() {
        TransformedSpace t = TransformedSpace.map(net, K, 0, lines, grid, points, Axes.principalDirections(), null);
        FMatrixRMaj a = net.forwardAll(points, K).get(2);
        Pca pca = t.pca();
        int d = a.numCols;
        double[][] cov = new double[d][d];
        double[] mean = new double[d];
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < d; j++) {
                mean[j] += a.get(i, j) / (double) a.numRows;
            }
        }
        for (int i = 0; i < a.numRows; i++) {
            for (int p = 0; p < d; p++) {
                for (int q = 0; q < d; q++) {
                    cov[p][q] += (a.get(i, p) - mean[p]) * (a.get(i, q) - mean[q]) / a.numRows;
                }
            }
        }
        for (int k = 0; k < 2; k++) {
            float[] v = pca.directions()[k];
            // C·v = λv, |v| = 1
            double norm = 0;
            for (int p = 0; p < d; p++) {
                double cv = 0;
                for (int q = 0; q < d; q++) {
                    cv += cov[p][q] * v[q];
                }
                assertEquals(pca.variances()[k] * v[p], cv, 1e-4);
                norm += v[p] * v[p];
            }
            assertEquals(1, norm, 1e-5);
        }
        assertTrue(pca.variances()[0] >= pca.variances()[1]);
        for (int i = 0; i < a.numRows; i++) {
            double x = 0;
            double y = 0;
            for (int j = 0; j < d; j++) {
                x += (a.get(i, j) - mean[j]) * pca.directions()[0][j];
                y += (a.get(i, j) - mean[j]) * pca.directions()[1][j];
            }
            assertEquals(x, t.pointX()[i], 1e-4);
            assertEquals(y, t.pointY()[i], 1e-4);
        }
        // the trace is the total variance; two of six directions explain part of it
        assertTrue(pca.explained() > 0 && pca.explained() <= 1 + 1e-6);
    }

    @Test
    void principalDirectionsKeepTheSignsOfTheLastFrame() {
        TransformedSpace first = TransformedSpace.map(net, K, 0, lines, grid, points, Axes.principalDirections(), null);
        float[][] flipped = {negate(first.pca().directions()[0]), first.pca().directions()[1]};
        Pca again = Pca.of(LayerOutputs.of(net, K, points, 0), flipped);
        for (int j = 0; j < flipped[0].length; j++) {
            assertEquals(flipped[0][j], again.directions()[0][j], 1e-6);
        }
    }

    @Test
    void aOneUnitLayerIsALineAndMissingNeuronsAreRefused() {
        Network narrow = NetworkSpec.of(Activation.TANH, 1).build(2, 1, new Rng(5));
        TransformedSpace t = TransformedSpace.map(narrow, K, 0, lines, grid, points, Axes.defaultFor(1), null);
        for (float y : t.pointY()) {
            assertEquals(0f, y);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TransformedSpace.map(net, K, 1, lines, grid, points, Axes.neurons(0, 3), null));
        assertEquals("layer 2 has 3 neurons, not 4", e.getMessage());
    }

    @Test
    void gridLinesRunBothWays() {
        GridLines g = GridLines.over(0, 1, 10, 20, 3, 5);
        FMatrixRMaj p = g.points();
        assertEquals(30, p.numRows);
        assertEquals(0.5f, p.get(5, 0)); // vertical line 1 sits at x = 0.5
        assertEquals(20f, p.get(9, 1));  // and runs up to the top
        assertEquals(15f, p.get(15 + 5, 1)); // horizontal line 1 sits at y = 15
    }

    private static float[] negate(float[] v) {
        float[] out = v.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = -out[i];
        }
        return out;
    }
}
