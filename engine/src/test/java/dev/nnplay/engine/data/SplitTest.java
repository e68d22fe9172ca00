package dev.nnplay.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitTest {

    private static Dataset blobs(int n, int k) {
        return Generators.generate(new GeneratorSpec("blobs", n, 0.3, 5, k));
    }

    @Test
    void partsAreDisjointAndCoverEveryRow() {
        Dataset d = blobs(997, 3);
        Split s = Split.of(d, 0.3, 1);
        int[] all = IntStream.concat(Arrays.stream(s.trainRows()), Arrays.stream(s.testRows())).sorted().toArray();
        assertArrayEquals(IntStream.range(0, 997).toArray(), all);
        assertEquals(s.trainRows().length, s.train().size());
        for (int k = 0; k < s.testRows().length; k++) {
            int row = s.testRows()[k];
            assertEquals(d.x().data[2 * row], s.test().x().data[2 * k]);
            assertEquals(d.y().data[row], s.test().y().data[k]);
        }
    }

    @Test
    void ratioIsKeptAndEveryClassIsCutInTheSameProportion() {
        Dataset d = blobs(1000, 4);
        for (double ratio : new double[] {0.1, 0.5, 0.8}) {
            Split s = Split.of(d, ratio, 9);
            assertEquals(ratio * 1000, s.testRows().length, 2.0, "ratio " + ratio);
            int[] perClass = new int[4];
            for (float c : s.test().y().data) {
                perClass[(int) c]++;
            }
            for (int c : perClass) {
                assertEquals(ratio * 250, c, 0.51, "class count at ratio " + ratio);
            }
        }
    }

    @Test
    void smallClassesKeepATrainingRow() {
        Dataset d = blobs(6, 3);
        Split s = Split.of(d, 0.9, 1);
        int[] perClass = new int[3];
        for (float c : s.train().y().data) {
            perClass[(int) c]++;
        }
        assertTrue(Arrays.stream(perClass).allMatch(c -> c >= 1), Arrays.toString(perClass));
    }

    @Test
    void regressionIsCutAtRandomAndTheSeedDecides() {
        Dataset d = Generators.generate(new GeneratorSpec("plane", 400, 0, 2, null));
        Split a = Split.of(d, 0.25, 3);
        assertEquals(100, a.testRows().length);
        assertArrayEquals(a.testRows(), Split.of(d, 0.25, 3).testRows());
        assertFalse(Arrays.equals(a.testRows(), Split.of(d, 0.25, 4).testRows()));
        assertEquals(0, Split.of(d, 0, 3).testRows().length);
    }
}
