package dev.nnplay.engine.lesson;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A lesson's words in one language: one file per language beside {@code lesson.json}
 * ({@code en.json}, {@code zh-CN.json}). Blank lines in the longer texts separate paragraphs.
 *
 * @param title       the lesson's name, as the menu lists it
 * @param summary     one sentence: what the lesson shows
 * @param whatToDo    what to do, in a paragraph or two
 * @param lookFor     what to look for while it runs
 * @param question    a question to ask the class
 * @param explanation why it happens
 * @param steps       each step's sentence, by step id
 * @param runs        each compare run's label in the chart's legend, by run id; empty without runs
 */
public record LessonText(String title, String summary, String whatToDo, String lookFor, String question,
                         String explanation, Map<String, String> steps, Map<String, String> runs) {

    public LessonText {
        steps = steps == null ? Map.of() : new LinkedHashMap<>(steps);
        runs = runs == null ? Map.of() : new LinkedHashMap<>(runs);
        require(title, "title");
        require(summary, "summary");
        require(whatToDo, "whatToDo");
        require(lookFor, "lookFor");
        require(question, "question");
        require(explanation, "explanation");
        steps.forEach((k, v) -> require(v, "steps." + k));
        runs.forEach((k, v) -> require(v, "runs." + k));
        steps = java.util.Collections.unmodifiableMap(steps);
        runs = java.util.Collections.unmodifiableMap(runs);
    }

    private static void require(String s, String field) {
        if (s == null || s.isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is missing or empty");
        }
    }
}
