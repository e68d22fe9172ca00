package dev.nnplay.app.workspace;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Where the window's background work runs (reading files, preparing data, building a session) and how
 * its results come back to the window's thread. The window runs work on a daemon thread and results
 * on the FX thread; tests run both on the calling thread ({@link #direct()}), with no toolkit.
 */
public interface TaskExecutor {

    /** Runs {@code work} in the background; the future completes on the background thread. */
    <T> CompletableFuture<T> supply(Supplier<T> work);

    /** Runs tasks on the window's thread, later. */
    Executor ui();

    /** Everything on the calling thread, at once: for tests of view models without a toolkit. */
    static TaskExecutor direct() {
        return new TaskExecutor() {
            @Override
            public <T> CompletableFuture<T> supply(Supplier<T> work) {
                try {
                    return CompletableFuture.completedFuture(work.get());
                } catch (RuntimeException e) {
                    return CompletableFuture.failedFuture(e);
                }
            }

            @Override
            public Executor ui() {
                return Runnable::run;
            }
        };
    }
}
