package dev.nnplay.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.project.ProjectIO;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line, run in-process from the repository's root (surefire's working directory). */
class CliTest {

    @TempDir
    Path tmp;

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {
    }

    static Run nnplay(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    static double testAccuracy(Run r) {
        for (String line : r.out().split("\n")) {
            if (line.startsWith("test")) {
                return Double.parseDouble(line.trim().split("\\s+")[4]);
            }
        }
        throw new AssertionError("no test line in: " + r.out() + r.err());
    }

    @Test
    void digitsExampleReachesTheTarget() {
        Run r = nnplay("train", "assets/examples/digits.json");
        assertEquals(0, r.status(), r.err());
        assertTrue(testAccuracy(r) >= 0.96, r.out());
    }

    @Test
    void irisExampleReachesTheTarget() {
        Run r = nnplay("train", "assets/examples/iris.json");
        assertEquals(0, r.status(), r.err());
        assertTrue(testAccuracy(r) >= 0.93, r.out());
    }

    @Test
    void historyHasOneRowPerEpochAndTrainedProjectReopens() throws IOException {
        Path hist = tmp.resolve("h.csv");
        Path trained = tmp.resolve("trained.json");
        Run r = nnplay("train", "assets/examples/linear-regression.json", "--epochs", "7", "--history",
                hist.toString(), "--out", trained.toString(), "--quiet");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.out());
        List<String> lines = Files.readAllLines(hist);
        assertEquals("epoch,train_loss,test_loss,train_r2,test_r2", lines.get(0));
        assertEquals(8, lines.size());
        assertTrue(lines.get(7).startsWith("7,"));
        double first = Double.parseDouble(lines.get(1).split(",")[1]);
        double last = Double.parseDouble(lines.get(7).split(",")[1]);
        assertTrue(last < first, "loss should fall: " + first + " → " + last);
        var p = ProjectIO.read(trained);
        assertEquals(7, p.weights().epoch());
        assertFalse(p.weights().layers().get(0).weight()[0][0] == 0.5f, "the weight should have moved from 0.5");
    }

    /**
     * The shipped example is the seed's example: its per-epoch losses and final weight and bias equal
     * PyTorch's from the same start (the golden file is made by engine/src/test/python/make_golden.py).
     */
    @Test
    void linearRegressionExampleMatchesPyTorch() throws IOException {
        var golden = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("engine/src/test/resources/golden/linear-regression.json").toFile());
        Path hist = tmp.resolve("h.csv");
        Path trained = tmp.resolve("t.json");
        Run r = nnplay("train", "assets/examples/linear-regression.json", "--history", hist.toString(), "--out",
                trained.toString(), "--quiet");
        assertEquals(0, r.status(), r.err());
        List<String> rows = Files.readAllLines(hist);
        assertEquals(101, rows.size());
        // Row e holds the loss after e epochs, which is PyTorch's loss before step e + 1.
        for (int e = 1; e < 100; e++) {
            double ours = Double.parseDouble(rows.get(e).split(",")[1]);
            double torch = golden.get("losses").get(e).asDouble();
            assertEquals(torch, ours, 1e-5 * Math.abs(torch) + 1e-7, "epoch " + e);
        }
        var layer = ProjectIO.read(trained).weights().layers().get(0);
        double w = golden.get("finalWeights").get(0).get(0).asDouble();
        double b = golden.get("finalWeights").get(1).get(0).asDouble();
        assertEquals(w, layer.weight()[0][0], 1e-5 * Math.abs(w));
        assertEquals(b, layer.bias()[0], 1e-5 * Math.abs(b));
    }

    @Test
    void predictAppliesTheProjectsTransform() throws IOException {
        Path trained = tmp.resolve("iris.json");
        Path x = tmp.resolve("x.csv");
        Path y = tmp.resolve("y.csv");
        String json = Files.readString(Path.of("assets/examples/iris.json"))
                .replace("../datasets/iris.csv", Path.of("assets/datasets/iris.csv").toAbsolutePath().toString());
        Files.writeString(tmp.resolve("src.json"), json);
        assertEquals(0, nnplay("train", tmp.resolve("src.json").toString(), "--out", trained.toString(), "--quiet").status());
        Files.writeString(x, "sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n6.7,3.0,5.2,2.3\n");
        Run r = nnplay("predict", trained.toString(), "--input", x.toString(), "--out", y.toString());
        assertEquals(0, r.status(), r.err());
        List<String> rows = Files.readAllLines(y);
        assertEquals("class,p_setosa,p_versicolor,p_virginica", rows.get(0));
        assertTrue(rows.get(1).startsWith("setosa,"), rows.get(1));
        assertTrue(rows.get(2).startsWith("virginica,"), rows.get(2));
        double sum = 0;
        for (String p : rows.get(1).split(",", 2)[1].split(",")) {
            sum += Double.parseDouble(p);
        }
        assertEquals(1.0, sum, 1e-5);
    }

    /** Each broken project: status 2, one line, naming the file, the place and the problem. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown field|\"seed\" : 1,|\"seeed\" : 1,|unknown field 'seeed'",
        "wrong type|\"seed\" : 1,|\"seed\" : \"one\",|seed: expected a whole number",
        "negative units|\"hidden\" : [ ]|\"hidden\" : [ { \"units\" : -3 } ]|network.hidden[0]",
        "absurd units|\"hidden\" : [ ]|\"hidden\" : [ { \"units\" : 100000000 } ]|1 to 4096 units",
        "absurd batch|\"batchSize\" : 4,|\"batchSize\" : 0,|batchSize must be 1 to",
        "unknown activation|\"hidden\" : [ ]|\"hidden\" : [ { \"units\" : 3, \"activation\" : \"relux\" } ]|unknown activation 'relux'",
        "row too short|[ 3.0, 4.0 ]|[ 3.0 ]|inline row 3 has 1 values",
        "not JSON|\"seed\" : 1,|\"seed\" : 1,,|line 6",
    })
    void brokenProjectsGetOneClearLine(String name, String find, String replacement, String expected)
            throws IOException {
        String good = Files.readString(Path.of("assets/examples/linear-regression.json"));
        assertTrue(good.contains(find), find);
        Path f = tmp.resolve("bad.json");
        Files.writeString(f, good.replace(find, replacement));
        Run r = nnplay("train", f.toString());
        assertEquals(2, r.status(), r.out() + r.err());
        String line = r.err().strip();
        assertFalse(line.contains("\n"), "one line: " + line);
        assertFalse(line.contains("Exception"), line);
        assertTrue(line.startsWith("nnplay: " + f), line);
        assertTrue(line.contains("line "), line);
        assertTrue(line.contains(expected), line);
    }

    @Test
    void weightsOfTheWrongShapeAreNamed() throws IOException {
        String good = Files.readString(Path.of("assets/examples/linear-regression.json"));
        Path f = tmp.resolve("shape.json");
        Files.writeString(f, good.replace("[ [ 0.5 ] ]", "[ [ 0.5, 0.1 ] ]"));
        Run r = nnplay("train", f.toString());
        assertEquals(2, r.status());
        assertTrue(r.err().startsWith("nnplay: " + f + ": weights.layers[0]") && r.err().contains("1×2"), r.err());
    }

    @Test
    void brokenCsvGetsOneClearLine() throws IOException {
        Path csv = tmp.resolve("data.csv");
        Files.writeString(csv, "a,b,label\n1,2,x\n3,oops,y\n");
        String project = Files.readString(Path.of("assets/examples/iris.json"))
                .replace("../datasets/iris.csv", csv.toString()).replace("\"species\"", "\"label\"");
        Path f = tmp.resolve("p.json");
        Files.writeString(f, project);
        Run r = nnplay("train", f.toString());
        assertEquals(2, r.status());
        String line = r.err().strip();
        assertFalse(line.contains("\n"), line);
        assertTrue(line.contains("line 3") && line.contains("'b'") && line.contains("'oops' is not a number"), line);
    }

    @Test
    void trainsStraightFromCsvFiles() {
        Run wine = nnplay("train", "--csv", "assets/datasets/wine.csv", "--label", "cultivar", "--standardize",
                "--epochs", "50");
        assertEquals(0, wine.status(), wine.err());
        assertTrue(testAccuracy(wine) >= 0.93, wine.out());
        Run iris = nnplay("train", "--csv", "assets/datasets/iris.csv", "--standardize", "--epochs", "100", "--l2",
                "0.02");
        assertEquals(0, iris.status(), iris.err());
        assertTrue(testAccuracy(iris) >= 0.93, iris.out());
    }

    @Test
    void regressionCsvReportsRSquaredAndSavesAProject() throws IOException {
        StringBuilder csv = new StringBuilder("a,b,target\n");
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 400; i++) {
            double a = r.nextDouble() * 4 - 2;
            double b = r.nextDouble() * 4 - 2;
            csv.append(a).append(',').append(b).append(',').append(Math.sin(a) + 0.5 * b * b).append('\n');
        }
        Path data = tmp.resolve("curve.csv");
        Files.writeString(data, csv);
        Path project = tmp.resolve("out/curve.json");
        Run run = nnplay("train", "--csv", data.toString(), "--hidden", "16,16", "--activation", "tanh", "--epochs",
                "100", "--out", project.toString());
        assertEquals(0, run.status(), run.err());
        double r2 = 0;
        for (String line : run.out().split("\n")) {
            if (line.startsWith("test")) {
                r2 = Double.parseDouble(line.trim().split("\\s+")[4]);
                assertTrue(line.contains("R²"), line);
            }
        }
        assertTrue(r2 > 0.9, run.out());
        var p = ProjectIO.read(project);
        assertEquals("../curve.csv", p.data().csv().path());
        assertEquals("mse", p.training().loss());
        assertEquals(0, nnplay("train", project.toString(), "--epochs", "1", "--quiet").status());
    }

    @Test
    void aDivergedRunSaysWhereAndWhatToTry() throws IOException {
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 0; i < 50; i++) {
            csv.append(i).append(',').append(3 * i + 1).append('\n');
        }
        Path data = tmp.resolve("line.csv");
        Files.writeString(data, csv);
        Run r = nnplay("train", "--csv", data.toString(), "--optimizer", "sgd", "--lr", "5", "--epochs", "20");
        assertEquals(2, r.status(), r.out() + r.err());
        String line = r.err().strip();
        assertTrue(line.startsWith("nnplay: " + data + ": The loss diverged at epoch "), line);
        assertTrue(line.endsWith("Try a learning rate below 1, a smaller network or scaled inputs."), line);
    }

    @Test
    void projectAndCsvTogetherIsAnError() {
        Run r = nnplay("train", "assets/examples/iris.json", "--csv", "assets/datasets/iris.csv");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("not both"), r.err());
    }

    @Test
    void benchPrintsOneJsonObjectPerCase() {
        Run r = nnplay("bench", "--json", "--seconds", "0.05", "--kernels", "reference", "gemm 64",
                "mlp 2-8-8-1 tanh b10");
        assertEquals(0, r.status(), r.err());
        String[] lines = r.out().strip().split("\n");
        assertEquals(2, lines.length, r.out());
        assertTrue(lines[0].matches("\\{\"case\":\"gemm 64\",\"kernels\":\"reference\",\"threads\":1,\"bits\":0,\"gflops\":[0-9.]+}"),
                lines[0]);
        assertTrue(lines[1].matches(".*\"case\":\"mlp 2-8-8-1 tanh b10\".*\"samples_per_s\":[0-9.]+}"), lines[1]);
        Run bad = nnplay("bench", "gemm 7");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("unknown case 'gemm 7'"), bad.err());
    }

    @Test
    void aFolderThatDoesNotExistIsOneLine() throws IOException {
        Path blocker = tmp.resolve("file");
        Files.writeString(blocker, "x");
        Path out = blocker.resolve("sub/model.onnx"); // a folder inside a plain file cannot be made
        Run r = nnplay("export", "assets/examples/linear-regression.json", "--format", "onnx", "--out", out.toString());
        assertEquals(2, r.status(), r.err());
        String line = r.err().strip();
        assertFalse(line.contains("\n") || line.contains("internal error") || line.contains("Exception"), line);
        assertTrue(line.startsWith("nnplay: " + blocker), line);
    }

    @Test
    void missingFileAndBadOptions() {
        Run r = nnplay("train", tmp.resolve("nope.json").toString());
        assertEquals(2, r.status());
        assertTrue(r.err().contains("no such file"), r.err());
        Run r2 = nnplay("train", "assets/examples/iris.json", "--epochs", "many");
        assertEquals(2, r2.status());
        assertEquals(1, r2.err().strip().split("\n").length, r2.err());
    }
}
