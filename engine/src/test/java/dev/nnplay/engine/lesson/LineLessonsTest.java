package dev.nnplay.engine.lesson;

import static dev.nnplay.engine.lesson.LessonFixtures.lesson;
import static dev.nnplay.engine.lesson.LessonFixtures.session;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.nnplay.engine.nn.Dense;
import dev.nnplay.engine.project.DenseWeights;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectWeights;
import dev.nnplay.engine.project.SettingsChange;
import dev.nnplay.engine.train.TrainingSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lessons on the line through four points: the numbers their texts give are the engine's. */
class LineLessonsTest {

    private static float w(TrainingSession s) {
        return s.network().denseLayers().get(0).weight().value().data[0];
    }

    private static float b(TrainingSession s) {
        return s.network().denseLayers().get(0).bias().value().data[0];
    }

    @Test
    void oneStepByHandGivesThePencilNumbers() {
        Lesson l = lesson("01-one-step-by-hand");
        LabSetup lab = l.spec().lab();
        assertEquals("line", lab.surface());
        TrainingSession s = session(l, l.project());
        assertEquals(lab.start(), List.of((double) w(s), (double) b(s)), "the lab starts where the playground does");
        assertEquals(lab.learningRate(), s.learningRate(), 1e-12);
        double j = s.stepBatch();
        Dense d = s.network().denseLayers().get(0);
        assertEquals(5.375, j, 1e-6);
        assertEquals(-12.5, d.weight().grad().data[0], 1e-5);
        assertEquals(-4.5, d.bias().grad().data[0], 1e-5);
        assertEquals(0.625, w(s), 1e-6);
        assertEquals(0.045, b(s), 1e-6);
        for (String language : Lessons.LANGUAGES) {
            String text = Lessons.load(l.folder(), language).text().explanation();
            for (String n : List.of("5.375", "−12.5", "−4.5", "0.625", "0.045", "−1.5", "−2.5", "−3", "2.25", "6.25")) {
                assertTrue(text.contains(n), language + " explanation shows " + n);
            }
        }
        // "J falls every time, but by less each time"
        double before = j;
        double drop = Double.POSITIVE_INFINITY;
        for (int i = 0; i < 20; i++) {
            double now = s.stepBatch();
            assertTrue(now < before && before - now < drop, "step " + i);
            drop = before - now;
            before = now;
        }
    }

    @Test
    void linearRegressionFollowsPyTorchsCurve() throws IOException {
        JsonNode golden;
        try (InputStream in = getClass().getResourceAsStream("/lessons/linear-regression-pytorch.json")) {
            golden = new ObjectMapper().readTree(in);
        }
        Lesson l = lesson("02-linear-regression-like-pytorch");
        TrainingSession s = session(l, l.project());
        assertEquals((float) golden.get("initialWeight").asDouble(), w(s), "PyTorch's starting weight");
        assertEquals((float) golden.get("initialBias").asDouble(), b(s), "PyTorch's starting bias");
        JsonNode losses = golden.get("losses");
        assertEquals(100, losses.size());
        assertEquals(100, l.project().training().epochs());
        for (int e = 0; e < losses.size(); e++) {
            double want = losses.get(e).asDouble();
            double got = s.stepEpoch();
            assertEquals(want, got, 2e-6 * Math.abs(want), "epoch " + e);
        }
        assertEquals(golden.get("finalWeight").asDouble(), w(s), 1e-6);
        assertEquals(golden.get("finalBias").asDouble(), b(s), 1e-6);
        assertTrue(Math.abs(w(s) - 1) < 0.1 && Math.abs(b(s) - 1) > 0.05, "heading for 1 and 1, not there yet");
        // the numbers the steps quote are PyTorch's, rounded
        String steps = String.join(" ", l.text().steps().values());
        assertTrue(steps.contains(String.format("%.4f", golden.get("initialWeight").asDouble()).replace('-', '−')));
        assertTrue(steps.contains(String.format("%.4f", golden.get("initialBias").asDouble())));
        assertTrue(steps.contains(String.format("%.2f", losses.get(0).asDouble())));
        assertTrue(steps.contains(String.format("%.4f", losses.get(99).asDouble())));
    }

    /** The lines the lesson shows are the ones in the script that made the golden curve. */
    @Test
    void theLessonShowsTheScriptsLines() throws IOException {
        String script = Files.readString(Path.of("src/test/python/lesson_linear_regression.py"));
        String code = lesson("02-linear-regression-like-pytorch").spec().code();
        for (String line : code.split("\n")) {
            if (!line.contains("print(")) {
                assertTrue(script.contains(line), "the script has: " + line);
            }
        }
    }

    /** The lab's three rates on the line: crawls, converges, diverges (checked on the same model). */
    @Test
    void learningRatesOnTheLine() {
        Lesson line = lesson("01-one-step-by-hand");
        Lesson l = lesson("03-learning-rate");
        List<Double> start = l.spec().lab().start();
        Project p = line.project().withTrained(null, new ProjectWeights(List.of(new DenseWeights(
                new float[][] {{start.get(0).floatValue()}}, new float[] {start.get(1).floatValue()})), 0, 0));
        double j0 = 5.375;
        double low = distanceAfter(line, p, l.spec().step("too-low").lab().learningRate(), 100);
        double right = distanceAfter(line, p, l.spec().step("right").lab().learningRate(), 300);
        assertTrue(low > 0.6, "0.001: most of the way still to go after 100 steps: " + low);
        assertTrue(lossAfter(line, p, 0.001, 100) < 0.1 * j0, "after a first slide down the steep side");
        assertTrue(right < 0.02, "0.05 reaches the minimum: " + right);
        double high = lossAfter(line, p, l.spec().step("too-high").lab().learningRate(), 100);
        assertTrue(!(high < 100 * j0), "0.13 diverges: " + high);
        // the limit the text gives, 2/λmax of the loss's Hessian [[15, 5], [5, 2]]
        double lambdaMax = (17 + Math.sqrt(17 * 17 - 4 * 5)) / 2;
        assertEquals(0.12, 2 / lambdaMax, 0.005);
        assertTrue(lossAfter(line, p, 0.118, 300) < j0 && !(lossAfter(line, p, 0.122, 2000) < j0));
    }

    private static TrainingSession trained(Lesson l, Project p, double rate, int steps) {
        TrainingSession s = session(l, SettingsChange.learningRate(rate).applyTo(p));
        for (int i = 0; i < steps; i++) {
            s.stepBatch();
        }
        return s;
    }

    private static double lossAfter(Lesson l, Project p, double rate, int steps) {
        return trained(l, p, rate, steps).evaluateTrain().loss();
    }

    /** The distance to the minimum (1, 1) after {@code steps}, as a share of the start's (0.5, 0). */
    private static double distanceAfter(Lesson l, Project p, double rate, int steps) {
        TrainingSession s = trained(l, p, rate, steps);
        return Math.hypot(w(s) - 1, b(s) - 1) / Math.hypot(0.5, 1);
    }
}
