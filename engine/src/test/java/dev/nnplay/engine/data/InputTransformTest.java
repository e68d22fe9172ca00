package dev.nnplay.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

class InputTransformTest {

    private static Dataset data() {
        return Generators.generate(new GeneratorSpec("moons", 600, 0.2, 8, null));
    }

    private static double[] meanAndStd(FMatrixRMaj m, int col) {
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < m.numRows; i++) {
            double v = m.data[i * m.numCols + col];
            sum += v;
            sq += v * v;
        }
        double mean = sum / m.numRows;
        return new double[] {mean, Math.sqrt(sq / m.numRows - mean * mean)};
    }

    @Test
    void standardizeGivesMeanZeroAndStdOneOnTheTrainingRows() {
        PreparedData p = PreparedData.of(data(), 0.3, 1, List.of("x1", "x2", "x1*x2"), "standardize");
        for (int j = 0; j < 3; j++) {
            double[] ms = meanAndStd(p.train().x(), j);
            assertEquals(0, ms[0], 1e-4, "mean of column " + j);
            assertEquals(1, ms[1], 1e-4, "std of column " + j);
        }
        double[] test = meanAndStd(p.test().x(), 0);
        assertEquals(0, test[0], 0.3);
    }

    @Test
    void minmaxMapsTheTrainingRowsOntoZeroToOne() {
        PreparedData p = PreparedData.of(data(), 0.5, 2, List.of(), "minmax");
        for (int j = 0; j < 2; j++) {
            float lo = Float.MAX_VALUE;
            float hi = -Float.MAX_VALUE;
            for (int i = 0; i < p.train().size(); i++) {
                lo = Math.min(lo, p.train().x().data[2 * i + j]);
                hi = Math.max(hi, p.train().x().data[2 * i + j]);
            }
            assertEquals(0, lo, 1e-6);
            assertEquals(1, hi, 1e-6);
        }
    }

    @Test
    void testRowsDoNotInfluenceTheFit() {
        Dataset d = data();
        Split s = Split.of(d, 0.4, 5);
        FMatrixRMaj wild = d.x().copy();
        for (int row : s.testRows()) {
            wild.data[2 * row] = 1000f + row;
            wild.data[2 * row + 1] = -500f;
        }
        Dataset changed = d.withInputs(wild, d.inputNames());
        for (String scaling : InputTransform.SCALINGS) {
            InputTransform a = PreparedData.of(d, 0.4, 5, List.of(), scaling).transform();
            InputTransform b = PreparedData.of(changed, 0.4, 5, List.of(), scaling).transform();
            assertArrayEquals(a.center(), b.center(), scaling);
            assertArrayEquals(a.scale(), b.scale(), scaling);
        }
    }

    @Test
    void aConstantColumnIsCentredNotDividedByZero() {
        FMatrixRMaj x = new FMatrixRMaj(3, 2, true, 1, 5, 2, 5, 3, 5);
        InputTransform t = InputTransform.fit(x, List.of(), "standardize");
        assertArrayEquals(new float[] {0, 0, 0}, new float[] {t.apply(x).data[1], t.apply(x).data[3], t.apply(x).data[5]});
        assertEquals(1f, t.scale()[1]);
    }
}
