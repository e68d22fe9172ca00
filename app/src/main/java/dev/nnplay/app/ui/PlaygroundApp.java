package dev.nnplay.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.nnplay.app.ui.common.DialogService;
import dev.nnplay.app.ui.common.FxDialogService;
import dev.nnplay.app.ui.common.FxTaskExecutor;
import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.display.Display;
import dev.nnplay.app.ui.display.Preferences;
import dev.nnplay.app.ui.display.ViewMenu;
import dev.nnplay.app.ui.files.ConfigDir;
import dev.nnplay.app.ui.keys.KeyMap;
import dev.nnplay.app.ui.keys.ShortcutSheet;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import dev.nnplay.app.ui.measure.FrameMeasurement;
import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.kernel.KernelProvider;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The playground window. Not the main class: with JavaFX on the class path, the launcher
 * ({@code dev.nnplay.app.Main}) calls {@link #launchWindow(String[])}.
 */
public final class PlaygroundApp extends Application {
    /** The scene's one stylesheet. */
    public static final String STYLESHEET = PlaygroundApp.class.getResource("playground.css").toExternalForm();

    private FxTaskExecutor tasks;
    private PlaygroundViewModel vm;
    private PlaygroundView view;
    private boolean dark;
    /** Remembered between runs: zoom, presentation, theme, language, last folder, window size. */
    private Preferences prefs;

    /**
     * Held so the level set on it survives: JUL keeps loggers weakly, and a collected logger would come
     * back at the default level.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    /** A project to open instead of the opening playground, and the file it came from (may be null). */
    private static volatile dev.nnplay.engine.project.Project opening;
    private static volatile java.nio.file.Path openingFrom;

    /**
     * Opens the window, on {@code project} (read from {@code from}, null for a setup line) when not
     * null, and returns when it is closed.
     */
    public static void launchWindow(dev.nnplay.engine.project.Project project, java.nio.file.Path from) {
        opening = project;
        openingFrom = from;
        launchWindow(new String[0]);
    }

    /** Opens the window and returns when it is closed. */
    public static void launchWindow(String[] args) {
        // we run from the class path on purpose (one jar set for the window and the CLI); JavaFX's
        // "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" warning says
        // nothing a user can act on
        JAVAFX_LOG.setLevel(Level.SEVERE);
        // training keeps to one thread so the second core is left to the window, its output worker
        // and the renderer; the grid and the charts then never wait for a core
        KernelProvider.setThreads(1);
        Application.launch(PlaygroundApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        prefs = Preferences.load(ConfigDir.get());
        prefs.applyLanguage(); // before the first text is read
        tasks = new FxTaskExecutor();
        DialogService dialogs = new FxDialogService(() -> stage);
        vm = new PlaygroundViewModel(new Workspace(tasks), ConfigDir.get(), dialogs);
        dark = prefs.dark();
        Scene scene = createScene(vm, dialogs, this::toggleTheme, prefs);
        view = (PlaygroundView) scene.getRoot();
        if (dark) {
            setTheme(true);
            view.applyTheme(true);
        }
        fitToScreen(stage, scene);
        stage.titleProperty().bind(view.files().titleProperty());
        stage.setScene(scene);
        java.nio.file.Path icons = dev.nnplay.engine.Assets.folder("icons");
        if (icons != null && java.nio.file.Files.isRegularFile(icons.resolve("nnplay.png"))) {
            stage.getIcons().add(new javafx.scene.image.Image(icons.resolve("nnplay.png").toUri().toString()));
        }
        stage.setOnCloseRequest(e -> {
            e.consume(); // closed below once unsaved work is saved or let go
            view.files().confirmDiscard().thenAccept(ok -> {
                if (ok) {
                    remember(stage);
                    stage.close();
                }
            });
        });
        stage.show();
        view.start();
        if (opening != null) {
            view.files().apply(opening, openingFrom);
        } else {
            view.files().offerRecovery();
        }
        view.fileMenu().startAutosave();
        FrameMeasurement.startIfAsked(vm.training(), vm.workspace(), view.frames());
    }

    /** A scene holding the whole playground for {@code vm}, light theme, styled, with its keys. */
    public static Scene createScene(PlaygroundViewModel vm, DialogService dialogs, Runnable toggleTheme) {
        return createScene(vm, dialogs, toggleTheme, null);
    }

    /** As {@link #createScene(PlaygroundViewModel, DialogService, Runnable)}, zoom and presentation from {@code prefs}. */
    static Scene createScene(PlaygroundViewModel vm, DialogService dialogs, Runnable toggleTheme, Preferences prefs) {
        setTheme(false);
        PlaygroundView v = new PlaygroundView(vm, dialogs, toggleTheme);
        Scene scene = new Scene(v, 1440, 860);
        scene.getStylesheets().add(STYLESHEET);
        Display display = v.display();
        Runnable fullScreen = () -> {
            if (scene.getWindow() instanceof Stage s) {
                s.setFullScreen(!s.isFullScreen());
            }
        };
        Runnable shortcuts = () -> ShortcutSheet.show(scene.getWindow());
        KeyMap.install(scene, new KeyMap.Actions() {
            @Override
            public void togglePlay() {
                vm.training().togglePlay();
            }

            @Override
            public void stepBatch() {
                vm.training().stepBatch();
            }

            @Override
            public void stepEpoch() {
                vm.training().stepEpoch();
            }

            @Override
            public void reset() {
                vm.training().reset();
            }

            @Override
            public void undo() {
                vm.undo().undo();
            }

            @Override
            public void redo() {
                vm.undo().redo();
            }

            @Override
            public void showShortcuts() {
                shortcuts.run();
            }

            @Override
            public void toggleFullScreen() {
                fullScreen.run();
            }

            @Override
            public void zoom(int direction) {
                display.zoom(direction);
            }
        });
        if (prefs != null) {
            display.zoomProperty().set(prefs.zoom());
            display.presentationProperty().set(prefs.presentation());
            display.zoomProperty().addListener((o, a, b) -> {
                prefs.setZoom(b.doubleValue());
                prefs.save();
            });
            display.presentationProperty().addListener((o, a, b) -> {
                prefs.setPresentation(b);
                prefs.save();
            });
            v.fileMenu().setLastFolder(prefs::lastFolder);
            v.files().fileProperty().addListener((o, a, b) -> {
                if (b != null && b.toAbsolutePath().getParent() != null) {
                    prefs.setLastFolder(b.toAbsolutePath().getParent());
                    prefs.save();
                }
            });
        }
        v.fileMenu().getMenus().add(new ViewMenu(display, fullScreen, shortcuts, prefs == null ? null : l -> {
            prefs.setLanguage(l);
            prefs.save();
            javafx.scene.control.Alert a = new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.INFORMATION,
                    Messages.get("view.language.later.detail"));
            a.setHeaderText(Messages.get("view.language.later"));
            a.initOwner(scene.getWindow());
            a.show();
        }, prefs == null ? "" : prefs.language()));
        return scene;
    }

    /** The window at its remembered size, but never larger than the screen it opens on. */
    private void fitToScreen(Stage stage, Scene scene) {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(prefs.width(), screen.getWidth()));
        stage.setHeight(Math.min(prefs.height(), screen.getHeight()));
        stage.setMaximized(prefs.maximized());
        stage.setMinWidth(Math.min(800, screen.getWidth()));
        stage.setMinHeight(Math.min(560, screen.getHeight()));
    }

    private void remember(Stage stage) {
        if (prefs != null) {
            if (!stage.isFullScreen()) {
                prefs.setWindow(stage.getWidth(), stage.getHeight(), stage.isMaximized());
            }
            prefs.setDark(dark);
            prefs.save();
        }
    }

    /** Switches AtlantaFX's Primer theme between light and dark for the whole application. */
    public static void setTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    private void toggleTheme() {
        dark = !dark;
        setTheme(dark);
        view.applyTheme(dark);
    }

    @Override
    public void stop() {
        if (view != null) {
            view.stop();
            view.fileMenu().cleanExit();
        }
        if (vm != null) {
            vm.close();
        }
        if (tasks != null) {
            tasks.close();
        }
    }
}
