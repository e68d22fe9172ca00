package dev.nnplay.app.ui.display;

import dev.nnplay.app.ui.common.Messages;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The View menu: zoom, presentation mode, full screen, the language (from the next start) and the
 * sheet of keys. The keys themselves are the {@code KeyMap}'s; the menu shows them beside each item.
 */
public final class ViewMenu extends Menu {
    /**
     * @param language the language chosen ({@code en}, {@code zh_CN}, empty for the system's) is kept
     *                 by this, or null when there is nowhere to keep it (the item is then left out)
     * @param current  the language kept now
     */
    public ViewMenu(Display display, Runnable fullScreen, Runnable shortcuts, Consumer<String> language, String current) {
        super(Messages.get("view.menu"));
        setId("view-menu");
        KeyCombination.Modifier ctrl = KeyCombination.SHORTCUT_DOWN;
        MenuItem in = item("view.zoom.in", new KeyCodeCombination(KeyCode.PLUS, ctrl), () -> display.zoom(1));
        MenuItem out = item("view.zoom.out", new KeyCodeCombination(KeyCode.MINUS, ctrl), () -> display.zoom(-1));
        MenuItem reset = item("view.zoom.reset", new KeyCodeCombination(KeyCode.DIGIT0, ctrl), () -> display.zoom(0));
        CheckMenuItem present = new CheckMenuItem(Messages.get("view.presentation"));
        present.setId("view-presentation");
        present.selectedProperty().bindBidirectional(display.presentationProperty());
        MenuItem full = item("view.fullscreen", new KeyCodeCombination(KeyCode.F11), fullScreen);
        MenuItem keys = item("view.shortcuts", new KeyCodeCombination(KeyCode.F1), shortcuts);
        getItems().addAll(in, out, reset, new SeparatorMenuItem(), present, full);
        if (language != null) {
            Menu lang = new Menu(Messages.get("view.language"));
            lang.setId("view-language");
            ToggleGroup g = new ToggleGroup();
            for (String[] l : new String[][] {{"", "view.language.system"}, {"en", "view.language.en"},
                {"zh_CN", "view.language.zh"}}) {
                RadioMenuItem r = new RadioMenuItem(Messages.get(l[1]));
                r.setToggleGroup(g);
                r.setSelected(l[0].equals(current));
                r.setOnAction(e -> language.accept(l[0]));
                lang.getItems().add(r);
            }
            getItems().add(lang);
        }
        getItems().addAll(new SeparatorMenuItem(), keys);
        display.zoomProperty().addListener((o, a, b) -> reset.setText(
                Messages.format("view.zoom.reset.at", Math.round(b.doubleValue() * 100))));
    }

    /**
     * An item with the key it answers to shown beside it; the key map takes the key first (consumed,
     * it never reaches the accelerator), so the action runs once.
     */
    private static MenuItem item(String key, KeyCombination keys, Runnable action) {
        MenuItem m = new MenuItem(Messages.get(key));
        m.setAccelerator(keys);
        m.setId(key.replace('.', '-'));
        m.setOnAction(e -> action.run());
        return m;
    }
}
