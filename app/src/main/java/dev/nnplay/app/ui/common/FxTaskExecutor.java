package dev.nnplay.app.ui.common;

import dev.nnplay.app.workspace.TaskExecutor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.concurrent.Executor;
import javafx.application.Platform;

/** Background work on one daemon thread, results on the FX thread. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "nnplay-background");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> CompletableFuture<T> supply(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, background);
    }

    @Override
    public Executor ui() {
        return Platform::runLater;
    }

    @Override
    public void close() {
        background.shutdownNow();
    }
}
