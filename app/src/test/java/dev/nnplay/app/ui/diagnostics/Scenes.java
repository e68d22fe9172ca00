package dev.nnplay.app.ui.diagnostics;

import dev.nnplay.engine.data.CsvSpec;
import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.optim.Regularization;
import dev.nnplay.engine.train.Snapshot;
import dev.nnplay.engine.train.TrainingSession;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.List;

/**
 * Trained networks for the diagnostics' tests and screenshots, trained on the calling thread: a
 * healthy one, a stalled one (deep sigmoid), the spiral, Iris and Digits.
 */
final class Scenes {
    static final Kernels K = KernelProvider.select("reference");

    /** A network, its data and training, ready to step. */
    record Scene(NetworkSpec spec, PreparedData data, Loss loss, TrainingSession session) {
        /** Trains {@code snapshots} times {@code steps} steps, feeding each snapshot to {@code vm} (or not). */
        Snapshot train(int snapshots, int steps, DiagnosticsViewModel vm) {
            Snapshot s = session.snapshot(0, "");
            if (vm != null) {
                vm.accept(s);
            }
            for (int i = 0; i < snapshots; i++) {
                for (int j = 0; j < steps; j++) {
                    session.stepBatch();
                }
                s = session.snapshot(0, "");
                if (vm != null) {
                    vm.accept(s);
                }
            }
            return s;
        }
    }

    private Scenes() {
    }

    static Scene of(NetworkSpec spec, PreparedData data, Loss loss, String optimizer, double lr, int batch) {
        return of(spec, data, loss, optimizer, lr, batch, Regularization.NONE);
    }

    static Scene of(NetworkSpec spec, PreparedData data, Loss loss, String optimizer, double lr, int batch,
                    Regularization r) {
        int outputs = data.train().outputsFor(loss);
        TrainingSpec t = new TrainingSpec(loss.id(), null, OptimizerSpec.of(optimizer, lr), null, r, batch, 0, true);
        TrainingSession s = new TrainingSession(spec.build(data.train().inputs(), outputs, new Rng(3)), data.train(),
                data.test(), t, 5, K);
        s.setDiagnostics(() -> true);
        return new Scene(spec, data, loss, s);
    }

    static PreparedData generated(String name, int n, double noise) {
        return DataSpec.generated(new GeneratorSpec(name, n, noise, 2, null)).prepare(null, 2);
    }

    static PreparedData csv(String file, String label) {
        return new DataSpec("csv", null, new CsvSpec("assets/datasets/" + file, label, null, null, true), null,
                List.of(), 0.3, "standardize").prepare(null, 1);
    }

    /** Circle, 2-8-8-1 tanh, SGD at 0.1: updates in the healthy band. */
    static Scene healthy() {
        return of(NetworkSpec.of(Activation.TANH, 8, 8), generated("circle", 400, 0.1), Loss.BCE_LOGITS, "sgd",
                0.1, 10);
    }

    /** The same data through eight sigmoid layers: the first layers' gradients vanish. */
    static Scene stalled() {
        return of(NetworkSpec.of(Activation.SIGMOID, 8, 8, 8, 8, 8, 8, 8, 8), generated("circle", 400, 0.1),
                Loss.BCE_LOGITS, "sgd", 0.1, 10);
    }

    /** The spiral, 2-12-12-1 tanh with Adam. */
    static Scene spiral() {
        return of(NetworkSpec.of(Activation.TANH, 12, 12), generated("spiral", 500, 0.05), Loss.BCE_LOGITS, "adam",
                0.01, 10);
    }

    /** Iris, 4-6-3. */
    static Scene iris() {
        return of(NetworkSpec.of(Activation.TANH, 6), csv("iris.csv", "species"), Loss.SOFTMAX_CE, "adam", 0.01, 10);
    }

    /** Digits, 64-16-10 ReLU, with an L2 penalty so that weights no pixel ever feeds fade to zero. */
    static Scene digits() {
        return of(NetworkSpec.of(Activation.RELU, 16), csv("digits8x8.csv", "digit"), Loss.SOFTMAX_CE, "adam", 0.003,
                32, new Regularization("l2", 0.01));
    }
}
