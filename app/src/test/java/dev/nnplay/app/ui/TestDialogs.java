package dev.nnplay.app.ui;

import dev.nnplay.app.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** Scripted answers to the view models' questions, and the errors they reported, for tests. */
public final class TestDialogs implements DialogService {
    /** Answers to "save the changes first?", oldest first; CANCEL when none is left. */
    public final Deque<SaveAnswer> saveAnswers = new ArrayDeque<>();
    /** Where Save asks to save to; none means the user cancelled. */
    public final Deque<Path> saveFiles = new ArrayDeque<>();
    /** The answer to "restore the lost work?". */
    public boolean restore = true;
    /** The column picked from a CSV file; null picks the suggested one. */
    public String column;
    /** Every question asked, in order, as its kind and subject. */
    public final List<String> asked = new CopyOnWriteArrayList<>();
    /** Every error shown, as "what: why". */
    public final List<String> errors = new CopyOnWriteArrayList<>();

    @Override
    public SaveAnswer askSaveChanges(String projectName) {
        asked.add("save " + projectName);
        return saveAnswers.isEmpty() ? SaveAnswer.CANCEL : saveAnswers.poll();
    }

    @Override
    public boolean askRestore(String projectName) {
        asked.add("restore " + projectName);
        return restore;
    }

    @Override
    public Optional<String> chooseColumn(String title, List<String> columns, String suggested) {
        asked.add("column " + columns);
        return Optional.of(column != null ? column : suggested);
    }

    @Override
    public Optional<Path> chooseSaveFile(String fileName, Path folder) {
        asked.add("save as " + fileName);
        return Optional.ofNullable(saveFiles.poll());
    }

    @Override
    public void showError(String what, String why) {
        errors.add(what + ": " + why);
    }
}
