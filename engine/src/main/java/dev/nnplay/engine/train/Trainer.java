package dev.nnplay.engine.train;

import dev.nnplay.engine.optim.Regularization;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs a {@link TrainingSession} on its own thread: play, pause, one step, one epoch, reset, stop.
 * Every command is queued and carried out on the training thread between two steps, so the session is
 * never touched by two threads. Snapshots are published at most {@link #setMaxSnapshotsPerSecond} times
 * a second while playing (and after every command while paused); while playing their figures come
 * from {@link TrainingSession#liveSnapshot fixed samples} of large parts, with the whole parts measured
 * at each epoch end, and while paused from the whole parts; {@link #latest()} always gives the
 * newest, and listeners are called on the training thread, so they must be quick.
 *
 * <p>A loss that becomes NaN or infinite pauses training and publishes a snapshot whose message says
 * where it happened and what to try.
 *
 * <p>The training thread survives whatever a command, a step or a listener throws, errors such as
 * {@link OutOfMemoryError} included: training pauses, the newest snapshot's message says what happened
 * ({@link #describe(Throwable)}) and the {@link #setFailureHandler failure handler} is told; the session
 * of before goes on. A factory that fails is not kept, so Reset still works after a failed rebuild.
 */
public final class Trainer implements AutoCloseable {
    /** How long one burst of steps may run before the queue is checked again. */
    private static final long SLICE_NANOS = 5_000_000;

    /** Makes a fresh session: for reset, and when the structure or data changes. */
    private volatile Supplier<TrainingSession> factory;
    /** The session being trained; touched only on the training thread after construction. */
    private TrainingSession session;
    /** Commands waiting to run on the training thread. */
    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    /** The newest snapshot. */
    private final AtomicReference<Snapshot> latest = new AtomicReference<>();
    /** Called with each snapshot, on the training thread. */
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    /** Told of every failure the training thread survived, on that thread; never null. */
    private volatile Consumer<Throwable> failureHandler = e -> { };
    /** The training thread. */
    private final Thread thread;

    /** Whether training runs continuously. */
    private volatile boolean playing;
    /** Commands sent and commands run (or failed), for {@link #hasPendingCommands}. */
    private final AtomicLong commandsSent = new AtomicLong();
    private final AtomicLong commandsRun = new AtomicLong();
    /** Set by {@link #close()}. */
    private volatile boolean closed;
    /** Minimum time between snapshots while playing. */
    private volatile long snapshotIntervalNanos = 1_000_000_000L / 30;
    /** Steps per second while playing; 0 for as fast as possible. */
    private volatile double stepsPerSecond;
    /** Stop playing after this many epochs; 0 for never. */
    private volatile int epochLimit;

    /** Why training last stopped by itself, shown until the next reset, play or step; or empty. */
    private String message = "";
    /** {@link #message} as a kind and its figures; stale once the message is cleared (then unused). */
    private Notice notice = Notice.NONE;
    /** When the last snapshot was published. */
    private long lastSnapshotNanos;
    /** Steps and samples since the last snapshot, for the throughput figure. */
    private long samplesSinceSnapshot;
    private long busyNanosSinceSnapshot;

    /** A trainer for sessions made by {@code factory}; it starts paused with one session made. */
    public Trainer(Supplier<TrainingSession> factory) {
        this.factory = factory;
        this.session = factory.get();
        this.latest.set(session.snapshot(0, ""));
        this.thread = new Thread(this::run, "nnplay-trainer");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** The newest snapshot; never null. */
    public Snapshot latest() {
        return latest.get();
    }

    /** Adds a listener for snapshots. */
    public void addListener(Consumer<Snapshot> l) {
        listeners.add(l);
    }

    /** Removes a listener. */
    public void removeListener(Consumer<Snapshot> l) {
        listeners.remove(l);
    }

    /**
     * Tells {@code h} of every failure the training thread survived (a command, a step or a listener
     * that threw), on the training thread, after the snapshot that reports it; null for none.
     */
    public void setFailureHandler(Consumer<Throwable> h) {
        failureHandler = h == null ? e -> { } : h;
    }

    /** Whether training runs continuously. */
    public boolean isPlaying() {
        return playing;
    }

    /**
     * Whether a command sent (play, pause, a step, a setting...) has not run yet. Until it has,
     * {@link #isPlaying} and {@link #latest} tell of the time before it: a window that sent play and
     * sees "not playing" may only conclude that training stopped by itself once this is false.
     */
    public boolean hasPendingCommands() {
        return commandsRun.get() != commandsSent.get();
    }

    /** Starts continuous training. */
    public void play() {
        submit(() -> {
            playing = true;
            message = "";
        });
    }

    /** Stops continuous training after the current step. */
    public void pause() {
        submit(() -> playing = false);
    }

    /** Pauses and takes one mini-batch step. */
    public void stepBatch() {
        submit(() -> {
            playing = false;
            message = "";
            step(false);
        });
    }

    /** Pauses and trains to the end of the current epoch. */
    public void stepEpoch() {
        submit(() -> {
            playing = false;
            message = "";
            step(true);
        });
    }

    /**
     * Pauses and starts over with a fresh session (new weights from the seed, epoch 0). If the factory
     * fails, the session of before stays and the snapshot says why.
     */
    public void reset() {
        submit(() -> {
            playing = false;
            message = "";
            session = factory.get();
        });
    }

    /**
     * Pauses and starts over with sessions from {@code newFactory} (the structure or data changed). The
     * factory is kept only once it has made a session: one that fails leaves the old one, and the old
     * session, in place.
     */
    public void replace(Supplier<TrainingSession> newFactory) {
        submit(() -> {
            playing = false;
            message = "";
            TrainingSession fresh = newFactory.get();
            factory = newFactory;
            session = fresh;
        });
    }

    /**
     * Pauses and trains {@code first} from now on, with sessions from {@code newFactory} on reset: for a
     * session built (and perhaps given saved weights) off the training thread, so it is built once. The
     * future completes on the training thread once a snapshot of {@code first} is published.
     */
    public CompletableFuture<Void> install(Supplier<TrainingSession> newFactory, TrainingSession first) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        submit(() -> {
            playing = false;
            message = "";
            factory = newFactory;
            session = first;
            publish();
            done.complete(null);
        });
        return done;
    }

    /**
     * Runs {@code query} on the training thread with the session, between two steps, and completes the
     * future with its answer there (or with its exception): nothing waits for it.
     */
    public <T> CompletableFuture<T> call(Function<TrainingSession, T> query) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        submit(() -> {
            try {
                answer.complete(query.apply(session));
            } catch (Throwable e) {
                answer.completeExceptionally(e);
                if (e instanceof Error err) {
                    throw err; // reported by the loop, as any other error
                }
            }
        });
        return answer;
    }

    /** Changes the base learning rate without resetting. */
    public void setLearningRate(double rate) {
        submit(() -> session.setBaseRate(rate));
    }

    /** Changes the weight penalty without resetting. */
    public void setRegularization(Regularization r) {
        submit(() -> session.setRegularization(r));
    }

    /** Changes the batch size without resetting. */
    public void setBatchSize(int b) {
        submit(() -> session.setBatchSize(b));
    }

    /** Runs {@code action} on the training thread with the session, between two steps. */
    public void withSession(Consumer<TrainingSession> action) {
        submit(() -> action.accept(session));
    }

    /** Limits the speed while playing, for slow motion; 0 or less for full speed. */
    public void setStepsPerSecond(double s) {
        this.stepsPerSecond = Math.max(0, s);
    }

    /** Bounds how often snapshots are published while playing. */
    public void setMaxSnapshotsPerSecond(double hz) {
        this.snapshotIntervalNanos = (long) (1e9 / Math.max(0.1, hz));
    }

    /** Pauses by itself once this many epochs are finished; 0 for never. */
    public void setEpochLimit(int epochs) {
        this.epochLimit = Math.max(0, epochs);
    }

    /**
     * Waits until every command queued so far has run and a snapshot reflecting them is published.
     *
     * @return false if the wait timed out
     */
    public boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        submit(this::publish, done);
        return done.await(timeout, unit);
    }

    /**
     * Stops the training thread and waits until it has ended: a step in progress finishes its current
     * batch (an epoch step stops between two batches). The session's kernels are not closed: they may
     * be shared.
     */
    @Override
    public void close() {
        closed = true;
        playing = false;
        thread.interrupt();
        if (Thread.currentThread() == thread) {
            return;
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void submit(Runnable command) {
        submit(command, null);
    }

    /** Queues {@code command}; {@code done} (may be null) is counted down once it has run and been counted. */
    private void submit(Runnable command, CountDownLatch done) {
        if (closed) {
            throw new IllegalStateException("the trainer is closed");
        }
        commandsSent.incrementAndGet();
        commands.add(() -> {
            try {
                command.run();
            } finally {
                commandsRun.incrementAndGet();
                if (done != null) {
                    done.countDown();
                }
            }
        });
    }

    private void run() {
        while (!closed) {
            try {
                Runnable c = playing ? commands.poll() : commands.take();
                if (c != null) {
                    c.run();
                    drainThenPublish();
                    continue;
                }
                playSlice();
            } catch (InterruptedException e) {
                if (closed) {
                    return;
                }
            } catch (Throwable e) {
                survive(e);
            }
        }
    }

    /** After {@code e} ended a command or a step: pause, say so in a snapshot, tell the handler. */
    private void survive(Throwable e) {
        playing = false;
        message = "Training stopped: " + describe(e) + ". Press Reset to start over.";
        notice = Notice.failed(describe(e), message);
        try {
            publish();
        } catch (Throwable again) {
            // the session cannot even be evaluated (memory is still short): the last snapshot, with the message
            latest.set(withMessage(latest.get(), message).withNotice(notice));
        }
        tellHandler(e);
    }

    /** {@code s} at rest with {@code m} as its message. */
    private static Snapshot withMessage(Snapshot s, String m) {
        return new Snapshot(s.epoch(), s.step(), s.trainLoss(), s.testLoss(), s.trainMetric(), s.testMetric(),
                s.task(), s.learningRate(), s.batchLoss(), s.weights(), s.figures(), 0, s.diverged(), m, s.sampled(),
                s.epochEnd(), s.notice());
    }

    private void tellHandler(Throwable e) {
        try {
            failureHandler.accept(e);
        } catch (Throwable ignored) {
            // a handler that fails has nobody left to tell
        }
    }

    /**
     * {@code e} in a few words for a person: its message, or what kind of failure it is, without Java
     * class names. A failure deep inside, with no message of its own, is called an internal error.
     */
    public static String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "the program ran out of memory (it may use " + dev.nnplay.engine.data.Heap.format(dev.nnplay.engine.data.Heap.max())
                    + "); use fewer units, a smaller batch or less data, or start the program with a larger -Xmx";
        }
        if (e instanceof StackOverflowError) {
            return "the work nested too deeply (an internal error)";
        }
        String m = e.getMessage();
        if (m == null || m.isBlank() || e instanceof NullPointerException || e instanceof ClassCastException
                || e instanceof ArrayIndexOutOfBoundsException) {
            return "an internal error of the program";
        }
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl) : m;
    }

    /** Runs the queued commands, then publishes one snapshot for all of them. */
    private void drainThenPublish() {
        Runnable c;
        while ((c = commands.poll()) != null) {
            c.run();
        }
        if (!playing || System.nanoTime() - lastSnapshotNanos >= snapshotIntervalNanos) {
            publish();
        }
    }

    /** Trains for one time slice (or one slow-motion step), then publishes if a snapshot is due. */
    private void playSlice() throws InterruptedException {
        double sps = stepsPerSecond;
        if (sps > 0) {
            step(false);
            publish();
            if (playing) {
                Runnable c = commands.poll((long) (1e9 / sps), TimeUnit.NANOSECONDS);
                if (c != null) {
                    c.run();
                    drainThenPublish();
                }
            }
            return;
        }
        long start = System.nanoTime();
        do {
            if (!step(false)) {
                return;
            }
        } while (playing && System.nanoTime() - start < SLICE_NANOS);
        if (System.nanoTime() - lastSnapshotNanos >= snapshotIntervalNanos) {
            publish();
        }
    }

    /**
     * One step (or to the end of the epoch); false when training stopped by itself (divergence, the
     * epoch limit), after publishing why.
     */
    private boolean step(boolean wholeEpoch) {
        long t0 = System.nanoTime();
        long before = session.step();
        int epochBefore = session.epoch();
        double l = wholeEpoch ? stepEpochUnlessClosed() : session.stepBatch();
        busyNanosSinceSnapshot += System.nanoTime() - t0;
        samplesSinceSnapshot += (session.step() - before) * (long) Math.min(session.batchSize(), session.trainSize());
        if (playing && session.epoch() != epochBefore) {
            session.measureEpochEnd(); // live snapshots measure samples; the whole parts once an epoch
        }
        if (!Double.isFinite(l)) {
            playing = false;
            message = session.divergenceMessage() + " Then press Reset to start over.";
            notice = Notice.diverged(session.epoch(), Double.isNaN(l), TrainingSession.niceBelow(session.learningRate() / 3),
                    message);
            publish();
            return false;
        }
        int limit = epochLimit;
        if (limit > 0 && session.epoch() >= limit && epochBefore < limit) {
            playing = false;
            message = "Reached " + limit + " epochs.";
            notice = Notice.epochLimit(limit, message);
            publish();
            return false;
        }
        return true;
    }

    /** {@link TrainingSession#stepEpoch()}, ending early, between two batches, when the trainer is closed. */
    private double stepEpochUnlessClosed() {
        double l;
        do {
            l = session.stepBatch();
        } while (session.row() != 0 && !closed && Double.isFinite(l)); // row 0: the next epoch's start
        return l;
    }

    private void publish() {
        double sps = busyNanosSinceSnapshot > 0 ? samplesSinceSnapshot * 1e9 / busyNanosSinceSnapshot : 0;
        samplesSinceSnapshot = 0;
        busyNanosSinceSnapshot = 0;
        Snapshot s = playing ? session.liveSnapshot(sps, message) : session.snapshot(0, message);
        if (!message.isEmpty()) {
            s = s.withNotice(notice);
        }
        latest.set(s);
        lastSnapshotNanos = System.nanoTime();
        for (Consumer<Snapshot> l : listeners) {
            try {
                l.accept(s);
            } catch (Throwable e) {
                // the listener stays (it may work next time); training pauses and says why
                playing = false;
                message = "Training paused: showing the progress failed: " + describe(e) + ".";
                latest.set(withMessage(s, message));
                tellHandler(e);
                return;
            }
        }
    }
}
