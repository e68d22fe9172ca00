package dev.nnplay.app.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Open Recent list: newest first, at most eight, kept across starts, never fatal when damaged. */
class RecentFilesTest {
    @TempDir
    Path config;

    @Test
    void newestFirstAtMostEightAndKeptForTheNextStart() {
        RecentFiles recent = new RecentFiles(config);
        for (int i = 0; i < 10; i++) {
            recent.add(config.resolve("p" + i + ".json"));
        }
        recent.add(config.resolve("p3.json")); // again: moves to the front, not twice in the list
        RecentFiles next = new RecentFiles(config);
        assertEquals(RecentFiles.MAX, next.files().size());
        assertEquals(config.resolve("p3.json").toAbsolutePath(), next.files().get(0));
        assertEquals(config.resolve("p9.json").toAbsolutePath(), next.files().get(1));
        assertEquals(1, next.files().stream().filter(p -> p.endsWith("p3.json")).count());
    }

    @Test
    void aDamagedListIsAnEmptyOne() throws IOException {
        Files.writeString(config.resolve("recent.json"), "{ not a list");
        RecentFiles recent = new RecentFiles(config);
        assertTrue(recent.files().isEmpty());
        recent.add(config.resolve("a.json"));
        assertEquals(1, new RecentFiles(config).files().size(), "and is replaced by the next save");
    }
}
