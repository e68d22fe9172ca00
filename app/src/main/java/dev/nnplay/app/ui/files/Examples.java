package dev.nnplay.app.ui.files;

import dev.nnplay.engine.project.ProjectIO;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The example projects in {@code assets/examples}: found beside the program (the launcher's
 * {@code app/target/nnplay/lib} or the build's {@code app/target/classes}, a few folders up) or in the
 * working folder.
 */
public final class Examples {
    private Examples() {
    }

    /** One lesson: its file and the project's own name. */
    public record Example(Path file, String name) {
    }

    /** The example project files, by file name; empty when the assets folder is not found. */
    public static List<Path> list() {
        Path dir = folder();
        if (dir == null) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The examples that can be read, each with its project's name (they are small). */
    public static List<Example> named() {
        List<Example> out = new ArrayList<>();
        for (Path p : list()) {
            try {
                out.add(new Example(p, ProjectIO.read(p).name()));
            } catch (RuntimeException e) {
                // a broken example is left out of the menu, not fatal
            }
        }
        return out;
    }

    /** {@code assets/examples}, or null. */
    static Path folder() {
        Path start = Path.of("").toAbsolutePath();
        try {
            start = Path.of(Examples.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            // fall back to the working folder
        }
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve("assets").resolve("examples");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        Path here = Path.of("assets", "examples").toAbsolutePath();
        return Files.isDirectory(here) ? here : null;
    }
}
