package dev.nnplay.engine.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.train.TrainingSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every project the program writes, it reads back: a 3 × 4096 network (as JSON text it took 456 MB,
 * beyond the reader's limit), the largest network the limits allow, and version 1 files; what would
 * be over the limit, or not finite, is refused when writing, naming the file.
 */
class ProjectSymmetryTest {

    @TempDir
    Path tmp;

    private static Project project(NetworkSpec net) {
        return Project.of("big", "", 1, DataSpec.generated(new GeneratorSpec("xor", 100, 0.0, 1, null)), net,
                new TrainingSpec("bce", null, OptimizerSpec.of("sgd", 0.01), null, null, 10, 1, true));
    }

    private static void assertSameWeights(ProjectWeights a, ProjectWeights b) {
        assertEquals(a.layers().size(), b.layers().size());
        for (int i = 0; i < a.layers().size(); i++) {
            assertArrayEquals(a.layers().get(i).bias(), b.layers().get(i).bias(), "layer " + i + " bias");
            float[][] wa = a.layers().get(i).weight();
            float[][] wb = b.layers().get(i).weight();
            assertEquals(wa.length, wb.length, "layer " + i + " rows");
            for (int o = 0; o < wa.length; o++) {
                assertArrayEquals(wa[o], wb[o], "layer " + i + " row " + o);
            }
        }
        assertEquals(a.epoch(), b.epoch());
        assertEquals(a.step(), b.step());
    }

    @Test
    void aThreeBy4096NetworkIsWrittenAndReadBack() throws IOException {
        NetworkSpec spec = NetworkSpec.of(Activation.RELU, 4096, 4096, 4096);
        Network net = spec.build(2, 1, new Rng(7));
        ProjectWeights w = LoadedProject.weightsOf(net, 12, 3456);
        Path file = tmp.resolve("big.json");
        ProjectIO.write(project(spec).withTrained(null, w), file);
        long size = Files.size(file);
        assertTrue(size <= FileLimits.MAX_PROJECT_BYTES, size + " bytes");
        // 33.6 M floats: 4/3 of their 134 MB as base64
        assertTrue(size < 190_000_000L, size + " bytes");
        Project back = ProjectIO.read(file);
        assertEquals(Project.VERSION, back.version());
        assertSameWeights(w, back.weights());
    }

    @Test
    void theLargestNetworkTheLimitsAllowIsWrittenAndReadBackAndOneMoreLayerIsRefused() throws IOException {
        int in = 4095;
        int out = 1;
        // the most rows of 4096 parameters the estimate before training lets through
        while (FileLimits.projectBytes((long) (out + 1) * (in + 1), out + 2) <= FileLimits.MAX_PROJECT_BYTES) {
            out++;
        }
        // (256 MiB − 1 MiB − 16 per list) · 3/4 bytes of float32 over rows of 4096: 12 231 rows, 50.1 M parameters
        assertEquals(12_231, out, "rows of 4096 parameters that fit in a project");
        ProjectWeights w = new ProjectWeights(List.of(filled(out, in)), 1, 1);
        Project p = project(NetworkSpec.of(Activation.RELU)).withTrained(null, w);
        // the check before training lets it through
        FileLimits.checkProjectFits((long) out * (in + 1), out + 1, "big.json");
        Path file = tmp.resolve("largest.json");
        ProjectIO.write(p, file);
        assertTrue(Files.size(file) <= FileLimits.MAX_PROJECT_BYTES);
        assertSameWeights(w, ProjectIO.read(file).weights());

        int tooMany = out + 16;
        ProjectException early = assertThrows(ProjectException.class,
                () -> FileLimits.checkProjectFits((long) tooMany * (in + 1), tooMany + 1, "big.json"));
        assertTrue(early.getMessage().startsWith("big.json: the trained project would be about 256.3 MiB (50163712 parameters), more than the 256 MiB"),
                early.getMessage());
        // the estimate keeps 1 MiB for settings; a hundred rows more are over the limit in fact
        ProjectWeights over = new ProjectWeights(List.of(filled(out + 100, in)), 1, 1);
        Path refused = tmp.resolve("refused.json");
        ProjectException e = assertThrows(ProjectException.class,
                () -> ProjectIO.write(project(NetworkSpec.of(Activation.RELU)).withTrained(null, over), refused));
        assertTrue(e.getMessage().startsWith(refused + ": not saved: the project would be "), e.getMessage());
        assertFalse(Files.exists(refused), "nothing written");
    }

    private static DenseWeights filled(int out, int in) {
        float[][] w = new float[out][in];
        float[] b = new float[out];
        for (int o = 0; o < out; o++) {
            for (int i = 0; i < in; i++) {
                w[o][i] = (o * 31 + i) * 1e-3f - 1f;
            }
            b[o] = -o;
        }
        return new DenseWeights(w, b);
    }

    @Test
    void versionOneFilesWithNumberListsAreStillRead() {
        Project p = ProjectIO.read(Path.of("..", "assets", "examples", "linear-regression.json"));
        assertEquals(1, p.version());
        assertEquals(0.5f, p.weights().layers().get(0).weight()[0][0]);
        assertTrue(ProjectIO.toJson(p).contains("\"version\" : " + Project.VERSION));
    }

    @Test
    void shortListsStayNumbersLongOnesBecomeBase64() {
        float[][] w = {new float[3], new float[3]};
        float[] b = new float[2];
        w[1][2] = 0.25f;
        Project small = project(NetworkSpec.of(Activation.RELU)).withTrained(null,
                new ProjectWeights(List.of(new DenseWeights(w, b)), 0, 0));
        assertTrue(ProjectIO.toJson(small).contains("\"weight\" : [ [ 0.0, 0.0, 0.0 ], [ 0.0, 0.0, 0.25 ] ]"),
                ProjectIO.toJson(small));
        float[][] wide = {new float[FileLimits.BASE64_FROM]};
        wide[0][0] = 1f; // 00 00 80 3f little-endian
        Project big = project(NetworkSpec.of(Activation.RELU)).withTrained(null,
                new ProjectWeights(List.of(new DenseWeights(wide, new float[1])), 0, 0));
        // 64 bytes: 00 00 80 3f and 60 zeros, 88 characters of base64
        assertTrue(ProjectIO.toJson(big).contains("\"weight\" : [ \"AACAPw" + "A".repeat(80) + "==\" ]"),
                ProjectIO.toJson(big));
    }

    @Test
    void aNonFiniteWeightIsNotSavedAndTheOldFileStays() throws IOException {
        Path file = tmp.resolve("good.json");
        Files.writeString(file, "the good file");
        float[][] w = {{1f, Float.POSITIVE_INFINITY}};
        Project p = project(NetworkSpec.of(Activation.RELU)).withTrained(null,
                new ProjectWeights(List.of(new DenseWeights(w, new float[1])), 0, 0));
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectIO.write(p, file));
        assertEquals(file + ": not saved: weights.layers[0].weight[0]: holds an infinite number (item 1); only finite"
                + " numbers are saved", e.getMessage());
        assertEquals("the good file", Files.readString(file));
    }
}
