package dev.nnplay.app.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.nnplay.app.ui.common.DialogService;
import dev.nnplay.app.ui.common.FxDialogService;
import dev.nnplay.app.ui.common.FxTaskExecutor;
import dev.nnplay.app.ui.files.ConfigDir;
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

    /**
     * Held so the level set on it survives: JUL keeps loggers weakly, and a collected logger would come
     * back at the default level.
     */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

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
        tasks = new FxTaskExecutor();
        DialogService dialogs = new FxDialogService(() -> stage);
        vm = new PlaygroundViewModel(new Workspace(tasks), ConfigDir.get(), dialogs);
        Scene scene = createScene(vm, dialogs, this::toggleTheme);
        view = (PlaygroundView) scene.getRoot();
        stage.titleProperty().bind(view.files().titleProperty());
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume(); // closed below once unsaved work is saved or let go
            view.files().confirmDiscard().thenAccept(ok -> {
                if (ok) {
                    stage.close();
                }
            });
        });
        stage.show();
        view.start();
        view.files().offerRecovery();
        view.fileMenu().startAutosave();
        FrameMeasurement.startIfAsked(vm.training(), vm.workspace(), view.frames());
    }

    /** A scene holding the whole playground for {@code vm}, light theme, styled. */
    public static Scene createScene(PlaygroundViewModel vm, DialogService dialogs, Runnable toggleTheme) {
        setTheme(false);
        PlaygroundView v = new PlaygroundView(vm, dialogs, toggleTheme);
        Scene scene = new Scene(v, 1440, 860);
        scene.getStylesheets().add(STYLESHEET);
        return scene;
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
