package dev.nnplay.engine.lab;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.optim.OptimizerSpec;
import org.junit.jupiter.api.Test;

/** What each test surface is there to teach, run with the engine's optimizers. */
class TeachingClaimsTest {

    static OptimizerPath run(Surface s, String type, double lr, double[] start, int steps) {
        OptimizerPath p = new OptimizerPath(s, OptimizerSpec.of(type, lr), start[0], start[1]);
        p.run(steps);
        return p;
    }

    static double last(OptimizerPath p) {
        return p.loss(p.steps());
    }

    /** The lowest loss {@code type} reaches in {@code steps} over rates 1e-5 to 10 (log-spaced), among runs that did not diverge. */
    static double best(Surface s, String type, double[] start, int steps) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i <= 240; i++) {
            OptimizerPath p = run(s, type, 1e-5 * Math.pow(10, i / 40.0), start, steps);
            if (!p.diverged()) {
                best = Math.min(best, last(p));
            }
        }
        return best;
    }

    @Test
    void ravineMomentumAndAdamBeatPlainDescentAtItsBestStableRate() {
        TestSurface s = TestSurface.RAVINE;
        double[] start = s.defaultStart();
        double sgd = best(s, "sgd", start, 50);
        assertTrue(run(s, "sgd", 0.51, start, 500).diverged(), "above 2/4 plain descent diverges");
        double momentum = last(run(s, "momentum", s.suggestedRate("momentum"), start, 50));
        double adam = last(run(s, "adam", s.suggestedRate("adam"), start, 50));
        assertTrue(momentum < sgd / 10, "momentum " + momentum + " against the best plain descent " + sgd);
        assertTrue(adam < sgd / 10, "Adam " + adam + " against the best plain descent " + sgd);
    }

    @Test
    void minimaTwoStartsEndInDifferentMinima() {
        TestSurface s = TestSurface.MINIMA;
        OptimizerPath a = run(s, "sgd", s.suggestedRate("sgd"), new double[] {-0.5, -0.5}, 300);
        OptimizerPath b = run(s, "sgd", s.suggestedRate("sgd"), new double[] {0.5, 0.5}, 300);
        assertTrue(last(a) < 1e-6 && last(b) < 1e-6, "both reach a minimum (J = 0): " + last(a) + ", " + last(b));
        double apart = Math.hypot(a.x(300) - b.x(300), a.y(300) - b.y(300));
        assertTrue(apart > 3, "the two ends are different minima, " + apart + " apart");
    }

    /** From near the ridge, plain descent slides into the saddle (J = ½), stays there a while, then escapes to a minimum. */
    @Test
    void saddleDescentLingersThenEscapes() {
        TestSurface s = TestSurface.SADDLE;
        OptimizerPath p = run(s, "sgd", s.suggestedRate("sgd"), s.defaultStart(), 100);
        int lingering = 0;
        int firstNear = -1;
        for (int k = 0; k <= 100; k++) {
            if (Math.abs(p.loss(k) - 0.5) < 0.01) {
                lingering++;
                firstNear = firstNear < 0 ? k : firstNear;
            }
        }
        assertTrue(firstNear > 0, "it starts away from the saddle");
        assertTrue(lingering >= 12, "it spends " + lingering + " steps within 2% of the saddle's loss");
        assertTrue(last(p) < 1e-4 && Math.abs(Math.abs(p.y(100)) - 1) < 0.01, "then escapes to a minimum: " + last(p));
    }

    @Test
    void plateauDescentCrawlsWhereAdamMoves() {
        TestSurface s = TestSurface.PLATEAU;
        double[] start = s.defaultStart();
        OptimizerPath sgd = run(s, "sgd", s.suggestedRate("sgd"), start, 100);
        OptimizerPath adam = run(s, "adam", s.suggestedRate("adam"), start, 100);
        double crawled = Math.hypot(sgd.x(100) - start[0], sgd.y(100) - start[1]);
        assertTrue(crawled < 0.01, "plain descent moved " + crawled + " in 100 steps");
        assertTrue(best(s, "sgd", start, 100) > 0.99, "at no stable rate does it leave the plateau");
        assertTrue(last(adam) < 0.05, "Adam walked into the bowl: J = " + last(adam));
    }

    /** Rosenbrock's valley from the classic start (−1.2, 1): each at its best rate, momentum and Adam get much further. */
    @Test
    void rosenbrockMomentumAndAdamGetFurtherAlongTheValley() {
        TestSurface s = TestSurface.ROSENBROCK;
        double[] start = s.defaultStart();
        double sgd = best(s, "sgd", start, 100);
        double momentum = best(s, "momentum", start, 100);
        double adam = best(s, "adam", start, 100);
        assertTrue(momentum < sgd / 10, "momentum " + momentum + ", plain descent " + sgd);
        assertTrue(adam < sgd / 10, "Adam " + adam + ", plain descent " + sgd);
    }
}
