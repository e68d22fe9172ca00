package dev.nnplay.app.ui.keys;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's keys, as one event filter on the scene, so they work wherever the focus is: Space
 * plays or pauses (and never also presses the focused button, which would repeat the last click, such
 * as Reset), → takes one step and Shift+→ one epoch, R resets, Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y)
 * undo and redo, F1 shows the keys, F11 full screen, Ctrl + / Ctrl − / Ctrl 0 zoom. While a text
 * field or an editable box (the learning rate) has the focus, typing wins (Space, R, arrows and Ctrl+Z
 * are the field's); arrows stay a slider's or an open list's while one has the focus.
 */
public final class KeyMap {
    /** What the keys do. */
    public interface Actions {
        void togglePlay();

        void stepBatch();

        void stepEpoch();

        void reset();

        void undo();

        void redo();

        void showShortcuts();

        void toggleFullScreen();

        /** {@code +1} larger, {@code -1} smaller, {@code 0} back to 100 %. */
        void zoom(int direction);
    }

    private final Actions actions;
    /** Set when a Space press was taken, so its release is taken too (a button fires on release). */
    private boolean spaceTaken;

    private KeyMap(Actions actions) {
        this.actions = actions;
    }

    /** Puts the keys on {@code scene}. */
    public static KeyMap install(Scene scene, Actions actions) {
        KeyMap k = new KeyMap(actions);
        EventHandler<KeyEvent> pressed = k::pressed;
        EventHandler<KeyEvent> released = k::released;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        scene.addEventFilter(KeyEvent.KEY_RELEASED, released);
        return k;
    }

    private void pressed(KeyEvent e) {
        Node focus = e.getTarget() instanceof Node n ? n : null;
        boolean typing = typesText(focus);
        boolean shortcut = e.isShortcutDown();
        KeyCode c = e.getCode();
        if (c == KeyCode.F1) {
            take(e, actions::showShortcuts);
        } else if (c == KeyCode.F11) {
            take(e, actions::toggleFullScreen);
        } else if (shortcut && (c == KeyCode.PLUS || c == KeyCode.EQUALS || c == KeyCode.ADD)) {
            take(e, () -> actions.zoom(1));
        } else if (shortcut && (c == KeyCode.MINUS || c == KeyCode.SUBTRACT)) {
            take(e, () -> actions.zoom(-1));
        } else if (shortcut && (c == KeyCode.DIGIT0 || c == KeyCode.NUMPAD0)) {
            take(e, () -> actions.zoom(0));
        } else if (typing) {
            return; // the field's own keys
        } else if (shortcut && c == KeyCode.Z) {
            take(e, e.isShiftDown() ? actions::redo : actions::undo);
        } else if (shortcut && c == KeyCode.Y) {
            take(e, actions::redo);
        } else if (shortcut || e.isAltDown()) {
            return; // the menus' accelerators
        } else if (c == KeyCode.SPACE) {
            spaceTaken = true;
            take(e, actions::togglePlay);
        } else if (c == KeyCode.RIGHT && !arrowsBelongTo(focus)) {
            take(e, e.isShiftDown() ? actions::stepEpoch : actions::stepBatch);
        } else if (c == KeyCode.R && !e.isShiftDown()) {
            take(e, actions::reset);
        }
    }

    private void released(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE && spaceTaken) {
            spaceTaken = false;
            e.consume(); // the focused button must not fire on the release of our Space
        }
    }

    /**
     * Whether {@code focus} takes typed text: a text field, or an editable combo box or spinner (which
     * keep the focus themselves and pass the keys to their text field).
     */
    static boolean typesText(Node focus) {
        return focus instanceof TextInputControl || focus instanceof ComboBoxBase<?> c && c.isEditable()
                || focus instanceof Spinner<?> s && s.isEditable();
    }

    /** Whether the focused control moves with the arrow keys itself. */
    private static boolean arrowsBelongTo(Node focus) {
        return focus instanceof Slider || focus instanceof Spinner<?> || focus instanceof ComboBoxBase<?> c && c.isShowing();
    }

    private static void take(KeyEvent e, Runnable action) {
        e.consume();
        action.run();
    }
}
