package dev.nnplay.app.cli;

import static dev.nnplay.app.cli.CliTest.nnplay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.export.Npz;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectIO;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trained project stands alone: saved elsewhere its data path still resolves, and predict, export and
 * import-weights need the file alone. {@code -} is standard input and output.
 */
class StandaloneProjectTest {

    @TempDir
    Path tmp;

    /** One run with standard input {@code in}: the status, the bytes of standard output, the messages. */
    record Piped(int status, byte[] stdout, String out, String err) {
        String text() {
            return new String(stdout, StandardCharsets.UTF_8) + out;
        }
    }

    static Piped piped(byte[] in, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, new ByteArrayInputStream(in), bytes, new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new Piped(status, bytes.toByteArray(), out.toString(), err.toString());
    }

    /** The iris example and its CSV copied into {@code tmp/src/examples} and {@code tmp/src/datasets}. */
    private Path irisCopy() throws IOException {
        Path ex = Files.createDirectories(tmp.resolve("src/examples"));
        Path data = Files.createDirectories(tmp.resolve("src/datasets"));
        Files.copy(Path.of("assets/datasets/iris.csv"), data.resolve("iris.csv"));
        return Files.copy(Path.of("assets/examples/iris.json"), ex.resolve("iris.json"));
    }

    private static final String ROWS = "sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n"
            + "6.7,3.0,5.2,2.3\n";

    @Test
    void aTrainedProjectMovedElsewherePredictsAndExportsWithoutItsData() throws IOException {
        Path project = irisCopy();
        Path trained = Files.createDirectories(tmp.resolve("out/deeper")).resolve("trained.json");
        CliTest.Run r = nnplay("train", project.toString(), "--epochs", "20", "--out", trained.toString(), "--quiet");
        assertEquals(0, r.status(), r.err());
        Project p = ProjectIO.read(trained);
        assertEquals("../../src/datasets/iris.csv", p.data().csv().path(), "the data path starts at the new folder");
        assertNotNull(p.signature());
        assertEquals(List.of("setosa", "versicolor", "virginica"), p.signature().classes());
        Path rows = Files.writeString(tmp.resolve("rows.csv"), ROWS);
        Path before = tmp.resolve("before.csv");
        assertEquals(0, nnplay("predict", trained.toString(), "--input", rows.toString(), "--out", before.toString())
                .status());

        Path moved = Files.createDirectories(tmp.resolve("elsewhere")).resolve("moved.json");
        Files.move(trained, moved, StandardCopyOption.ATOMIC_MOVE);
        Files.delete(tmp.resolve("src/datasets/iris.csv"));
        Path after = tmp.resolve("after.csv");
        CliTest.Run pr = nnplay("predict", moved.toString(), "--input", rows.toString(), "--out", after.toString());
        assertEquals(0, pr.status(), pr.err());
        assertEquals(Files.readString(before), Files.readString(after), "the same outputs without the training CSV");
        assertTrue(Files.readString(after).startsWith("class,p_setosa,p_versicolor,p_virginica\nsetosa,"));
        for (String format : new String[] {"onnx", "npz", "json", "pytorch", "csv"}) {
            Path out = tmp.resolve("export." + (format.equals("pytorch") ? "py" : format));
            CliTest.Run ex = nnplay("export", moved.toString(), "--format", format, "--out", out.toString());
            assertEquals(0, ex.status(), format + ": " + ex.err());
        }
        Path restored = tmp.resolve("elsewhere/restored.json");
        CliTest.Run iw = nnplay("import-weights", moved.toString(), "--weights", tmp.resolve("export.npz").toString(),
                "--out", restored.toString());
        assertEquals(0, iw.status(), iw.err());
        assertSameWeights(ProjectIO.read(moved), ProjectIO.read(restored));
    }

    @Test
    void aProjectWrittenBeforeSignaturesStillPredictsFromItsData() throws IOException {
        Path project = irisCopy();
        Path trained = tmp.resolve("src/examples/trained.json");
        assertEquals(0, nnplay("train", project.toString(), "--epochs", "5", "--out", trained.toString(), "--quiet")
                .status());
        Project p = ProjectIO.read(trained);
        Project old = new Project(p.format(), p.version(), p.name(), p.description(), p.seed(), p.data(), p.network(),
                p.training(), p.transform(), p.weights(), p.optimizerState(), p.history());
        ProjectIO.write(old, trained);
        assertFalse(Files.readString(trained).contains("signature"));
        Path rows = Files.writeString(tmp.resolve("rows.csv"), ROWS);
        Piped r = piped(new byte[0], "predict", trained.toString(), "--input", rows.toString(), "--out", "-");
        assertEquals(0, r.status(), r.err());
        assertTrue(r.text().startsWith("class,p_setosa,p_versicolor,p_virginica\n"), r.text());
    }

    @Test
    void dashReadsStandardInputAndWritesStandardOutput() throws IOException {
        Path trained = tmp.resolve("t.json");
        assertEquals(0, nnplay("train", "assets/examples/iris.json", "--epochs", "3", "--out", trained.toString(),
                "--quiet").status());
        Piped r = piped(ROWS.getBytes(StandardCharsets.UTF_8), "predict", trained.toString(), "--input", "-",
                "--out", "-");
        assertEquals(0, r.status(), r.err());
        String[] lines = r.text().split("\n");
        assertEquals(3, lines.length, r.text());
        assertFalse(Files.exists(Path.of("-")), "no file named '-'");

        Piped fromStdin = piped(Files.readAllBytes(trained), "predict", "-", "--input",
                Files.writeString(tmp.resolve("rows.csv"), ROWS).toString(), "--out", "-");
        assertEquals(r.text(), fromStdin.text(), "the project itself read from standard input");

        Piped npz = piped(new byte[0], "export", trained.toString(), "--format", "npz", "--out", "-");
        assertEquals(0, npz.status(), npz.err());
        assertEquals('P', npz.stdout()[0]);
        assertEquals("", npz.out(), "nothing but the file on standard output");
        Path onDisk = Files.write(tmp.resolve("x.npz"), npz.stdout());
        assertEquals(4, Npz.read(onDisk).get("layer0.weight").shape()[1]);

        Piped back = piped(npz.stdout(), "import-weights", trained.toString(), "--weights", "-", "--out", "-");
        assertEquals(0, back.status(), back.err());
        Project restored = ProjectIO.parse(new String(back.stdout(), StandardCharsets.UTF_8), "stdout");
        assertSameWeights(ProjectIO.read(trained), restored);
    }

    private static void assertSameWeights(Project a, Project b) {
        assertEquals(a.weights().layers().size(), b.weights().layers().size());
        for (int i = 0; i < a.weights().layers().size(); i++) {
            var x = a.weights().layers().get(i);
            var y = b.weights().layers().get(i);
            assertTrue(java.util.Arrays.deepEquals(x.weight(), y.weight()), "layer " + i + " weight");
            assertTrue(java.util.Arrays.equals(x.bias(), y.bias()), "layer " + i + " bias");
        }
    }

    @Test
    void outOntoASymlinkWritesThroughIt() throws IOException {
        Path real = tmp.resolve("real.csv");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(tmp.resolve("link.csv"), real);
        Path trained = tmp.resolve("t.json");
        assertEquals(0, nnplay("train", "assets/examples/iris.json", "--epochs", "2", "--out", trained.toString(),
                "--quiet").status());
        Path rows = Files.writeString(tmp.resolve("rows.csv"), ROWS);
        assertEquals(0, nnplay("predict", trained.toString(), "--input", rows.toString(), "--out", link.toString())
                .status());
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Files.readString(real).startsWith("class,"));
    }

    @Test
    void aCsvExportOverAnEarlierOneLeavesNoFileOfTheOld() throws IOException {
        Path dir = tmp.resolve("weights");
        assertEquals(0, nnplay("export", "assets/examples/iris.json", "--format", "csv", "--out", dir.toString())
                .status());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("layer0.csv", "layer1.csv", "transform.csv"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals(0, nnplay("export", "assets/examples/linear-regression.json", "--format", "csv", "--out",
                dir.toString()).status());
        try (var files = Files.list(dir)) {
            assertEquals(List.of("layer0.csv"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "the one-layer export alone, no layer or scaling file of the earlier one");
        }
        assertEquals("neuron,bias,w0", Files.readAllLines(dir.resolve("layer0.csv")).get(0));
    }

    @Test
    void everyCommandAnswersVersion() {
        for (String cmd : new String[] {"train", "predict", "export", "import-weights", "bench"}) {
            CliTest.Run r = nnplay(cmd, "--version");
            assertEquals(0, r.status(), cmd);
            assertEquals("NN Playground 0.1.0", r.out().trim(), cmd);
        }
    }
}
