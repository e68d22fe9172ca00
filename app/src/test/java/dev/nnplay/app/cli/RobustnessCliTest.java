package dev.nnplay.app.cli;

import static dev.nnplay.app.cli.CliTest.nnplay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.app.cli.CliTest.Run;
import dev.nnplay.engine.project.ProjectIO;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a hostile user meets it: legal settings too large for memory refused up front
 * (status 2, one sentence), a network whose project could not be read back refused before training, a
 * 3 × 4096 network written and read back, a run that ends non-finite refused without touching --out,
 * outputs that overflow named by line, predict reading CSV as training does, absurd options refused,
 * writes onto a device, a link and a 0644 file that damage nothing.
 */
class RobustnessCliTest {

    private static final String IRIS = Path.of("assets/datasets/iris.csv").toAbsolutePath().toString();

    @TempDir
    Path tmp;

    private static String layers(int count, int units) {
        return String.join(",", Collections.nCopies(count, Integer.toString(units)));
    }

    private static void oneCleanLine(Run r, String start) {
        assertEquals(2, r.status(), r.out() + r.err());
        String line = r.err().strip();
        assertFalse(line.contains("\n"), "one line: " + line);
        assertFalse(line.contains("Exception") || line.contains("java."), "no Java names: " + line);
        assertTrue(line.startsWith(start), line);
    }

    @Test
    void aNetworkTooLargeForMemoryIsRefusedUpFront() {
        Run r = nnplay("train", "--csv", IRIS, "--hidden", layers(32, 4096), "--optimizer", "adam", "--epochs", "1");
        oneCleanLine(r, "nnplay: Training this network needs about ");
        assertTrue(r.err().contains("for adam's state") && r.err().contains("-Xmx"), r.err());
    }

    @Test
    void underA256MiBHeapThreeLayersOf4096AreRefusedAndDigitsTrains() throws Exception {
        Process big = child("train", "--csv", IRIS, "--hidden", layers(3, 4096), "--optimizer", "adam", "--epochs",
                "1");
        String err = new String(big.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(big.waitFor(2, TimeUnit.MINUTES));
        assertEquals(2, big.exitValue(), err);
        assertTrue(err.startsWith("nnplay: Training this network needs about ") && err.contains("the program may use"
                + " 256 MB"), err);
        Process digits = child("train", "--csv", Path.of("assets/datasets/digits8x8.csv").toAbsolutePath().toString(),
                "--hidden", "128,64", "--epochs", "15", "--quiet");
        String derr = new String(digits.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(digits.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, digits.exitValue(), derr);
    }

    /** nnplay in a JVM of its own with a 256 MiB heap. */
    private static Process child(String... args) throws IOException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.nnplay.app.Main"));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    @Test
    void aNetworkWhoseProjectCouldNotBeReadBackIsRefusedBeforeTraining() {
        Path out = tmp.resolve("big.json");
        Run r = nnplay("train", "--csv", IRIS, "--hidden", layers(4, 4096), "--optimizer", "sgd", "--epochs", "1",
                "--out", out.toString());
        oneCleanLine(r, "nnplay: " + out + ": the trained project would be about ");
        assertTrue(r.err().contains("more than the 256 MiB a project file may have"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aThreeBy4096NetworkIsTrainedSavedAndPredictedFrom() throws IOException {
        Path out = tmp.resolve("wide.json");
        Run r = nnplay("train", "--csv", IRIS, "--hidden", layers(3, 4096), "--optimizer", "sgd", "--lr", "0.001",
                "--batch", "105", "--epochs", "1", "--out", out.toString(), "--quiet");
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.size(out) < ProjectIO.MAX_BYTES, Files.size(out) + " bytes");
        Path x = tmp.resolve("x.csv");
        Files.writeString(x, "sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n");
        Run p = nnplay("predict", out.toString(), "--input", x.toString(), "--out", tmp.resolve("y.csv").toString());
        assertEquals(0, p.status(), p.err());
        assertEquals(2, Files.readAllLines(tmp.resolve("y.csv")).size());
    }

    @Test
    void aRunWhoseLastUpdateDivergesIsRefusedAndTheGoodFileStays() throws IOException {
        // one full batch: its loss (before the update) is finite, the update sends the outputs past float32
        StringBuilder csv = new StringBuilder("x,y\n");
        for (int i = 1; i <= 8; i++) {
            csv.append(i).append("e15,").append(3 * i).append("e15\n");
        }
        Path data = tmp.resolve("huge.csv");
        Files.writeString(data, csv);
        Path out = tmp.resolve("trained.json");
        Files.writeString(out, "a good file");
        Run r = nnplay("train", "--csv", data.toString(), "--hidden", "0", "--optimizer", "sgd", "--lr", "1",
                "--batch", "8", "--test-ratio", "0", "--task", "regress", "--epochs", "1", "--out", out.toString());
        oneCleanLine(r, "nnplay: " + out + ": The loss diverged at epoch 1 (it became ");
        assertEquals("a good file", Files.readString(out));
    }

    @Test
    void outputsThatOverflowAreNamedByLineAndNothingIsWritten() throws IOException {
        Path trained = trainedIris();
        Path x = tmp.resolve("x.csv");
        Files.writeString(x, "sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n"
                + "3e38,-3e38,3e38,3e38\n");
        Path y = tmp.resolve("y.csv");
        Run r = nnplay("predict", trained.toString(), "--input", x.toString(), "--out", y.toString());
        oneCleanLine(r, "nnplay: " + x + ": the outputs of 1 row overflowed (not finite numbers), at line 3; ");
        assertFalse(Files.exists(y));
    }

    @Test
    void predictSkipsAByteOrderMarkAndReadsSemicolons() throws IOException {
        Path trained = trainedIris();
        Path x = tmp.resolve("x.csv");
        Files.writeString(x, "\uFEFFsepal_length;sepal_width;petal_length;petal_width\n5.1;3.5;1.4;0.2\n");
        Path y = tmp.resolve("y.csv");
        Run r = nnplay("predict", trained.toString(), "--input", x.toString(), "--out", y.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(Files.readAllLines(y).get(1).startsWith("setosa,"), Files.readString(y));
    }

    @Test
    void predictShowsABadCellShort() throws IOException {
        Path trained = trainedIris();
        Path x = tmp.resolve("x.csv");
        Files.writeString(x, "sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5," + "9".repeat(30)
                + "abc" + "z".repeat(100) + ",0.2\n");
        Run r = nnplay("predict", trained.toString(), "--input", x.toString(), "--out", tmp.resolve("y").toString());
        oneCleanLine(r, "nnplay: " + x + ", line 2, column 'petal_length': '");
        assertTrue(r.err().strip().endsWith("…' is not a number"), r.err());
        assertTrue(r.err().length() < 200, r.err());
    }

    private Path trainedIris() throws IOException {
        Path trained = tmp.resolve("iris.json");
        Run t = nnplay("train", "--csv", IRIS, "--epochs", "30", "--standardize", "--out", trained.toString(),
                "--quiet");
        assertEquals(0, t.status(), t.err());
        return trained;
    }

    @Test
    void absurdSizesAreRefused() throws IOException {
        oneCleanLine(nnplay("train", "--csv", IRIS, "--hidden", "-5"), "nnplay: --hidden: -5 units; give 1 or more");
        String good = Files.readString(Path.of("assets/examples/linear-regression.json"));
        Path f = tmp.resolve("p.json");
        Files.writeString(f, good.replace("\"hidden\" : [ ]", "\"hidden\" : [ { \"units\" : 8.7 } ]"));
        Run r = nnplay("train", f.toString());
        oneCleanLine(r, "nnplay: " + f + ": line 19, column ");
        assertTrue(r.err().contains("network.hidden[0].units: expected a whole number here"), r.err());
    }

    @Test
    void writesOntoADeviceALinkAndA0644FileDamageNothing() throws IOException {
        Path real = tmp.resolve("real.json");
        Files.writeString(real, "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r--r--"));
        Path link = tmp.resolve("link.json");
        Files.createSymbolicLink(link, real.getFileName());
        String lr = Path.of("assets/examples/linear-regression.json").toString();
        assertEquals(0, nnplay("train", lr, "--epochs", "1", "--out", link.toString(), "--quiet").status());
        assertTrue(Files.isSymbolicLink(link), "the link stays a link");
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
        assertTrue(Files.readString(real).contains("\"nnplay-project\""));
        assertEquals(0, nnplay("train", lr, "--epochs", "1", "--out", "/dev/null", "--quiet").status());
        assertFalse(Files.isRegularFile(Path.of("/dev/null")), "/dev/null stays a device");
        // a full disk names the file
        oneCleanLine(nnplay("train", lr, "--epochs", "1", "--out", "/dev/full", "--quiet"), "nnplay: /dev/full: ");
        try (var s = Files.list(tmp)) {
            assertEquals(List.of(), s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }
}
