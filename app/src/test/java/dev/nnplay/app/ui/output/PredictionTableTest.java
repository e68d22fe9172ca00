package dev.nnplay.app.ui.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.Task;
import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class PredictionTableTest {
    private static Dataset classes(float... labels) {
        FMatrixRMaj x = new FMatrixRMaj(labels.length, 3);
        FMatrixRMaj y = new FMatrixRMaj(labels.length, 1);
        y.data = labels.clone();
        return new Dataset(x, y, Task.CLASSIFY, List.of("a", "b", "c"), List.of("k"), List.of("r", "g", "b"));
    }

    @Test
    void softmaxRowsFillTheConfusionMatrixByArgmax() {
        Dataset d = classes(0, 1, 2, 2);
        FMatrixRMaj p = new FMatrixRMaj(new float[][] {
            {0.7f, 0.2f, 0.1f}, {0.6f, 0.3f, 0.1f}, {0.1f, 0.1f, 0.8f}, {0.2f, 0.5f, 0.3f}});
        PredictionTable t = PredictionTable.of(d, new int[] {9, 3, 4, 0}, p, true);
        assertArrayEquals(new int[] {1, 0, 0}, t.confusion()[0]);
        assertArrayEquals(new int[] {1, 0, 0}, t.confusion()[1]);
        assertArrayEquals(new int[] {0, 1, 1}, t.confusion()[2]);
        assertEquals(4, t.total());
        assertEquals(0.5, t.accuracy(), 1e-12);
        PredictionTable.Row first = t.rows().get(0);
        assertEquals(10, first.row(), "rows are numbered from 1");
        assertEquals("r", first.truth());
        assertEquals("r", first.predicted());
        assertEquals(0.7, first.confidence(), 1e-6);
        assertTrue(first.correct());
        assertEquals("g", t.rows().get(1).truth());
        assertEquals("r", t.rows().get(1).predicted());
    }

    @Test
    void oneSigmoidOutputIsClassOneAboveOneHalf() {
        FMatrixRMaj x = new FMatrixRMaj(2, 3);
        FMatrixRMaj y = new FMatrixRMaj(new float[][] {{1}, {0}});
        Dataset d = new Dataset(x, y, Task.CLASSIFY, List.of("a", "b", "c"), List.of("k"), List.of("no", "yes"));
        PredictionTable t = PredictionTable.of(d, new int[] {0, 1}, new FMatrixRMaj(new float[][] {{0.9f}, {0.8f}}), true);
        assertArrayEquals(new int[] {0, 1}, t.confusion()[0]);
        assertArrayEquals(new int[] {0, 1}, t.confusion()[1]);
        assertEquals(0.9, t.rows().get(0).confidence(), 1e-6);
        assertEquals("yes", t.rows().get(1).predicted());
    }

    @Test
    void regressionListsTrueAndPredictedValues() {
        FMatrixRMaj x = new FMatrixRMaj(2, 3);
        FMatrixRMaj y = new FMatrixRMaj(new float[][] {{1.5f}, {-2f}});
        Dataset d = new Dataset(x, y, Task.REGRESS, List.of("a", "b", "c"), List.of("v"), List.of());
        PredictionTable t = PredictionTable.of(d, new int[] {0, 1}, new FMatrixRMaj(new float[][] {{1.25f}, {-1f}}), true);
        assertEquals(0, t.total());
        assertEquals("1.5000", t.rows().get(0).truth());
        assertEquals("1.2500", t.rows().get(0).predicted());
        assertEquals(-1.0, t.rows().get(1).value(), 1e-6);
        assertTrue(Double.isNaN(t.rows().get(1).confidence()));
    }
}
