package dev.nnplay.engine.lesson;

import static dev.nnplay.engine.lesson.LessonFixtures.dir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.project.LoadedProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The shipped lessons read in every language, and a broken lesson gets one clear line. */
class LessonsTest {

    static List<String> lessons() {
        return Lessons.list(dir()).stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void tenLessonsInMenuOrder() {
        List<String> ids = lessons();
        assertTrue(ids.size() >= 10, "at least ten lessons: " + ids);
        for (int i = 0; i < ids.size(); i++) {
            assertTrue(ids.get(i).startsWith(String.format("%02d-", i + 1)), "numbered in order: " + ids.get(i));
        }
    }

    /** Every lesson has every text in both languages, the same keys in each, nothing left in English. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void everyTextInEveryLanguage(String id) {
        Lesson en = Lessons.load(dir().resolve(id), "en");
        for (String language : Lessons.LANGUAGES) {
            Lesson l = Lessons.load(dir().resolve(id), language);
            assertEquals(language, l.language());
            assertEquals(en.text().steps().keySet(), l.text().steps().keySet(), language + " steps");
            assertEquals(en.text().runs().keySet(), l.text().runs().keySet(), language + " runs");
            l.steps().forEach(s -> assertFalse(s.text().isBlank(), s.spec().id()));
            l.runs().forEach(r -> assertFalse(r.label().isBlank(), r.spec().id()));
        }
        LessonText zh = Lessons.readText(dir().resolve(id), "zh-CN");
        for (String s : List.of(zh.title(), zh.summary(), zh.whatToDo(), zh.lookFor(), zh.question(), zh.explanation())) {
            assertTrue(s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    id + ": Chinese text is written in Chinese: " + s);
        }
        zh.steps().values().forEach(s -> assertTrue(s.codePoints()
                .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), id + ": " + s));
    }

    /** Each lesson's project loads (its data and network build) and each step's settings apply to it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("lessons")
    void projectAndStepsApply(String id) {
        Lesson l = LessonFixtures.lesson(id);
        LoadedProject.load(l.project(), l.folder());
        for (Lesson.Step s : l.steps()) {
            if (s.spec().settings() != null) {
                LoadedProject.load(s.spec().settings().applyTo(l.project()), l.folder());
            }
            assertTrue(s.view().equals("playground") || s.view().equals("lab"));
        }
        if (l.opensInLab()) {
            assertTrue(l.spec().lab().surface() != null);
        }
        assertTrue(l.steps().stream().anyMatch(s -> s.spec().applies()), id + ": at least one step has a button");
    }

    /** The user guide links every lesson's folder. */
    @Test
    void theUserGuideLinksEveryLesson() throws IOException {
        String guide = Files.readString(dir().getParent().getParent().resolve("docs/user-guide.md"));
        for (String id : lessons()) {
            assertTrue(guide.contains("](../assets/lessons/" + id + "/)"), "docs/user-guide.md links " + id);
        }
    }

    @Test
    void languageFollowsTheWindowsLocale() {
        assertEquals("zh-CN", Lessons.languageFor(Locale.SIMPLIFIED_CHINESE));
        assertEquals("zh-CN", Lessons.languageFor(Locale.CHINESE));
        assertEquals("en", Lessons.languageFor(Locale.GERMANY));
        assertEquals("en", Lessons.languageFor(null));
    }

    @Test
    void stepsOpenWhereTheyHappen() {
        Lesson l = LessonFixtures.lesson("03-learning-rate");
        assertTrue(l.opensInLab());
        assertEquals("lab", l.steps().get(0).view());
        assertEquals("playground", l.steps().get(3).view(), "compare runs happen in the playground");
        assertEquals("playground", LessonFixtures.lesson("07-xor-needs-a-hidden-layer").steps().get(1).view());
    }

    private static Path copy(String id, Path tmp) throws IOException {
        Path to = tmp.resolve(id);
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(dir().resolve(id))) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }

    private static String fails(Path folder, String language) {
        LessonException e = assertThrows(LessonException.class, () -> Lessons.load(folder, language));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void aMissingStepTextIsNamed(@TempDir Path tmp) throws IOException {
        Path l = copy("07-xor-needs-a-hidden-layer", tmp);
        Path zh = l.resolve("zh-CN.json");
        Files.writeString(zh, Files.readString(zh).replace("\"hidden\":", "\"hiddn\":"));
        String m = fails(l, "zh-CN");
        assertTrue(m.contains("zh-CN.json") && m.contains("no text for 'hidden'"), m);
        Lessons.load(l, "en"); // the other language is unaffected
    }

    @Test
    void aMissingFieldOrFileOrTypoIsNamed(@TempDir Path tmp) throws IOException {
        Path l = copy("10-batch-size", tmp);
        Path en = l.resolve("en.json");
        String text = Files.readString(en);
        Files.writeString(en, text.replace("\"question\":", "\"qestion\":"));
        assertTrue(fails(l, "en").contains("'question' is missing or empty"));
        Files.writeString(en, text.replaceFirst("\"question\": \"[^\"]*\"", "\"question\": \" \""));
        String blank = fails(l, "en");
        assertTrue(blank.contains("en.json") && blank.contains("'question' is missing or empty"), blank);
        Files.writeString(en, text);
        Path spec = l.resolve("lesson.json");
        String json = Files.readString(spec);
        Files.writeString(spec, json.replace("\"batchSize\": 1\n", "\"batchSize\": 0\n"));
        String m = fails(l, "en");
        assertTrue(m.contains("lesson.json") && m.contains("batchSize must be 1 to"), m);
        Files.writeString(spec, json.replace("\"view\": \"playground\"", "\"view\": \"garden\""));
        assertTrue(fails(l, "en").contains("view must be playground or lab"));
        Files.writeString(spec, json);
        Files.delete(l.resolve("project.json"));
        assertTrue(fails(l, "en").contains("project.json: no such file"));
        assertTrue(assertThrows(LessonException.class, () -> Lessons.readText(l, "fr")).getMessage()
                .contains("no lessons in language 'fr'"));
    }

    @Test
    void anExtraRunLabelIsNamed(@TempDir Path tmp) throws IOException {
        Path l = copy("10-batch-size", tmp);
        Path en = l.resolve("en.json");
        Files.writeString(en, Files.readString(en).replace("\"one\": \"one sample per step\"",
                "\"one\": \"one sample per step\", \"two\": \"two\""));
        String m = fails(l, "en");
        assertTrue(m.contains("runs: 'two' is not in lesson.json"), m);
    }
}
