package dev.nnplay.engine.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.project.AtomicFiles;
import dev.nnplay.engine.project.LoadedProject;
import dev.nnplay.engine.project.ProjectException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightsExportTest {

    @TempDir
    Path tmp;

    @Test
    void jsonExportReadsBackAndNamesActivations() throws IOException {
        ExportedModel m = ExportFixtures.plain(Activation.LEAKY_RELU, 3, 2, Loss.MSE).model();
        Path file = tmp.resolve("w.json");
        WeightsExport.writeJson(m, "demo", file);
        String text = Files.readString(file);
        assertTrue(text.contains("\"format\" : \"nnplay-weights\""), text);
        assertTrue(text.contains("\"activation\" : \"leaky_relu\""), text);
        assertTrue(text.contains("\"alpha\" : 0.2"), text);
        var w = WeightsImport.read(file);
        for (int i = 0; i < 3; i++) {
            assertArrayEquals(m.linears().get(i).w().bias(), w.layers().get(i).bias());
            assertArrayEquals(m.linears().get(i).w().weight()[1], w.layers().get(i).weight()[1]);
        }
    }

    @Test
    void importIntoAnotherShapeNamesTheFirstLayerThatDiffers() throws IOException {
        ExportedModel m = ExportFixtures.plain(Activation.RELU, 3, 2, Loss.MSE).model(); // 3 → 5 → 4 → 2
        Path file = tmp.resolve("w.npz");
        WeightsExport.writeNpz(m, file);
        Network other = NetworkSpec.of(Activation.RELU, 5, 6).build(3, 2, new Rng(1));
        var e = assertThrows(ProjectException.class, () -> LoadedProject.setWeights(other, WeightsImport.read(file)));
        assertTrue(e.getMessage().contains("layers[1]"), e.getMessage());
        assertTrue(e.getMessage().contains("4×5"), e.getMessage());
    }

    @Test
    void csvExportWritesOneFilePerLayerAndTheScaling() throws IOException {
        ExportedModel m = ExportFixtures.featuresMulticlass().model();
        Path dir = tmp.resolve("csv");
        WeightsExport.writeCsv(m, dir);
        List<String> layer0 = Files.readAllLines(dir.resolve("layer0.csv"));
        assertEquals("neuron,bias,w0,w1,w2,w3,w4,w5,w6", layer0.get(0));
        assertEquals(1 + 8, layer0.size());
        String[] row2 = layer0.get(3).split(",");
        assertEquals("2", row2[0]);
        assertEquals(m.linears().get(0).w().bias()[2], Float.parseFloat(row2[1]));
        assertEquals(m.linears().get(0).w().weight()[2][6], Float.parseFloat(row2[8]));
        assertEquals(4, Files.readAllLines(dir.resolve("layer2.csv")).size());
        assertEquals("column,center,scale", Files.readAllLines(dir.resolve("transform.csv")).get(0));
    }

    @Test
    void aWriteThatFailsMidwayLeavesTheOldFileWhole() throws IOException {
        Path file = tmp.resolve("w.npz");
        WeightsExport.writeNpz(ExportFixtures.featuresMulticlass().model(), file);
        byte[] before = Files.readAllBytes(file);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(file, out -> {
            out.write(new byte[1000]);
            throw new IOException("disk full");
        }));
        assertEquals(file + ": disk full", e.getMessage(), "the message names the file");
        assertArrayEquals(before, Files.readAllBytes(file));
        try (var files = Files.list(tmp)) {
            assertEquals(List.of(file), files.toList(), "no temporary file is left behind");
        }
        assertFalse(Npz.read(file).isEmpty());
    }
}
