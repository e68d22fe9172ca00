package dev.nnplay.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
