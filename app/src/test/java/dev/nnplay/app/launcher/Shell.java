package dev.nnplay.app.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a line with bash in a folder, as a user at a terminal would type it (for the integration tests). */
final class Shell {

    /** The built program, laid out by {@code package}. */
    static final Path NNPLAY = Path.of("app/target/nnplay").toAbsolutePath();

    /** What one line printed and returned. */
    record Result(int status, String out, String err) {
        @Override
        public String toString() {
            return "status " + status + "\n--- stdout:\n" + out + "\n--- stderr:\n" + err;
        }
    }

    private Shell() {
    }

    /** Runs {@code line} with {@code bash -c} in {@code dir}, standard input empty, with {@code env} added. */
    static Result run(Path dir, String line, Map<String, String> env) throws IOException, InterruptedException {
        Path out = Files.createTempFile("nnplay-out", ".txt");
        Path err = Files.createTempFile("nnplay-err", ".txt");
        try {
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", line).directory(dir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().remove("NNPLAY_OPTS");
            pb.environment().putAll(env);
            Process p = pb.start();
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("timed out: " + line);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    static Result run(Path dir, String line) throws IOException, InterruptedException {
        return run(dir, line, Map.of());
    }

    /**
     * A folder laid out as a fresh clone after the build, for commands written as in the README:
     * {@code assets/} and {@code app/target/nnplay/} linked from the repository, nothing else.
     */
    static Path freshClone(Path tmp) throws IOException {
        Files.createSymbolicLink(tmp.resolve("assets"), Path.of("assets").toAbsolutePath());
        Files.createDirectories(tmp.resolve("app/target"));
        Files.createSymbolicLink(tmp.resolve("app/target/nnplay"), NNPLAY);
        return tmp;
    }
}
