package dev.nnplay.engine;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The program's {@code assets} folder (examples, lessons, data sets): found by walking up from where
 * the program's classes are (the launcher's {@code lib} folder or a build's {@code target/classes}),
 * then in the working folder.
 */
public final class Assets {
    private Assets() {
    }

    /** {@code assets/<name>}, or null when there is none. */
    public static Path folder(String name) {
        Path start = Path.of("").toAbsolutePath();
        try {
            start = Path.of(Assets.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            // the working folder, below
        }
        for (Path p = start; p != null; p = p.getParent()) {
            Path candidate = p.resolve("assets").resolve(name);
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        Path here = Path.of("assets", name).toAbsolutePath();
        return Files.isDirectory(here) ? here : null;
    }
}
