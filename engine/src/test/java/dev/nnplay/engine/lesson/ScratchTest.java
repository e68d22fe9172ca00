package dev.nnplay.engine.lesson;

import dev.nnplay.engine.compare.Comparison;
import dev.nnplay.engine.compare.RunCurve;
import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.nn.LayerSpec;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.optim.Regularization;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.SettingsChange;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScratchTest {
    static SettingsChange ch(String json) throws Exception {
        return dev.nnplay.engine.project.ProjectIO.mapper().readValue(json, SettingsChange.class);
    }
    static Project p(String gen, int n, double noise, double test, List<String> feats, List<LayerSpec> hidden, String out, String init,
                     String loss, String opt, double lr, int batch, Regularization reg) {
        DataSpec d = new DataSpec("generator", new GeneratorSpec(gen, n, noise, 5, null), null, null, feats, test, "none");
        NetworkSpec net = new NetworkSpec(hidden, out, init, null);
        TrainingSpec t = new TrainingSpec(loss, null, OptimizerSpec.of(opt, lr), null, reg, batch, 100, true);
        return Project.of("x", "", 5, d, net, t);
    }
    static void race(String name, Project base, int epochs, String... runs) throws Exception {
        List<Comparison.RunSpec> specs = new ArrayList<>();
        for (String r : runs) specs.add(new Comparison.RunSpec(r, ch(r)));
        Comparison c = new Comparison(base, null, specs, ReferenceKernels.INSTANCE);
        for (int e = 0; e < epochs; e++) {
            c.advance(Comparison.Unit.EPOCH);
        }
        System.out.println("== " + name);
        for (int i = 0; i < c.size(); i++) {
            RunCurve rc = c.curve(i);
            StringBuilder sb = new StringBuilder(runs[i] + ": ");
            int k = rc.evaluations();
            for (int j : new int[]{0, 1, 2, 5, 10, 20, 50, 100, 200, 400, k - 1}) {
                if (j < k) sb.append(String.format(" e%d tr%.4f te%.4f acc%.3f |", (int) rc.evalEpochs()[j], rc.trainLosses()[j], rc.testLosses()[j], rc.testMetrics()[j]));
            }
            double rough = 0; double[] s = rc.stepLosses();
            for (int j = 1; j < s.length; j++) rough += Math.abs(Math.log(s[j] / s[j - 1]));
            sb.append(" rough ").append(rough / Math.max(1, s.length - 1)).append(" steps ").append(s.length);
            System.out.println(sb);
            if (name.startsWith("deep")) System.out.println("  grad " + java.util.Arrays.toString(c.session(i).gradientNorms()));
        }
    }
    @Test
    void explore() throws Exception {
        for (String samples : new String[]{"200", "400"}) {
            Lesson l = LessonFixtures.lesson("07-xor-needs-a-hidden-layer");
            Project base = l.spec().step("hidden").settings().applyTo(l.project());
            base = base.withData(base.data().withGenerator(base.data().generator().withSeed(7)));
            base = base.withData(base.data().withGenerator(new GeneratorSpec("xor", Integer.parseInt(samples), 0.1, 7, null)));
            race("xor " + samples, base, 100, "{}", "{\"learningRate\":0.01}", "{\"optimizer\":\"sgd\",\"learningRate\":0.3}", "{\"batchSize\":30}");
        }
    }
}
