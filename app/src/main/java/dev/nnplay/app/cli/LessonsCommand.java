package dev.nnplay.app.cli;

import dev.nnplay.engine.lesson.Lesson;
import dev.nnplay.engine.lesson.LessonException;
import dev.nnplay.engine.lesson.Lessons;
import dev.nnplay.engine.project.LoadedProject;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code nnplay lessons}: lists the lessons, and checks each one reads in every language with its
 * project and every step's settings, so that a teacher who writes a lesson sees at once what is wrong.
 */
@Command(name = "lessons", mixinStandardHelpOptions = true,
        description = "List the lessons (assets/lessons, or the folder given) and check that each reads in every "
                + "language, with its project and every step's settings.")
final class LessonsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FOLDER",
            description = "A folder of lessons, or one lesson's folder; default the program's assets/lessons.")
    private Path folder;

    @Option(names = "--lang", paramLabel = "LANGUAGE", defaultValue = "en",
            description = "The language of the titles listed: en or zh-CN (default ${DEFAULT-VALUE}).")
    private String language;

    @Override
    public Integer call() {
        if (!Lessons.LANGUAGES.contains(language)) {
            throw new UserError("--lang must be one of " + String.join(", ", Lessons.LANGUAGES) + ", got '" + language
                    + "'");
        }
        Path dir = folder != null ? folder : Lessons.folder();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserError((dir == null ? "assets/lessons" : dir.toString()) + ": no such folder");
        }
        List<Path> lessons = Files.isRegularFile(dir.resolve(Lessons.SPEC_FILE)) ? List.of(dir) : Lessons.list(dir);
        if (lessons.isEmpty()) {
            throw new UserError(dir + ": no lessons here (no folder with a " + Lessons.SPEC_FILE + ")");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int broken = 0;
        for (Path p : lessons) {
            try {
                Lesson shown = check(p);
                out.println(shown.id() + "  " + shown.title() + (shown.opensInLab() ? "  (descent lab)" : ""));
            } catch (LessonException | IllegalArgumentException e) {
                err.println("nnplay: " + e.getMessage());
                broken++;
            }
        }
        if (broken > 0) {
            err.println("nnplay: " + broken + " of " + lessons.size() + " lessons cannot be opened");
            return Cli.BAD_INPUT;
        }
        return 0;
    }

    /** Reads the lesson in every language and builds its project and each step's; returns it in {@link #language}. */
    private Lesson check(Path p) {
        Lesson shown = null;
        for (String l : Lessons.LANGUAGES) {
            Lesson lesson = Lessons.load(p, l);
            shown = l.equals(language) ? lesson : shown;
        }
        Lesson lesson = shown;
        try {
            LoadedProject.load(lesson.project(), lesson.folder());
            for (Lesson.Step s : lesson.steps()) {
                if (s.spec().settings() != null) {
                    LoadedProject.load(s.spec().settings().applyTo(lesson.project()), lesson.folder());
                }
            }
        } catch (RuntimeException e) {
            throw new LessonException(p.resolve(lesson.spec().project()) + ": " + e.getMessage(), e);
        }
        return lesson;
    }
}
