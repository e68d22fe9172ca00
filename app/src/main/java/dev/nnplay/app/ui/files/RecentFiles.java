package dev.nnplay.app.ui.files;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.nnplay.engine.project.AtomicFiles;
import dev.nnplay.engine.project.ProjectIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The last project files opened or saved, newest first, kept as a JSON list of paths in
 * {@code recent.json} in the config folder. A missing or unreadable list is an empty one: losing it
 * must never stop the window.
 */
public final class RecentFiles {
    /** How many files the list keeps. */
    public static final int MAX = 8;

    /** Where the list is kept. */
    private final Path store;
    /** The files, newest first. */
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Path configDir) {
        this.store = configDir.resolve("recent.json");
        try {
            if (Files.isRegularFile(store) && Files.size(store) < 1 << 20) {
                List<String> read = ProjectIO.mapper().readValue(Files.readString(store), new TypeReference<List<String>>() { });
                for (String s : read) {
                    if (files.size() < MAX && s != null && !s.isBlank()) {
                        files.add(Path.of(s));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            files.clear(); // a damaged list is forgotten, not fatal
        }
    }

    /** Puts {@code file} first, and saves the list. */
    public void add(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        files.remove(abs);
        files.add(0, abs);
        if (files.size() > MAX) {
            files.remove(MAX, files.size());
        }
        save();
    }

    /** Removes {@code file} (it could not be opened), and saves the list. */
    public void remove(Path file) {
        if (files.remove(file)) {
            save();
        }
    }

    /** The files, newest first. */
    public ObservableList<Path> files() {
        return files;
    }

    private void save() {
        List<String> out = new ArrayList<>();
        files.forEach(f -> out.add(f.toString()));
        try {
            byte[] bytes = ProjectIO.writer().writeValueAsBytes(out);
            AtomicFiles.write(store, o -> o.write(bytes));
        } catch (IOException e) {
            // the list is a convenience; the project itself was saved
        }
    }
}
