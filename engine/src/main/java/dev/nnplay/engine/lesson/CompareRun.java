package dev.nnplay.engine.lesson;

import dev.nnplay.engine.project.SettingsChange;

/**
 * One of the runs a lesson compares: the lesson's project with these settings, started from the same
 * initial weights as the others.
 *
 * @param id       the key of its label in the lesson's text files
 * @param settings how this run differs from the lesson's project
 */
public record CompareRun(String id, SettingsChange settings) {

    public CompareRun {
        Ids.check(id, "run id");
        if (settings == null) {
            settings = SettingsChange.NONE;
        }
    }
}
