package dev.nnplay.app.cli;

import static dev.nnplay.app.cli.CliTest.nnplay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.project.ProjectIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SetupCommandTest {

    @TempDir
    Path tmp;

    @Test
    void encodeThenDecodeGivesTheProjectWithoutWeights() throws IOException {
        CliTest.Run enc = nnplay("setup", "encode", "assets/lessons/07-xor-needs-a-hidden-layer/project.json");
        assertEquals(0, enc.status(), enc.err());
        String text = enc.out().trim();
        assertTrue(text.startsWith("nnplay:1:") && !text.contains("\n"), text);
        assertEquals("", enc.err());
        Path out = tmp.resolve("xor.json");
        CliTest.Run dec = nnplay("setup", "decode", text, "--out", out.toString());
        assertEquals(0, dec.status(), dec.err());
        assertTrue(dec.out().contains("wrote " + out), dec.out());
        assertEquals(ProjectIO.toJson(ProjectIO.read(Path.of("assets/lessons/07-xor-needs-a-hidden-layer/project.json"))),
                Files.readString(out));
        CliTest.Run print = nnplay("setup", "decode", text);
        assertEquals(Files.readString(out), print.out(), "without --out it prints the JSON");
    }

    @Test
    void aTrainedProjectSharesItsSetupOnly() {
        CliTest.Run enc = nnplay("setup", "encode", "assets/examples/linear-regression.json");
        CliTest.Run dec = nnplay("setup", "decode", enc.out().trim());
        assertEquals(0, dec.status(), dec.err());
        assertFalse(dec.out().contains("\"weights\""), dec.out());
    }

    @Test
    void csvDataGetsANote() {
        CliTest.Run enc = nnplay("setup", "encode", "assets/examples/iris.json");
        assertEquals(0, enc.status());
        assertTrue(enc.err().contains("needs it too") && enc.err().contains("iris.csv"), enc.err());
    }

    @Test
    void damagedOrForeignTextIsOneLine() {
        CliTest.Run foreign = nnplay("setup", "decode", "https://playground.tensorflow.org/#activation=tanh");
        assertEquals(Cli.BAD_INPUT, foreign.status());
        assertEquals("nnplay: this is not an NN Playground setup: it should start with 'nnplay:1:'\n", foreign.err());
        CliTest.Run damaged = nnplay("setup", "decode", "nnplay:1:eNpNUdFqwzAM_Bc9ZyMtjEHe9gWDDsagjKE6");
        assertEquals(Cli.BAD_INPUT, damaged.status());
        assertTrue(damaged.err().startsWith("nnplay: the setup text is damaged or cut off"), damaged.err());
        assertEquals(1, damaged.err().lines().count());
        Path out = tmp.resolve("never.json");
        nnplay("setup", "decode", "nnplay:1:AAAA", "--out", out.toString());
        assertFalse(Files.exists(out), "no file for a bad text");
        CliTest.Run missing = nnplay("setup", "encode", tmp.resolve("none.json").toString());
        assertEquals(Cli.BAD_INPUT, missing.status());
        assertTrue(missing.err().contains("no such file"), missing.err());
    }
}
