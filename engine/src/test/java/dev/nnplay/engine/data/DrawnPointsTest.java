package dev.nnplay.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class DrawnPointsTest {

    @Test
    void addThenRemoveTheNearestWithinTheRadius() {
        DrawnPoints p = DrawnPoints.classification(List.of("orange", "blue"));
        p.add(0, 0, 0);
        p.add(1, 1, 1);
        p.add(3, 3, 1);
        assertEquals(-1, p.removeNearest(2, 2, 1.0));
        assertEquals(1, p.removeNearest(1.2, 1.1, 1.0));
        assertEquals(2, p.size());
        assertArrayEquals(new float[] {0, 0, 3, 3}, p.toDataset().x().data);
        assertArrayEquals(new float[] {0, 1}, p.toDataset().y().data);
    }

    @Test
    void rejectsBadPoints() {
        DrawnPoints p = DrawnPoints.classification(List.of("a", "b", "c"));
        assertThrows(IllegalArgumentException.class, () -> p.add(0, 0, 3));
        assertThrows(IllegalArgumentException.class, () -> p.add(0, 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> p.add(Double.NaN, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> DrawnPoints.classification(List.of("alone")));
        p.add(0, 0, 2);
        assertEquals(1, p.size());
    }

    @Test
    void savesWithTheProjectAndComesBack() throws Exception {
        DrawnPoints p = DrawnPoints.regression();
        p.add(-5.5, 2, 0.75);
        p.add(4, -1.25, -3);
        DataSpec spec = DataSpec.generated(new GeneratorSpec("circle", 10, 0, 1, null)).withInline(p.toInlineData());
        ObjectMapper json = new ObjectMapper();
        DataSpec back = json.readValue(json.writeValueAsString(spec), DataSpec.class);
        DrawnPoints q = DrawnPoints.fromInlineData(back.inline());
        assertEquals(Task.REGRESS, q.task());
        assertArrayEquals(p.toDataset().x().data, q.toDataset().x().data);
        assertArrayEquals(p.toDataset().y().data, q.toDataset().y().data);
        assertEquals(2, back.load(null).size());
    }

    @Test
    void startsFromGeneratedPointsAndKeepsTheirClasses() {
        Dataset d = Generators.generate(new GeneratorSpec("blobs", 12, 0, 1, 4));
        DrawnPoints p = DrawnPoints.of(d);
        p.add(0, 0, 3);
        Dataset e = p.toDataset();
        assertEquals(13, e.size());
        assertEquals(d.classNames(), e.classNames());
        assertEquals(3f, p.target(12));
        p.clear();
        assertEquals(0, p.size());
        assertThrows(IllegalArgumentException.class, () -> DrawnPoints.of(Generators.generate(
                new GeneratorSpec("sine", 5, 0, 1, null))));
    }
}
