package dev.nnplay.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class GeneratorsTest {

    static List<String> names() {
        return Generators.NAMES;
    }

    private static Dataset make(String name, int n, double noise, long seed) {
        return Generators.generate(new GeneratorSpec(name, n, noise, seed, null));
    }

    @ParameterizedTest
    @MethodSource("names")
    void shapeMatchesItsInfo(String name) {
        GeneratorInfo info = Generators.info(name);
        Dataset d = make(name, 301, 0.3, 7);
        assertEquals(info.fixedPoints() ? 4 : 301, d.size());
        assertEquals(info.dims(), d.inputs());
        assertEquals(info.dims(), d.inputNames().size());
        assertEquals(1, d.y().numCols);
        assertEquals(info.task(), d.task());
        assertEquals(info.task() == Task.CLASSIFY, d.numClasses() >= 2);
    }

    @ParameterizedTest
    @MethodSource("names")
    void classesAreBalanced(String name) {
        if (Generators.info(name).task() != Task.CLASSIFY) {
            return;
        }
        Dataset d = make(name, 301, 0.5, 3);
        int[] counts = new int[d.numClasses()];
        for (float c : d.y().data) {
            counts[(int) c]++;
        }
        int min = Arrays.stream(counts).min().orElseThrow();
        int max = Arrays.stream(counts).max().orElseThrow();
        assertTrue(max - min <= 1, name + " counts " + Arrays.toString(counts));
    }

    @ParameterizedTest
    @MethodSource("names")
    void valuesStayInRange(String name) {
        GeneratorInfo info = Generators.info(name);
        for (double noise : new double[] {0, 1}) {
            Dataset d = make(name, 2000, noise, 11);
            for (float v : d.x().data) {
                assertTrue(Math.abs(v) <= 6, name + " input " + v);
            }
            for (float v : d.y().data) {
                if (info.task() == Task.CLASSIFY) {
                    assertTrue(v >= 0 && v < d.numClasses() && v == Math.rint(v), name + " class " + v);
                } else if (!info.fixedPoints()) {
                    assertTrue(Math.abs(v) <= 1 + Surfaces.TARGET_NOISE * noise + 1e-6, name + " target " + v);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("names")
    void sameSeedSamePointsOtherSeedOtherPoints(String name) {
        Dataset a = make(name, 200, 0.4, 42);
        Dataset b = make(name, 200, 0.4, 42);
        assertArrayEquals(a.x().data, b.x().data);
        assertArrayEquals(a.y().data, b.y().data);
        Dataset c = Generators.generate(new GeneratorSpec(name, 200, 0.4, 42, null).withSeed(43));
        assertEquals(Generators.info(name).fixedPoints(), Arrays.equals(a.x().data, c.x().data), name);
    }

    @ParameterizedTest
    @MethodSource("names")
    void noiseChangesThePoints(String name) {
        Dataset clean = make(name, 200, 0, 5);
        Dataset noisy = make(name, 200, 1, 5);
        boolean same = Arrays.equals(clean.x().data, noisy.x().data) && Arrays.equals(clean.y().data, noisy.y().data);
        assertEquals(Generators.info(name).fixedPoints(), same, name);
    }

    @Test
    void circleIsADiscInsideARing() {
        Dataset d = make("circle", 1000, 0, 1);
        for (int i = 0; i < d.size(); i++) {
            double r = Math.hypot(d.x().data[2 * i], d.x().data[2 * i + 1]);
            if (d.y().data[i] == 1) {
                assertTrue(r <= 2.5 + 1e-5, "inner " + r);
            } else {
                assertTrue(r >= 3.5 - 1e-5 && r <= 5 + 1e-5, "ring " + r);
            }
        }
        assertEquals(List.of("orange", "blue"), d.classNames());
    }

    @Test
    void xorClassIsTheSignOfTheProduct() {
        Dataset d = make("xor", 1000, 0, 1);
        for (int i = 0; i < d.size(); i++) {
            float p = d.x().data[2 * i] * d.x().data[2 * i + 1];
            assertEquals(p > 0 ? 1f : 0f, d.y().data[i]);
        }
    }

    @Test
    void checkerboardClassIsTheParityOfTheSquare() {
        Dataset d = make("checkerboard", 1000, 0, 1);
        for (int i = 0; i < d.size(); i++) {
            int col = (int) Math.floor((d.x().data[2 * i] + 6) / 3);
            int row = (int) Math.floor((d.x().data[2 * i + 1] + 6) / 3);
            assertEquals((col + row) % 2, (int) d.y().data[i]);
        }
    }

    @Test
    void gaussCloudsSitOnTheDiagonal() {
        Dataset d = make("gauss", 2000, 0, 1);
        double[] sum = new double[2];
        for (int i = 0; i < d.size(); i++) {
            sum[(int) d.y().data[i]] += d.x().data[2 * i] + d.x().data[2 * i + 1];
        }
        assertEquals(-4, sum[0] / 1000, 0.2);
        assertEquals(4, sum[1] / 1000, 0.2);
    }

    @Test
    void spiralArmsAreHalfATurnApart() {
        Dataset d = make("spiral", 1000, 0, 1);
        for (int i = 0; i < d.size(); i++) {
            double a = d.x().data[2 * i];
            double b = d.x().data[2 * i + 1];
            double r = Math.hypot(a, b);
            double t = (r - 0.3) / 4.7;
            double expected = 3.5 * Math.PI * t + d.y().data[i] * Math.PI;
            double diff = Math.IEEEremainder(Math.atan2(b, a) - expected, 2 * Math.PI);
            assertEquals(0, diff, 1e-3, "point " + i);
        }
    }

    @Test
    void blobsHonourTheClassCount() {
        Dataset d = Generators.generate(new GeneratorSpec("blobs", 500, 0.2, 1, 5));
        assertEquals(List.of("class 0", "class 1", "class 2", "class 3", "class 4"), d.classNames());
        assertEquals(3, make("blobs", 30, 0, 1).numClasses());
    }

    @Test
    void cleanRegressionTargetsFollowTheirFormula() {
        Dataset plane = make("plane", 100, 0, 1);
        Dataset poly = make("poly", 100, 0, 1);
        for (int i = 0; i < 100; i++) {
            assertEquals((plane.x().data[2 * i] + plane.x().data[2 * i + 1]) / 12, plane.y().data[i], 1e-6);
            double x = poly.x().data[i];
            assertEquals((x * x * x - 27 * x) / 54, poly.y().data[i], 1e-5);
        }
    }

    @Test
    void lineHasFourFixedPoints() {
        Dataset d = make("line4", 500, 1, 99);
        assertArrayEquals(new float[] {1, 2, 3, 4}, d.x().data);
        assertArrayEquals(new float[] {2, 3, 4, 5}, d.y().data);
    }

    @Test
    void unknownNameListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> make("donut", 10, 0, 1));
        assertTrue(e.getMessage().contains("spiral"), e.getMessage());
    }

    @Test
    void curvesPrepareWithoutTheTwoDimensionalFeatures() {
        DataSpec spec = DataSpec.generated(new GeneratorSpec("sine", 100, 0, 1, null));
        assertTrue(spec.features().isEmpty());
        PreparedData p = spec.prepare(null, 1);
        assertEquals(1, p.train().inputs());
        assertFalse(DataSpec.generated(new GeneratorSpec("moons", 100, 0, 1, null)).features().isEmpty());
    }
}
