package dev.nnplay.app.ui.files;

import java.nio.file.Path;

/**
 * The folder the window keeps its own files in (recent files, the recovery file): the system property
 * {@code nnplay.configDir} if set (tests point it at a temporary folder so they never touch the real
 * home), else {@code $XDG_CONFIG_HOME/nnplay}, else {@code ~/.config/nnplay}.
 */
public final class ConfigDir {
    /** The system property that overrides the folder. */
    public static final String PROPERTY = "nnplay.configDir";

    private ConfigDir() {
    }

    /** The folder; it may not exist yet. */
    public static Path get() {
        String forced = System.getProperty(PROPERTY);
        if (forced != null && !forced.isBlank()) {
            return Path.of(forced);
        }
        String xdg = System.getenv("XDG_CONFIG_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".config");
        return base.resolve("nnplay");
    }
}
