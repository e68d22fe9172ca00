package dev.nnplay.engine.lesson;

import dev.nnplay.engine.project.Project;
import java.nio.file.Path;
import java.util.List;

/**
 * A lesson read in one language: its settings, its words and its project, ready for the window to
 * open (or a test to train).
 *
 * @param id       the lesson's folder name, such as {@code 07-xor-hidden-layer}; its order in the menu
 * @param folder   the lesson's folder (relative data paths in the project start here)
 * @param language the language of {@code text}, one of {@link Lessons#LANGUAGES}
 * @param spec     {@code lesson.json}
 * @param text     the words in {@code language}
 * @param project  the project the lesson starts from
 */
public record Lesson(String id, Path folder, String language, LessonSpec spec, LessonText text, Project project) {

    /** A step with its sentence and the view it happens in ({@code playground} or {@code lab}). */
    public record Step(LessonStep spec, String text, String view) {
    }

    /** A compare run with its label. */
    public record Run(CompareRun spec, String label) {
    }

    /** The lesson's name in its language. */
    public String title() {
        return text.title();
    }

    /** The steps in order, each with its sentence. */
    public List<Step> steps() {
        return spec.steps().stream().map(s -> new Step(s, text.steps().get(s.id()), s.viewIn(spec.view()))).toList();
    }

    /** The runs compare-runs starts, each with its label; empty when the lesson compares none. */
    public List<Run> runs() {
        return spec.compare().stream().map(r -> new Run(r, text.runs().get(r.id()))).toList();
    }

    /** Whether the lesson opens in the descent lab (settings in {@code spec().lab()}). */
    public boolean opensInLab() {
        return spec.opensInLab();
    }
}
