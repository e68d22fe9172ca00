package dev.nnplay.app.ui.display;

import dev.nnplay.engine.project.AtomicFiles;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the window remembers between runs, in {@code window.properties} in the config folder: the
 * zoom, presentation mode, the theme, the language, the last folder a file came from, and the window's
 * size. A missing or damaged file gives the defaults; a value out of range is ignored. Knows no Node.
 */
public final class Preferences {
    /** The file's name in the config folder. */
    public static final String FILE = "window.properties";
    /** Zoom stops, as a fraction of the theme's font size. */
    public static final double MIN_ZOOM = 0.7;
    public static final double MAX_ZOOM = 2.0;

    private static final Logger LOG = Logger.getLogger(Preferences.class.getName());

    private final Path file;
    private double zoom = 1;
    private boolean presentation;
    private boolean dark;
    /** {@code en}, {@code zh_CN}, or empty for the system's. */
    private String language = "";
    private String lastFolder = "";
    private double width = 1280;
    private double height = 760;
    private boolean maximized;

    private Preferences(Path file) {
        this.file = file;
    }

    /** The preferences kept in {@code configDir}, or the defaults. */
    public static Preferences load(Path configDir) {
        Preferences p = new Preferences(configDir.resolve(FILE));
        if (!Files.isRegularFile(p.file)) {
            return p;
        }
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(p.file, StandardCharsets.UTF_8)) {
            props.load(r);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.INFO, "ignoring " + p.file + ": " + e.getMessage());
            return p;
        }
        p.zoom = clampZoom(number(props, "zoom", 1));
        p.presentation = Boolean.parseBoolean(props.getProperty("presentation", "false"));
        p.dark = Boolean.parseBoolean(props.getProperty("dark", "false"));
        String lang = props.getProperty("language", "");
        p.language = lang.equals("en") || lang.equals("zh_CN") ? lang : "";
        p.lastFolder = props.getProperty("lastFolder", "");
        double w = number(props, "width", p.width);
        double h = number(props, "height", p.height);
        if (w >= 640 && w <= 10000 && h >= 480 && h <= 10000) {
            p.width = w;
            p.height = h;
        }
        p.maximized = Boolean.parseBoolean(props.getProperty("maximized", "false"));
        return p;
    }

    private static double number(Properties p, String key, double otherwise) {
        try {
            double v = Double.parseDouble(p.getProperty(key, ""));
            return Double.isFinite(v) ? v : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    static double clampZoom(double z) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.round(z * 10) / 10.0));
    }

    /** Writes the preferences; a failure is logged, never shown: nothing of the user's work is in them. */
    public void save() {
        Properties props = new Properties();
        props.setProperty("zoom", Double.toString(zoom));
        props.setProperty("presentation", Boolean.toString(presentation));
        props.setProperty("dark", Boolean.toString(dark));
        props.setProperty("language", language);
        props.setProperty("lastFolder", lastFolder);
        props.setProperty("width", Double.toString(Math.round(width)));
        props.setProperty("height", Double.toString(Math.round(height)));
        props.setProperty("maximized", Boolean.toString(maximized));
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, out -> props.store(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8),
                    "NN Playground window"));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, "could not write " + file + ": " + e.getMessage());
        }
    }

    /** Makes the chosen language the default locale; call before the first window text is read. */
    public void applyLanguage() {
        if (language.equals("zh_CN")) {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        } else if (language.equals("en")) {
            Locale.setDefault(Locale.ENGLISH);
        }
    }

    public double zoom() {
        return zoom;
    }

    public void setZoom(double z) {
        zoom = clampZoom(z);
    }

    public boolean presentation() {
        return presentation;
    }

    public void setPresentation(boolean p) {
        presentation = p;
    }

    public boolean dark() {
        return dark;
    }

    public void setDark(boolean d) {
        dark = d;
    }

    public String language() {
        return language;
    }

    /** {@code en}, {@code zh_CN}, or empty for the system's; anything else is the system's. */
    public void setLanguage(String l) {
        language = l.equals("en") || l.equals("zh_CN") ? l : "";
    }

    /** The folder the last file came from, or null. */
    public Path lastFolder() {
        return lastFolder.isEmpty() ? null : Path.of(lastFolder);
    }

    public void setLastFolder(Path p) {
        lastFolder = p == null ? "" : p.toAbsolutePath().toString();
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    public boolean maximized() {
        return maximized;
    }

    public void setWindow(double w, double h, boolean max) {
        if (w >= 640 && h >= 480) {
            width = w;
            height = h;
        }
        maximized = max;
    }
}
