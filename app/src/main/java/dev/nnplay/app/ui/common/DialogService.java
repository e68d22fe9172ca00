package dev.nnplay.app.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The questions and messages a view model puts to the user, so that view models are tested without a
 * toolkit: the window answers with dialogs ({@link FxDialogService}), tests with scripted answers.
 */
public interface DialogService {

    /** The answers to "save the changes first?". */
    enum SaveAnswer { SAVE, DONT_SAVE, CANCEL }

    /** Asks whether to save the unsaved work in {@code projectName} before it is replaced. */
    SaveAnswer askSaveChanges(String projectName);

    /** Asks whether to restore the work {@code projectName} an earlier run left behind. */
    boolean askRestore(String projectName);

    /** Asks which of {@code columns} holds the value to predict; empty when cancelled. */
    Optional<String> chooseColumn(String title, List<String> columns, String suggested);

    /** Asks for a project file to save to, suggesting {@code fileName}; empty when cancelled. */
    Optional<Path> chooseSaveFile(String fileName, Path folder);

    /** One sentence: what failed, and why. Never a stack trace. */
    void showError(String what, String why);

    /** The reason in {@code e} as one line a user can read. */
    static String reason(Throwable e) {
        Throwable t = e;
        while ((t instanceof java.util.concurrent.CompletionException
                || t instanceof java.util.concurrent.ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
