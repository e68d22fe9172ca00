package dev.nnplay.app.cli;

import static dev.nnplay.app.cli.CliTest.nnplay;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.export.Npz;
import dev.nnplay.engine.project.ProjectIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nnplay export} and {@code nnplay import-weights}, in-process from the repository's root. */
class ExportCommandTest {

    @TempDir
    Path tmp;

    private static final String LINE = "assets/examples/linear-regression.json";

    /** The iris example copied into {@code tmp}, its data path made absolute. */
    private Path iris() throws IOException {
        String json = Files.readString(Path.of("assets/examples/iris.json"))
                .replace("../datasets/iris.csv", Path.of("assets/datasets/iris.csv").toAbsolutePath().toString());
        Path p = tmp.resolve("iris.json");
        Files.writeString(p, json);
        return p;
    }

    @Test
    void everyFormatIsWritten() throws IOException {
        for (String format : new String[] {"onnx", "npz", "json", "pytorch"}) {
            Path out = tmp.resolve("line." + (format.equals("pytorch") ? "py" : format));
            CliTest.Run r = nnplay("export", LINE, "--format", format, "--out", out.toString());
            assertEquals(0, r.status(), r.err());
            assertTrue(Files.size(out) > 0, format);
        }
        assertTrue(Files.readString(tmp.resolve("line.py")).contains("nn.Linear(1, 1)"));
        assertTrue(Files.exists(tmp.resolve("line.npz")), "the snippet's weights beside it");
        assertEquals(0, nnplay("export", LINE, "--format", "csv", "--out", tmp.resolve("csv").toString()).status());
        assertEquals("neuron,bias,w0", Files.readAllLines(tmp.resolve("csv/layer0.csv")).get(0));
        var arrays = Npz.read(tmp.resolve("line.npz"));
        assertArrayEquals(new int[] {1, 1}, arrays.get("layer0.weight").shape());
        assertEquals(ProjectIO.read(Path.of(LINE)).weights().layers().get(0).weight()[0][0],
                arrays.get("layer0.weight").data()[0]);
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliTest.Run r = nnplay("export", LINE, "--format", "pickle", "--out", tmp.resolve("x").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("onnx, npz, json, csv, pytorch"), r.err());
    }

    @Test
    void importedWeightsGiveTheSamePredictions() throws IOException {
        Path iris = iris();
        Path trained = tmp.resolve("trained.json");
        assertEquals(0, nnplay("train", iris.toString(), "--epochs", "5", "--out", trained.toString(), "--quiet").status());
        for (String format : new String[] {"npz", "json"}) {
            Path weights = tmp.resolve("w." + format);
            assertEquals(0, nnplay("export", trained.toString(), "--format", format, "--out", weights.toString()).status());
            Path imported = tmp.resolve("imported-" + format + ".json");
            CliTest.Run r = nnplay("import-weights", iris.toString(), "--weights", weights.toString(), "--out",
                    imported.toString());
            assertEquals(0, r.status(), r.err());
            Path x = tmp.resolve("x.csv");
            Files.writeString(x, "5.1,3.5,1.4,0.2\n6.7,3.0,5.2,2.3\n5.9,2.8,4.4,1.3\n");
            Path y1 = tmp.resolve("y1.csv");
            Path y2 = tmp.resolve("y2.csv");
            assertEquals(0, nnplay("predict", trained.toString(), "--input", x.toString(), "--out", y1.toString()).status());
            assertEquals(0, nnplay("predict", imported.toString(), "--input", x.toString(), "--out", y2.toString()).status());
            assertEquals(Files.readAllLines(y1), Files.readAllLines(y2), format);
        }
    }

    @Test
    void weightsOfAnotherShapeNameTheFirstLayerThatDiffers() throws IOException {
        Path weights = tmp.resolve("line.npz");
        assertEquals(0, nnplay("export", LINE, "--format", "npz", "--out", weights.toString()).status());
        CliTest.Run r = nnplay("import-weights", iris().toString(), "--weights", weights.toString(), "--out",
                tmp.resolve("no.json").toString());
        assertEquals(2, r.status(), r.out());
        assertTrue(r.err().contains("weights.layers[0]") && r.err().contains("1×1 (out×in) but the network's layer 0 is 16×4"), r.err());
        assertTrue(!Files.exists(tmp.resolve("no.json")));
    }
}
