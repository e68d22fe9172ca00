package dev.nnplay.engine.project;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectIOTest {

    @TempDir
    Path tmp;

    @Test
    void saveOpenSaveGivesTheSameBytes() throws IOException {
        Path example = Paths.get("..", "assets", "examples", "iris.json");
        LoadedProject lp = LoadedProject.read(example);
        // a trained-looking project: the fitted transform and every weight, which are the hard part
        Project trained = lp.project().withTrained(lp.data().transform(), LoadedProject.weightsOf(lp.network(), 3, 17));
        assertNotNull(trained.transform());
        Path first = tmp.resolve("first.json");
        Path second = tmp.resolve("second.json");
        ProjectIO.write(trained, first);
        ProjectIO.write(ProjectIO.read(first), second);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertEquals(trained.weights().layers().get(0).weight()[2][1],
                ProjectIO.read(second).weights().layers().get(0).weight()[2][1]);
    }
}
