package dev.nnplay.engine.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.kernel.ReferenceKernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.train.TrainingSession;
import dev.nnplay.engine.train.TrainingSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Saving where training got to, and carrying on from the file exactly as if it had never stopped. */
class ResumeTest {

    @TempDir
    Path tmp;

    private static Project project(String optimizer) {
        return Project.of("resume", "", 7, DataSpec.generated(new GeneratorSpec("xor", 120, 0.1, 3, null)),
                NetworkSpec.of(Activation.RELU, 6, 3),
                new TrainingSpec(Loss.BCE_LOGITS.id(), null, OptimizerSpec.of(optimizer, 0.02), null, null, 16, 0, true));
    }

    /** Trains {@code steps} mini-batches from where {@code p} left off. */
    private static LoadedProject train(Project p, TrainingSession[] out, int steps) {
        LoadedProject lp = LoadedProject.load(p, null);
        TrainingSession s = lp.newSession(ReferenceKernels.INSTANCE);
        for (int i = 0; i < steps; i++) {
            s.stepBatch();
        }
        out[0] = s;
        return lp;
    }

    private static Project saved(LoadedProject lp, TrainingSession s, String type) {
        return lp.trained(s).withProgress(OptimizerState.of(type, s),
                List.of(HistoryRow.of(s.epoch(), s.step(), 0.5, Double.NaN, 0.75, Double.NaN)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd", "momentum", "adam", "rmsprop"})
    void resumedTrainingContinuesBitForBit(String optimizer) throws IOException {
        Project p = project(optimizer);
        TrainingSession[] straight = new TrainingSession[1];
        train(p, straight, 50); // 120 rows, 20% test: 96 train rows, 6 batches an epoch; 50 ends mid-epoch

        TrainingSession[] first = new TrainingSession[1];
        LoadedProject lp = train(p, first, 23);
        assertTrue(first[0].row() > 0, "the save should fall mid-epoch");
        Path file = tmp.resolve("p.json");
        ProjectIO.write(saved(lp, first[0], optimizer), file);

        TrainingSession[] resumed = new TrainingSession[1];
        train(ProjectIO.read(file), resumed, 27);

        assertEquals(straight[0].epoch(), resumed[0].epoch());
        assertEquals(straight[0].step(), resumed[0].step());
        float[][] a = straight[0].network().copyWeights();
        float[][] b = resumed[0].network().copyWeights();
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i], b[i], "parameter " + i);
        }
    }

    @Test
    void withoutTheOptimizerStateAdamDrifts() {
        // guards the test above: if the state were not needed, it would not show it is restored
        Project p = project("adam");
        TrainingSession[] straight = new TrainingSession[1];
        train(p, straight, 50);
        TrainingSession[] first = new TrainingSession[1];
        LoadedProject lp = train(p, first, 24);
        TrainingSession[] resumed = new TrainingSession[1];
        train(lp.trained(first[0]), resumed, 26);
        assertTrue(straight[0].network().copyWeights()[0][0] != resumed[0].network().copyWeights()[0][0]);
    }

    @Test
    void saveOpenSaveGivesTheSameBytesWithHistoryAndState() throws IOException {
        TrainingSession[] s = new TrainingSession[1];
        LoadedProject lp = train(project("adam"), s, 9);
        Path first = tmp.resolve("first.json");
        Path second = tmp.resolve("second.json");
        ProjectIO.write(saved(lp, s[0], "adam"), first);
        Project read = ProjectIO.read(first);
        ProjectIO.write(read, second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertNull(read.history().get(0).testLoss(), "NaN is left out and read back as none");
        assertEquals(0.75, read.history().get(0).trainMetric());
        assertEquals(9, read.optimizerState().steps());
    }

    @Test
    void aFileWithoutTheNewFieldsStillReads() {
        Project p = ProjectIO.parse(ProjectIO.toJson(project("sgd")), "old.json");
        assertNull(p.history());
        assertNull(p.optimizerState());
    }

    @Test
    void stateForAnotherOptimizerIsRefusedWithOneLine() throws IOException {
        TrainingSession[] s = new TrainingSession[1];
        LoadedProject lp = train(project("adam"), s, 3);
        String all = ProjectIO.toJson(saved(lp, s[0], "adam"));
        int at = all.indexOf("\"optimizerState\"");
        String json = all.substring(0, at) + all.substring(at).replaceFirst("\"type\" : \"adam\"", "\"type\" : \"sgd\"");
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectIO.parse(json, "x.json"));
        assertTrue(e.getMessage().contains("optimizerState is for 'sgd' but the training uses 'adam'"), e.getMessage());
    }
}
