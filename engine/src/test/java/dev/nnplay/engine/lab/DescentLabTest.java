package dev.nnplay.engine.lab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.optim.OptimizerSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lab's state as a view drives it: add, step, move the start, change rates, sample the map. */
class DescentLabTest {

    @Test
    void pathsShareTheStartAndStepTogether() {
        DescentLab lab = new DescentLab(TestSurface.RAVINE);
        OptimizerPath sgd = lab.add("sgd");
        lab.add("momentum");
        assertSame(sgd, lab.add("sgd"), "one path per optimizer");
        assertEquals(0.45, sgd.spec().learningRate());
        for (int i = 0; i < 10; i++) {
            assertTrue(lab.stepAll());
        }
        OptimizerPath alone = new OptimizerPath(TestSurface.RAVINE, OptimizerSpec.of("momentum", 0.1), -9, 3);
        alone.run(10);
        assertEquals(alone.x(10), lab.path("momentum").x(10));
        lab.setStart(2, 1);
        assertEquals(0, sgd.steps());
        assertArrayEquals(new double[] {2, 1}, lab.start());
        assertEquals(2, sgd.x(0), 1e-7);
        lab.setRate("sgd", 0.2);
        assertEquals(0.2, sgd.spec().learningRate());
        lab.setRateAll(0.05);
        assertEquals(List.of(0.05, 0.05), lab.paths().stream().map(p -> p.spec().learningRate()).toList());
        lab.remove("sgd");
        assertNull(lab.path("sgd"));
        assertThrows(IllegalArgumentException.class, () -> lab.setRate("sgd", 0.1));
        assertThrows(IllegalArgumentException.class, () -> lab.setRateAll(-1));
    }

    @Test
    void divergedPathsStopWhileOthersGoOn() {
        DescentLab lab = new DescentLab(TestSurface.RAVINE);
        lab.add(OptimizerSpec.of("sgd", 0.7));
        lab.add("adam");
        for (int i = 0; i < 300; i++) {
            lab.stepAll();
        }
        assertTrue(lab.path("sgd").diverged());
        assertEquals(300, lab.path("adam").steps());
    }

    @Test
    void mapIsTheSurfaceWithItsLevels() {
        LossMap m = new DescentLab(TestSurface.SADDLE).map(200, 150);
        ViewBox v = TestSurface.SADDLE.view();
        assertEquals(TestSurface.SADDLE.value(v.x(7, 200), v.y(11, 150)), m.value(7, 11));
        assertEquals(LossMap.LEVELS, m.levels().length);
        assertEquals(Contours.colour(m.value(3, 4), m.levels()), m.colour(3, 4));
        int contours = 0;
        for (int j = 0; j < 150; j++) {
            for (int i = 0; i < 200; i++) {
                contours += m.onContour(i, j) ? 1 : 0;
            }
        }
        assertTrue(contours > 200 && contours < 200 * 150 / 5, contours + " samples on contours");
    }
}
