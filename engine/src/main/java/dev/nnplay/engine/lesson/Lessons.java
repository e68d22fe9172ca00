package dev.nnplay.engine.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.nnplay.engine.Assets;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectException;
import dev.nnplay.engine.project.ProjectIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds and reads the lessons in {@code assets/lessons}: one folder each, holding {@code lesson.json}
 * ({@link LessonSpec}), a project file, and one text file per language ({@link LessonText}). The
 * format is in {@code docs/file-formats.md}. Every problem is a {@link LessonException} of one line
 * that names the file and what is wrong.
 */
public final class Lessons {

    /** The languages every lesson is written in; the first is the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "zh-CN");
    /** The name of a lesson's settings file. */
    public static final String SPEC_FILE = "lesson.json";
    /** The largest lesson file read. */
    private static final long MAX_BYTES = dev.nnplay.engine.project.FileLimits.MAX_LESSON_BYTES;

    private Lessons() {
    }

    /** The language a window in {@code locale} shows lessons in: Simplified Chinese for Chinese, else English. */
    public static String languageFor(Locale locale) {
        return locale != null && locale.getLanguage().equals("zh") ? "zh-CN" : "en";
    }

    /** {@code assets/lessons} beside the program ({@link Assets#folder}), or null when not found. */
    public static Path folder() {
        return Assets.folder("lessons");
    }

    /** The lesson folders in {@code dir} (those holding a {@code lesson.json}), in name order. */
    public static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(SPEC_FILE))).sorted().toList();
        } catch (IOException e) {
            throw new LessonException(dir + ": cannot list the lessons (" + e.getMessage() + ")");
        }
    }

    /** Every lesson in {@code dir}, in {@code language}, in menu order. */
    public static List<Lesson> loadAll(Path dir, String language) {
        List<Lesson> out = new ArrayList<>();
        for (Path p : list(dir)) {
            out.add(load(p, language));
        }
        return out;
    }

    /**
     * The lesson in {@code folder} with its words in {@code language} ({@link #LANGUAGES}). Its text
     * must have a sentence for every step and a label for every run, and nothing else.
     */
    public static Lesson load(Path folder, String language) {
        LessonSpec spec = readSpec(folder);
        LessonText text = readText(folder, language);
        Path textFile = folder.resolve(language + ".json");
        matchKeys(textFile, "steps", spec.steps().stream().map(LessonStep::id).toList(), text.steps().keySet());
        matchKeys(textFile, "runs", spec.compare().stream().map(CompareRun::id).toList(), text.runs().keySet());
        Project project;
        try {
            project = ProjectIO.read(folder.resolve(spec.project()));
        } catch (ProjectException e) {
            throw new LessonException(e.getMessage(), e);
        }
        return new Lesson(folder.getFileName().toString(), folder, language, spec, text, project);
    }

    /** The lesson's {@code lesson.json}. */
    public static LessonSpec readSpec(Path folder) {
        return read(folder.resolve(SPEC_FILE), LessonSpec.class);
    }

    /** The lesson's words in {@code language}. */
    public static LessonText readText(Path folder, String language) {
        if (!LANGUAGES.contains(language)) {
            throw new LessonException("no lessons in language '" + language + "'; there are " + LANGUAGES);
        }
        return read(folder.resolve(language + ".json"), LessonText.class);
    }

    private static void matchKeys(Path file, String section, List<String> wanted, Set<String> given) {
        for (String id : wanted) {
            if (!given.contains(id)) {
                throw new LessonException(file + ": " + section + ": no text for '" + id + "' of " + SPEC_FILE);
            }
        }
        Set<String> extra = new HashSet<>(given);
        wanted.forEach(extra::remove);
        if (!extra.isEmpty()) {
            throw new LessonException(file + ": " + section + ": '" + extra.iterator().next() + "' is not in "
                    + SPEC_FILE);
        }
    }

    private static <T> T read(Path file, Class<T> type) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new LessonException(file + ": " + size + " bytes is larger than a lesson file may be ("
                        + (MAX_BYTES >> 10) + " KiB)");
            }
            T value = ProjectIO.mapper().readValue(Files.readString(file), type);
            if (value == null) {
                throw new LessonException(file + ": is empty");
            }
            return value;
        } catch (NoSuchFileException e) {
            throw new LessonException(file + ": no such file");
        } catch (JsonProcessingException e) {
            throw new LessonException(file + ": " + ProjectIO.describe(e), e);
        } catch (IOException e) {
            throw new LessonException(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
