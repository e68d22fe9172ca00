package dev.nnplay.app.ui.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the window remembers: kept across runs, and a damaged or wild file gives the defaults. */
class PreferencesTest {
    @TempDir
    Path dir;

    @Test
    void everythingSavedComesBack() {
        Preferences p = Preferences.load(dir);
        p.setZoom(1.3);
        p.setPresentation(true);
        p.setDark(true);
        p.setLanguage("zh_CN");
        p.setLastFolder(dir);
        p.setWindow(1366, 768, false);
        p.save();
        Preferences q = Preferences.load(dir);
        assertEquals(1.3, q.zoom(), 1e-9);
        assertTrue(q.presentation());
        assertTrue(q.dark());
        assertEquals("zh_CN", q.language());
        assertEquals(dir.toAbsolutePath(), q.lastFolder());
        assertEquals(1366, q.width());
        assertEquals(768, q.height());
    }

    @Test
    void aDamagedOrWildFileGivesTheDefaults() throws Exception {
        Files.writeString(dir.resolve(Preferences.FILE), "zoom=NaN\nwidth=-5\nheight=1e9\nlanguage=klingon\ndark=maybe\n");
        Preferences p = Preferences.load(dir);
        assertEquals(1, p.zoom());
        assertEquals(1280, p.width());
        assertEquals(760, p.height());
        assertEquals("", p.language());
        assertFalse(p.dark());
        p.setZoom(40);
        assertEquals(Preferences.MAX_ZOOM, p.zoom(), "the zoom stays within its stops");
    }
}
