package dev.nnplay.app.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher script {@code bin/nnplay}, run with bash as a user runs it. */
class LauncherIT {

    @TempDir
    Path tmp;

    private static final String ROWS = "sepal_length,sepal_width,petal_length,petal_width\n5.1,3.5,1.4,0.2\n";

    @Test
    void worksThroughSymlinksFromAnyFolder() throws Exception {
        Path bin = Files.createDirectories(tmp.resolve("home/bin"));
        Files.createSymbolicLink(tmp.resolve("nnplay-link"), Shell.NNPLAY.resolve("bin/nnplay"));
        Files.createSymbolicLink(bin.resolve("nnplay"), Path.of("../../nnplay-link")); // a link to a link, relative
        Path elsewhere = Files.createDirectories(tmp.resolve("some/other/folder"));
        Shell.Result r = Shell.run(elsewhere, bin.resolve("nnplay") + " --version");
        assertEquals(0, r.status(), r.toString());
        assertEquals("NN Playground 0.1.0\n", r.out());
        assertEquals("", r.err());
        Shell.Result onPath = Shell.run(elsewhere, "nnplay predict --version", Map.of("PATH", bin + ":"
                + System.getenv("PATH")));
        assertEquals(0, onPath.status(), onPath.toString());
        assertEquals("NN Playground 0.1.0\n", onPath.out());
    }

    @Test
    void saysPlainlyWhenJavaIsTooOld() throws Exception {
        Path fake = Files.createDirectories(tmp.resolve("jdk11/bin"));
        Path java = Files.writeString(fake.resolve("java"),
                "#!/bin/sh\necho 'openjdk version \"11.0.2\" 2019-01-15' >&2\necho 'ran' > " + tmp.resolve("ran") + "\n");
        java.toFile().setExecutable(true);
        Shell.Result r = Shell.run(tmp, Shell.NNPLAY.resolve("bin/nnplay") + " --version",
                Map.of("JAVA_HOME", tmp.resolve("jdk11").toString()));
        assertEquals(1, r.status(), r.toString());
        assertTrue(r.err().startsWith("nnplay: needs Java 17 or newer, but "), r.err());
        assertTrue(r.err().contains("is Java 11.0.2"), r.err());
        assertEquals(1, r.err().split("\n").length, "one line: " + r.err());

        Files.writeString(tmp.resolve("jdk11/release"), "JAVA_VERSION=\"1.8.0_292\"\n");
        Shell.Result eight = Shell.run(tmp, Shell.NNPLAY.resolve("bin/nnplay") + " --version",
                Map.of("JAVA_HOME", tmp.resolve("jdk11").toString()));
        assertEquals(1, eight.status());
        assertTrue(eight.err().contains("is Java 1.8.0_292"), eight.err());
    }

    @Test
    void ordinaryRunsPrintNoWarningAndQuietPrintsNothing() throws Exception {
        String nnplay = Shell.NNPLAY.resolve("bin/nnplay").toString();
        String iris = Path.of("assets/examples/iris.json").toAbsolutePath().toString();
        Files.writeString(tmp.resolve("rows.csv"), ROWS);
        Shell.Result train = Shell.run(tmp, nnplay + " train " + iris + " --epochs 3 --quiet --out t.json");
        assertEquals(0, train.status(), train.toString());
        assertEquals("", train.out() + train.err(), "train --quiet prints nothing");
        for (String line : new String[] {"predict t.json --input rows.csv --out p.csv",
            "export t.json --format onnx --out t.onnx", "export t.json --format npz --out -  > t.npz",
            "import-weights t.json --weights t.npz --out r.json"}) {
            Shell.Result r = Shell.run(tmp, nnplay + " " + line);
            assertEquals(0, r.status(), line + "\n" + r);
            assertEquals("", r.err(), "no warning: " + line);
        }
        // a link like /dev/stdout (made here, so that a failure cannot harm the real one): written through
        Files.createSymbolicLink(tmp.resolve("stdout-link"), Path.of("/proc/self/fd/1"));
        Shell.Result through = Shell.run(tmp, nnplay + " predict t.json --input rows.csv --out stdout-link | cat");
        assertEquals(0, through.status(), through.toString());
        assertTrue(through.out().startsWith("class,p_setosa,"), through.toString());
        assertTrue(Files.isSymbolicLink(tmp.resolve("stdout-link")), "the link is left as it was");
        Shell.Result loud = Shell.run(tmp, nnplay + " train " + iris + " --epochs 3 2>log.txt");
        assertEquals(0, loud.status(), loud.toString());
        String log = Files.readString(tmp.resolve("log.txt"));
        assertFalse(log.contains("\r"), "no progress bar in a log file: " + log);
        assertFalse(log.contains("WARNING: Using incubator"), log);
        Shell.Result bad = Shell.run(tmp, nnplay + " predict missing.json --input rows.csv --out p.csv --quiet");
        assertEquals(2, bad.status());
        assertEquals("nnplay: missing.json: no such file\n", bad.err(), "errors still show under --quiet");
    }

    @Test
    void theProgressBarIsOneLineOnATerminalAndGoneWhenDone() throws Exception {
        String nnplay = Shell.NNPLAY.resolve("bin/nnplay").toString();
        String iris = Path.of("assets/examples/iris.json").toAbsolutePath().toString();
        // script gives the command a terminal; standard output is piped on to cat, standard error stays on it
        Shell.Result r = Shell.run(tmp, "script -qec '" + nnplay + " train " + iris + " --epochs 400 | cat' /dev/null");
        assertEquals(0, r.status(), r.toString());
        String screen = r.out();
        assertTrue(screen.contains("\r[") && screen.contains("epoch ") && screen.contains("loss ")
                && screen.contains("rows/s"), "a bar with the epoch, loss and rate: " + screen);
        int lastBar = screen.lastIndexOf("rows/s");
        String after = screen.substring(lastBar);
        assertTrue(after.contains("\r "), "the bar is wiped: " + after);
        assertTrue(screen.contains("Iris flowers: 400 epochs"), screen);
        assertFalse(screen.contains("WARNING"), screen);
    }
}
