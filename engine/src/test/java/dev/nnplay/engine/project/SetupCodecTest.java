package dev.nnplay.engine.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.Assets;
import dev.nnplay.engine.project.SetupException.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SetupCodecTest {

    /** Every project the program ships: the examples and the lessons'. */
    static List<Path> shipped() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Assets.folder("examples"))) {
            s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(out::add);
        }
        try (Stream<Path> s = Files.walk(Assets.folder("lessons"))) {
            s.filter(p -> p.getFileName().toString().equals("project.json")).sorted().forEach(out::add);
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shipped")
    void roundTripsWithoutTheWeights(Path file) {
        Project p = ProjectIO.read(file);
        String text = SetupCodec.encode(p);
        assertTrue(text.startsWith("nnplay:1:"));
        assertTrue(text.matches("nnplay:1:[A-Za-z0-9_-]+"), "one line of URL-safe characters");
        Project back = SetupCodec.decode(text);
        assertEquals(ProjectIO.toJson(p.untrained()), ProjectIO.toJson(back));
        assertNull(back.weights());
        assertEquals(text, SetupCodec.encode(back), "the same setup gives the same text");
    }

    @Test
    void aTypicalSetupIsShort() {
        Project xor = ProjectIO.read(Assets.folder("lessons").resolve("07-xor-needs-a-hidden-layer/project.json"));
        String text = SetupCodec.encode(xor);
        assertTrue(text.length() < 400, text.length() + " characters");
        assertTrue(SetupCodec.encode(xor.named("XOR", "")).length() < 160, "most of it is the description");
        assertTrue(text.length() < ProjectIO.toJson(xor).length() / 2, "much shorter than the file");
    }

    @Test
    void spacesLineBreaksAndQuotesAroundItAreIgnored() {
        Project p = ProjectIO.read(Assets.folder("examples").resolve("iris.json"));
        String text = SetupCodec.encode(p);
        String wrapped = "  '" + text.substring(0, 20) + "\n" + text.substring(20, 50) + " \r\n" + text.substring(50)
                + "'\n";
        assertEquals(ProjectIO.toJson(p), ProjectIO.toJson(SetupCodec.decode(wrapped)));
        assertEquals(ProjectIO.toJson(p), ProjectIO.toJson(SetupCodec.decode("\"" + text + "\"")));
    }

    private static SetupException fails(String text, Problem problem) {
        SetupException e = assertThrows(SetupException.class, () -> SetupCodec.decode(text));
        assertEquals(problem, e.problem(), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
        return e;
    }

    private static String pack(String json) {
        Deflater d = new Deflater();
        d.setInput(json.getBytes(StandardCharsets.UTF_8));
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1 << 16];
        while (!d.finished()) {
            out.write(buf, 0, d.deflate(buf));
        }
        return "nnplay:1:" + Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
    }

    @Test
    void foreignTextIsNotASetup() {
        assertTrue(fails("", Problem.NOT_A_SETUP).getMessage().contains("empty"));
        assertTrue(fails("https://playground.tensorflow.org/#activation=tanh", Problem.NOT_A_SETUP).getMessage()
                .contains("not an NN Playground setup"));
        fails("{\"format\": \"nnplay-project\"}", Problem.NOT_A_SETUP);
        fails(null, Problem.NOT_A_SETUP);
    }

    @Test
    void damagedTextSaysSo() {
        String good = SetupCodec.encode(ProjectIO.read(Assets.folder("examples").resolve("iris.json")));
        String body = good.substring("nnplay:1:".length());
        fails("nnplay:", Problem.DAMAGED);
        fails("nnplay:1", Problem.DAMAGED);
        assertTrue(fails("nnplay:1:", Problem.DAMAGED).getMessage().contains("cut off"));
        fails(good.substring(0, good.length() / 2), Problem.DAMAGED);
        fails(good.substring(0, good.length() - 1), Problem.DAMAGED);
        assertTrue(fails("nnplay:1:" + body.substring(0, 10) + "*" + body.substring(10), Problem.DAMAGED)
                .getMessage().contains("'*'"));
        fails("nnplay:0:" + body, Problem.DAMAGED);
        fails("nnplay:x:" + body, Problem.DAMAGED);
        // every single changed character is caught (by Base64, the inflater, the checksum or the reader)
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            String changed = "nnplay:1:" + body.substring(0, i) + (c == 'A' ? 'B' : 'A') + body.substring(i + 1);
            SetupException e = assertThrows(SetupException.class, () -> SetupCodec.decode(changed), "position " + i);
            assertTrue(e.problem() == Problem.DAMAGED || e.problem() == Problem.INVALID, e.getMessage());
        }
    }

    @Test
    void aNewerSetupAsksForANewerProgram() {
        String good = SetupCodec.encode(ProjectIO.read(Assets.folder("examples").resolve("iris.json")));
        SetupException e = fails(good.replace("nnplay:1:", "nnplay:7:"), Problem.NEWER_VERSION);
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @Test
    void wellPackedButNotAProjectIsInvalid() {
        assertTrue(fails(pack("{\"hello\": 1}"), Problem.INVALID).getMessage().startsWith("the setup:"));
        String bad = ProjectIO.toJson(ProjectIO.read(Assets.folder("examples").resolve("iris.json")))
                .replace("\"units\" : 16", "\"units\" : -3");
        String m = fails(pack(bad), Problem.INVALID).getMessage();
        assertTrue(m.contains("network.hidden[0]") && m.contains("a layer needs 1 to"), m);
    }

    @Test
    void aHugeUnpackingIsRefusedBeforeItFillsMemory() {
        String big = "{\"x\": \"" + "a".repeat(SetupCodec.MAX_JSON_BYTES + 10) + "\"}";
        String text = pack(big);
        assertTrue(text.length() < 20_000, "it packs small");
        assertTrue(fails(text, Problem.DAMAGED).getMessage().contains("MiB"));
    }
}
