package dev.nnplay.engine.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nnplay.engine.project.SettingsChange;

/**
 * One step of a lesson as {@code lesson.json} holds it: its text's key, and what its button does.
 * A step with no action, settings or lab setup is text only ("Look at the weights.").
 *
 * @param id       the key of its sentence in the lesson's text files
 * @param view     where the step happens, {@code playground} or {@code lab}; null for the lesson's view
 * @param action   what to do with the training; null for nothing
 * @param settings the playground settings it applies; null for none
 * @param lab      the lab settings it applies; null for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LessonStep(String id, String view, Action action, SettingsChange settings, LabSetup lab) {

    public LessonStep {
        Ids.check(id, "step id");
        if (view != null && !view.equals(LessonSpec.PLAYGROUND) && !view.equals(LessonSpec.LAB)) {
            throw new IllegalArgumentException("step '" + id + "': view must be playground or lab, got '" + view + "'");
        }
    }

    /**
     * The view the step happens in, for a lesson that opens in {@code lessonView}: its own, else the
     * lab for a step with only lab settings, the playground for one with playground settings or
     * compare runs, else the lesson's.
     */
    public String viewIn(String lessonView) {
        if (view != null) {
            return view;
        }
        if (lab != null && (settings == null || settings.isEmpty())) {
            return LessonSpec.LAB;
        }
        if (settings != null && !settings.isEmpty() || action == Action.COMPARE) {
            return LessonSpec.PLAYGROUND;
        }
        return lessonView;
    }

    /** Whether the step has a button: something to apply or do. */
    public boolean applies() {
        return action != null || settings != null && !settings.isEmpty() || lab != null;
    }
}
