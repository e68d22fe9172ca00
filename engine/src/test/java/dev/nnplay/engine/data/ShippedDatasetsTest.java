package dev.nnplay.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nnplay.engine.loss.Loss;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The CSV files in assets/datasets read as SOURCES.md describes them. */
class ShippedDatasetsTest {

    private static CsvResult read(String name) {
        Path file = Path.of("..", "assets", "datasets", name);
        return CsvLoader.read(file, CsvSpec.of(file.toString()));
    }

    @Test
    void iris() {
        CsvResult r = read("iris.csv");
        assertEquals(150, r.data().size());
        assertEquals(4, r.data().inputs());
        assertEquals(List.of("setosa", "versicolor", "virginica"), r.data().classNames());
        assertEquals(List.of("species"), r.data().targetNames());
        assertEquals(',', r.delimiter());
        assertEquals(true, r.header());
    }

    @Test
    void wine() {
        Dataset d = read("wine.csv").data();
        assertEquals(178, d.size());
        assertEquals(13, d.inputs());
        assertEquals(List.of("class_0", "class_1", "class_2"), d.classNames());
    }

    @Test
    void digitsHaveTenClassesInNumericOrder() {
        Dataset d = read("digits8x8.csv").data();
        assertEquals(1797, d.size());
        assertEquals(64, d.inputs());
        assertEquals(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"), d.classNames());
        assertEquals(0f, d.y().data[0]);
        assertEquals(1f, d.y().data[1]);
    }

    @Test
    void irisStaysThreeClassesFromFileToTargets() {
        DataSpec spec = new DataSpec("csv", null, new CsvSpec("iris.csv", null, null, null, false), null, List.of(),
                0.2, "standardize");
        PreparedData p = spec.prepare(Path.of("..", "assets", "datasets"), 7);
        assertEquals(List.of("setosa", "versicolor", "virginica"), p.train().classNames());
        assertEquals(List.of("setosa", "versicolor", "virginica"), p.test().classNames());
        assertEquals(30, p.test().size());
        assertEquals(3, p.train().outputsFor(Loss.SOFTMAX_CE));
        assertEquals(3, p.train().outputsFor(Loss.MSE));
        org.ejml.data.FMatrixRMaj oneHot = p.train().targetsFor(Loss.MSE, 3);
        for (int i = 0; i < p.train().size(); i++) {
            int c = (int) p.train().y().data[i];
            for (int k = 0; k < 3; k++) {
                assertEquals(k == c ? 1f : 0f, oneHot.data[i * 3 + k]);
            }
        }
    }
}
