package dev.nnplay.app.cli;

import static dev.nnplay.app.cli.CliTest.nnplay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonsCommandTest {

    @TempDir
    Path tmp;

    @Test
    void listsEveryLessonInTheLanguageAsked() {
        CliTest.Run en = nnplay("lessons");
        assertEquals(0, en.status(), en.err());
        assertEquals(10, en.out().lines().count(), en.out());
        assertTrue(en.out().startsWith("01-one-step-by-hand  One step of gradient descent, by hand  (descent lab)"),
                en.out());
        CliTest.Run zh = nnplay("lessons", "--lang", "zh-CN");
        assertTrue(zh.out().contains("07-xor-needs-a-hidden-layer  异或需要隐藏层"), zh.out());
        assertEquals(Cli.BAD_INPUT, nnplay("lessons", "--lang", "fr").status());
    }

    @Test
    void aBrokenLessonIsNamedAndTheRestStillListed() throws IOException {
        Path dir = tmp.resolve("lessons");
        for (String id : new String[] {"07-xor-needs-a-hidden-layer", "10-batch-size"}) {
            Path to = dir.resolve(id);
            Files.createDirectories(to);
            try (Stream<Path> s = Files.list(Path.of("assets/lessons", id))) {
                for (Path p : s.toList()) {
                    Files.copy(p, to.resolve(p.getFileName()));
                }
            }
        }
        Path zh = dir.resolve("10-batch-size/zh-CN.json");
        Files.writeString(zh, Files.readString(zh).replace("\"mini\":", "\"mimi\":"));
        CliTest.Run r = nnplay("lessons", dir.toString());
        assertEquals(Cli.BAD_INPUT, r.status());
        assertTrue(r.out().contains("07-xor-needs-a-hidden-layer"), r.out());
        assertTrue(r.err().contains("zh-CN.json: runs: no text for 'mini' of lesson.json"), r.err());
        assertTrue(r.err().contains("1 of 2 lessons cannot be opened"), r.err());
        CliTest.Run one = nnplay("lessons", dir.resolve("07-xor-needs-a-hidden-layer").toString());
        assertEquals(0, one.status(), one.err());
        assertEquals(Cli.BAD_INPUT, nnplay("lessons", tmp.resolve("none").toString()).status());
    }
}
