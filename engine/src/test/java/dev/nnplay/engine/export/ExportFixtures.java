package dev.nnplay.engine.export;

import dev.nnplay.engine.data.InputTransform;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.LayerSpec;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.project.Predictor;
import java.util.List;
import java.util.Random;
import org.ejml.data.FMatrixRMaj;

/** Small trained-looking networks for the export tests: random weights, a transform, a loss. */
final class ExportFixtures {

    /** A network, its transform and loss, as the exporters and the predictor see them. */
    record Case(Network net, InputTransform transform, int rawInputs, Loss loss) {
        ExportedModel model() {
            return ExportedModel.of(net, transform, rawInputs, loss);
        }

        FMatrixRMaj predict(FMatrixRMaj raw) {
            return new Predictor(net, transform, loss, KernelProvider.get()).predict(raw);
        }
    }

    private ExportFixtures() {
    }

    /** Two hidden layers of {@code f} (alpha 0.2 where it has one), raw inputs straight in, MSE. */
    static Case plain(Activation f, int rawInputs, int outputs, Loss loss) {
        LayerSpec layer = new LayerSpec(5, f.id(), f.defaultParameter() != 0f ? 0.2f : null, 0.1f);
        NetworkSpec spec = new NetworkSpec(List.of(layer, layer.withUnits(4)), "identity", "xavier_uniform", null);
        Network net = spec.build(rawInputs, outputs, new Rng(f.ordinal() + 11));
        return new Case(net, InputTransform.IDENTITY, rawInputs, loss);
    }

    /** All seven 2-D features, standardized with uneven centers and scales, three classes. */
    static Case featuresMulticlass() {
        List<String> features = List.of("x1", "x2", "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)");
        float[] center = {0.1f, -0.2f, 1.1f, 0.9f, 0.05f, 0.02f, -0.1f};
        float[] scale = {1.2f, 0.8f, 1.5f, 2.0f, 0.7f, 0.6f, 0.65f};
        InputTransform t = new InputTransform(features, "standardize", center, scale);
        Network net = NetworkSpec.of(Activation.TANH, 8, 6).build(features.size(), 3, new Rng(5));
        return new Case(net, t, 2, Loss.SOFTMAX_CE);
    }

    /** {@code n} rows of {@code cols} values uniform in [-3, 3), from a fixed seed. */
    static FMatrixRMaj randomRows(int n, int cols, long seed) {
        Random r = new Random(seed);
        FMatrixRMaj x = new FMatrixRMaj(n, cols);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) (r.nextDouble() * 6 - 3);
        }
        return x;
    }
}
