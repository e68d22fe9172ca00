package dev.nnplay.app.cli;

import dev.nnplay.engine.project.AtomicFiles;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectIO;
import dev.nnplay.engine.project.TrainedModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The files commands read, where {@code -} is standard input. */
final class Inputs {
    /** How {@code -} is named in messages. */
    static final String STDIN = "standard input";

    private Inputs() {
    }

    /** Whether {@code p} means standard input. */
    static boolean isStdin(Path p) {
        return AtomicFiles.isStdio(p);
    }

    /** How {@code p} is named in messages. */
    static String name(Path p) {
        return isStdin(p) ? STDIN : p.toString();
    }

    /** All of standard input, refusing more than {@code max} bytes. */
    static byte[] stdin(long max) throws IOException {
        InputStream in = Cli.stdin();
        byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (b.length > max) {
            throw new UserError(STDIN + ": larger than the " + (max >> 20) + " MiB that is read");
        }
        return b;
    }

    /** The project at {@code file}, or on standard input for {@code -}. */
    static Project project(Path file) throws IOException {
        if (isStdin(file)) {
            return ProjectIO.parse(new String(stdin(ProjectIO.MAX_BYTES), StandardCharsets.UTF_8), STDIN);
        }
        return ProjectIO.read(file);
    }

    /** The folder relative data paths of {@code file} start from (the working folder for {@code -}). */
    static Path baseDir(Path file) {
        return isStdin(file) ? Path.of("").toAbsolutePath() : file.toAbsolutePath().getParent();
    }

    /** The trained model of the project at {@code file} (or on standard input). */
    static TrainedModel model(Path file) throws IOException {
        return TrainedModel.load(project(file), baseDir(file), name(file));
    }
}
