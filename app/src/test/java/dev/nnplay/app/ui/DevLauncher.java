package dev.nnplay.app.ui;

/**
 * Opens the window from the test class path, for looking at it and measuring it under Xvfb before the
 * program's own launcher ({@code dev.nnplay.app.Main}) is merged: see {@code app/scripts/window.sh}.
 */
public final class DevLauncher {
    private DevLauncher() {
    }

    public static void main(String[] args) {
        PlaygroundApp.launchWindow(args);
    }
}
