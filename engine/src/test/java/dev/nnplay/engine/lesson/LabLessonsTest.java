package dev.nnplay.engine.lesson;

import static dev.nnplay.engine.lesson.LessonFixtures.lesson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.lab.OptimizerPath;
import dev.nnplay.engine.lab.Surface;
import dev.nnplay.engine.lab.ViewBox;
import dev.nnplay.engine.lab.Worksheet;
import dev.nnplay.engine.optim.OptimizerSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lessons that open in the descent lab do there what their texts say, on the lab's own paths. */
class LabLessonsTest {

    /** A path of {@code optimizer} set up as {@code setup} says (the lesson's opening setup below it). */
    private static OptimizerPath path(LabSetup opening, LabSetup setup, String optimizer) {
        Surface s = Surface.named(setup.surface() != null ? setup.surface() : opening.surface());
        List<Double> start = setup.start() != null ? setup.start() : opening.start();
        Double lr = setup.rateOf(optimizer) != null ? setup.rateOf(optimizer) : opening.rateOf(optimizer);
        return new OptimizerPath(s, OptimizerSpec.of(optimizer, lr), start.get(0), start.get(1));
    }

    @Test
    void oneStepByHandInTheUpdatePanel() {
        Lesson l = lesson("01-one-step-by-hand");
        LabSetup lab = l.spec().lab();
        OptimizerPath p = path(lab, lab, "sgd");
        Worksheet w = p.nextUpdate();
        assertEquals(5.375, w.loss(), 1e-6);
        assertEquals(List.of(0.5f, 1f, 1.5f, 2f), List.of(w.batch().yHat()[0], w.batch().yHat()[1], w.batch().yHat()[2],
                w.batch().yHat()[3]));
        Worksheet.Entry dw = w.entries().get(0);
        Worksheet.Entry db = w.entries().get(1);
        assertEquals(-12.5, dw.grad(), 1e-5);
        assertEquals(-4.5, db.grad(), 1e-5);
        assertEquals(0.625, dw.thetaNew(), 1e-6);
        assertEquals(0.045, db.thetaNew(), 1e-6);
        assertEquals(1, l.spec().steps().stream().filter(s -> s.id().equals("step") && s.action() == Action.STEP).count());
        p.step();
        assertEquals(0.625, p.x(1), 1e-6);
        assertEquals(0.045, p.y(1), 1e-6);
    }

    @Test
    void theLinesThreeRates() {
        Lesson l = lesson("03-learning-rate");
        LabSetup open = l.spec().lab();
        OptimizerPath low = path(open, l.spec().step("too-low").lab(), "sgd");
        OptimizerPath right = path(open, l.spec().step("right").lab(), "sgd");
        OptimizerPath high = path(open, l.spec().step("too-high").lab(), "sgd");
        low.run(100);
        right.run(300);
        high.run(300);
        double from = Math.hypot(0.5 - 1, 0 - 1);
        assertTrue(Math.hypot(low.x(100) - 1, low.y(100) - 1) > 0.6 * from, "0.001: most of the way still to go");
        assertTrue(low.loss(100) < 0.1 * low.loss(0), "after a first slide down the steep side");
        assertTrue(Math.hypot(right.x(300) - 1, right.y(300) - 1) < 0.02 * from, "0.05 reaches the minimum");
        assertFalse(right.diverged());
        ViewBox map = high.surface().view();
        int out = -1;
        for (int k = 0; k <= high.steps() && out < 0; k++) {
            if (!map.contains(high.x(k), high.y(k))) {
                out = k;
            }
        }
        assertTrue(out > 0, "0.13 leaves the map");
        for (int k = 2; k < out; k++) {
            assertTrue(high.loss(k) > high.loss(k - 1) || k < 4, "landing higher each time from step " + k);
        }
        assertTrue(high.diverged(), "and flies off");
    }

    @Test
    void theRavineRace() {
        Lesson l = lesson("04-sgd-momentum-adam");
        LabSetup lab = l.spec().lab();
        assertEquals(List.of("sgd", "momentum", "adam"), lab.optimizers());
        OptimizerPath sgd = path(lab, lab, "sgd");
        OptimizerPath momentum = path(lab, lab, "momentum");
        OptimizerPath adam = path(lab, lab, "adam");
        sgd.run(50);
        momentum.run(50);
        adam.run(50);
        for (int k = 1; k <= 6; k++) {
            assertTrue(Math.signum(sgd.y(k)) == -Math.signum(sgd.y(k - 1)), "SGD zig-zags across the ravine, step " + k);
        }
        assertTrue(sgd.x(50) < -3, "and creeps along it: " + sgd.x(50));
        assertTrue(momentum.loss(50) < sgd.loss(50) / 10, "momentum gets much further");
        assertTrue(adam.loss(50) < sgd.loss(50) / 10, "Adam gets much further");
        double dx = adam.x(1) - adam.x(0);
        double dy = adam.y(1) - adam.y(0);
        assertEquals(1, Math.abs(dx / dy), 0.01, "Adam's steps are as long in the flat direction as in the steep one");
        assertEquals(Math.abs(dx), Math.abs(adam.x(11) - adam.x(10)), 0.05 * Math.abs(dx), "a steady pace along the floor");
    }
}
