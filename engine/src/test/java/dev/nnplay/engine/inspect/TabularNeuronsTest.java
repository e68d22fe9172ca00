package dev.nnplay.engine.inspect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnplay.engine.data.CsvSpec;
import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.inspect.DigitImages.Miss;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.train.TrainingSession;
import java.nio.file.Path;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/** Neuron histograms by class, first-layer weight images and misclassified digits, against direct counts. */
class TabularNeuronsTest {
    private static final Kernels K = ReferenceKernels.INSTANCE;

    private static PreparedData csv(String file, String label) {
        Path p = Path.of("..", "assets", "datasets", file);
        return new DataSpec("csv", null, new CsvSpec(p.toString(), label, null, null, true), null, List.of(), 0.3,
                "standardize").prepare(null, 1);
    }

    @Test
    void eachNeuronsHistogramCountsItsActivationsByClass() {
        PreparedData iris = csv("iris.csv", "species");
        Network net = NetworkSpec.of(Activation.RELU, 5).build(4, 3, new Rng(2));
        FMatrixRMaj x = iris.test().x();
        FMatrixRMaj y = iris.test().y();
        List<List<NeuronStrips>> strips = NeuronStrips.of(net, K, x, y, 3, 12);
        assertEquals(2, strips.size());
        assertEquals(5, strips.get(0).size());
        FMatrixRMaj a = net.forwardAll(x, K).get(2);
        for (int j = 0; j < 5; j++) {
            NeuronStrips s = strips.get(0).get(j);
            int[][] expected = new int[3][12];
            for (int i = 0; i < x.numRows; i++) {
                double v = a.get(i, j);
                int b = (int) Math.min(11, Math.max(0, Math.floor((v - s.lo()) / (s.hi() - s.lo()) * 12)));
                expected[(int) y.get(i, 0)][b]++;
            }
            for (int c = 0; c < 3; c++) {
                assertArrayEquals(expected[c], s.counts()[c], "neuron " + j + ", class " + c);
            }
        }
    }

    @Test
    void digitsShowFirstLayerWeightsAndTheMisclassifiedImages() {
        PreparedData digits = csv("digits8x8.csv", "digit");
        assertEquals(8, DigitImages.side(digits.train().inputs()));
        assertEquals(0, DigitImages.side(4));
        Network net = NetworkSpec.of(Activation.RELU, 6).build(64, 10, new Rng(2));
        float[][] w = DigitImages.firstLayerWeights(net);
        assertEquals(6, w.length);
        assertEquals(net.denseLayers().get(0).weight().value().get(3, 17), w[3][17]);

        FMatrixRMaj x = digits.test().x();
        FMatrixRMaj y = digits.test().y();
        FMatrixRMaj raw = digits.split().test().x();
        List<Miss> misses = DigitImages.misclassified(net, K, Loss.SOFTMAX_CE, x, y, raw, 1000);
        FMatrixRMaj out = net.forward(x, false, K);
        int wrong = 0;
        for (int i = 0; i < x.numRows; i++) {
            if (TrainingSession.argmax(out.data, i * 10, 10) != (int) y.get(i, 0)) {
                Miss m = misses.get(wrong++);
                assertEquals(i, m.row());
                assertEquals((int) y.get(i, 0), m.actual());
                assertEquals(raw.get(i, 20), m.pixels()[20]);
            }
        }
        assertEquals(wrong, misses.size());
        assertEquals(Math.min(3, wrong), DigitImages.misclassified(net, K, Loss.SOFTMAX_CE, x, y, raw, 3).size());
    }
}
