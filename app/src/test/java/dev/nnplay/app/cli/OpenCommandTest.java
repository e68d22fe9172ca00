package dev.nnplay.app.cli;

import static dev.nnplay.app.cli.CliTest.nnplay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectIO;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code nnplay open}: a setup line or a project file reaches the window; a bad one gets one line and no window. */
class OpenCommandTest {
    private final AtomicReference<Project> opened = new AtomicReference<>();
    private final AtomicReference<Path> from = new AtomicReference<>();

    private void stubWindow() {
        OpenCommand.setWindow((p, f) -> {
            opened.set(p);
            from.set(f);
            return 0;
        });
    }

    @AfterEach
    void noWindow() {
        OpenCommand.setWindow(null);
    }

    @Test
    void aSetupLineOpensThatPlayground() {
        stubWindow();
        Path xor = Path.of("assets/lessons/07-xor-needs-a-hidden-layer/project.json");
        String text = nnplay("setup", "encode", xor.toString()).out().trim();
        CliTest.Run r = nnplay("open", text);
        assertEquals(0, r.status(), r.err());
        Project want = ProjectIO.read(xor);
        assertEquals(want.network(), opened.get().network());
        assertEquals(want.training(), opened.get().training());
        assertEquals(want.data(), opened.get().data());
        assertNull(from.get(), "a setup comes from no file");
    }

    @Test
    void aProjectFileOpensWithItsPath() {
        stubWindow();
        CliTest.Run r = nnplay("open", "assets/examples/iris.json");
        assertEquals(0, r.status(), r.err());
        assertEquals(Path.of("assets/examples/iris.json"), from.get());
    }

    @Test
    void aDamagedLineGetsOneLineAndNoWindow() {
        stubWindow();
        CliTest.Run r = nnplay("open", "nnplay:1:this-is-not-a-setup");
        assertEquals(Cli.BAD_INPUT, r.status());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().startsWith("nnplay: "), r.err());
        assertNull(opened.get());
        CliTest.Run other = nnplay("open", "hello there");
        assertEquals(Cli.BAD_INPUT, other.status());
        assertTrue(other.err().contains("neither a setup line"), other.err());
        assertNull(opened.get());
    }
}
