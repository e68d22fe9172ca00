package dev.nnplay.app.ui.common;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs jobs off the FX thread, newest first and never queued: a job submitted while another waits
 * replaces it, so a slow machine skips frames instead of falling behind. The FX thread submits, and
 * each frame {@link #take()}s the newest finished result. Runs on the executor it is given, so a test
 * can pass {@code Runnable::run} and get results at once.
 *
 * @param <R> what a job produces
 */
public final class LatestWinsWorker<R> implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(LatestWinsWorker.class.getName());

    private final Executor executor;
    /** The owned thread, shut down on close; null when the executor was given. */
    private final ExecutorService owned;
    /** The newest job not started yet. */
    private final AtomicReference<Supplier<R>> pending = new AtomicReference<>();
    /** The newest result not taken yet. */
    private final AtomicReference<R> done = new AtomicReference<>();
    /** Whether a drain is scheduled or running. */
    private final AtomicBoolean running = new AtomicBoolean();

    /** On one daemon thread of its own, at a priority below the FX thread's. */
    public LatestWinsWorker(String threadName) {
        this.owned = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        });
        this.executor = owned;
    }

    /** On {@code executor} ({@code Runnable::run} runs each job inside {@link #submit}). */
    public LatestWinsWorker(Executor executor) {
        this.executor = executor;
        this.owned = null;
    }

    /** Replaces any job still waiting with {@code job}. A job that returns null produces nothing. */
    public void submit(Supplier<R> job) {
        pending.set(job);
        schedule();
    }

    private void schedule() {
        if (pending.get() != null && running.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            Supplier<R> job;
            while ((job = pending.getAndSet(null)) != null) {
                try {
                    R r = job.get();
                    if (r != null) {
                        done.set(r);
                    }
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "a background job failed", e);
                }
            }
        } finally {
            running.set(false);
        }
        schedule(); // a job submitted between the last poll and clearing the flag
    }

    /** The newest finished result since the last call, or null. */
    public R take() {
        return done.getAndSet(null);
    }

    /** Whether no job waits or runs (a result may still wait to be taken). */
    public boolean idle() {
        return !running.get() && pending.get() == null;
    }

    @Override
    public void close() {
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
