package dev.nnplay.engine.compare;

import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a {@link Comparison} on its own thread, as {@link dev.nnplay.engine.train.Trainer} runs one
 * session: play, pause, one step of every run, pause or resume one run. Commands are queued and carried
 * out between two advances, so the comparison is only ever touched by this thread. While playing, it
 * publishes at most {@link #SNAPSHOTS_PER_SECOND} snapshots a second (and one after every command);
 * {@link #latest()} always gives the newest. Playing stops by itself when every run is paused or
 * stopped.
 */
public final class ComparisonRunner implements AutoCloseable {
    /** The most snapshots published per second while playing. */
    public static final int SNAPSHOTS_PER_SECOND = 20;
    /** How long one burst of advances may run before the queue is checked again. */
    private static final long SLICE_NANOS = 5_000_000;

    /** The runs; touched only on the runner's thread after construction. */
    private final Comparison comparison;
    /** Commands waiting to run on the runner's thread. */
    private final LinkedBlockingQueue<Runnable> commands = new LinkedBlockingQueue<>();
    /** The newest snapshot. */
    private final AtomicReference<List<Comparison.RunSnapshot>> latest = new AtomicReference<>();
    /** The runner's thread. */
    private final Thread thread;
    /** Whether the runs advance continuously. */
    private volatile boolean playing;
    /** Set by {@link #close()}. */
    private volatile boolean closed;
    /** How far each advance moves the runs while playing and on {@link #step()}. */
    private volatile Comparison.Unit unit = Comparison.Unit.EPOCH;
    /** When the last snapshot was published. */
    private long lastPublish;

    /** A runner for {@code comparison}, paused, with its first snapshot published. */
    public ComparisonRunner(Comparison comparison) {
        this.comparison = comparison;
        this.latest.set(comparison.snapshot());
        this.thread = new Thread(this::run, "nnplay-compare");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** The newest snapshot of every run; never null. */
    public List<Comparison.RunSnapshot> latest() {
        return latest.get();
    }

    /** Whether the runs advance continuously. */
    public boolean isPlaying() {
        return playing;
    }

    /** Advances by one mini-batch ({@code STEP}) or one epoch per move; EPOCH by default, so runs of different batch sizes keep level in samples seen. */
    public void setUnit(Comparison.Unit u) {
        unit = u;
    }

    /** Starts advancing every run that is not paused. */
    public void play() {
        submit(() -> playing = true);
    }

    /** Stops advancing after the current move. */
    public void pause() {
        submit(() -> playing = false);
    }

    /** Pauses, then advances every unpaused run once. */
    public void step() {
        submit(() -> {
            playing = false;
            comparison.advance(unit);
        });
    }

    /** Pauses or resumes run {@code i} alone. */
    public void setPaused(int i, boolean paused) {
        submit(() -> comparison.setPaused(i, paused));
    }

    /** Changes run {@code i}'s learning rate. */
    public void setLearningRate(int i, double rate) {
        submit(() -> comparison.setLearningRate(i, rate));
    }

    /** Waits until every command given so far has been carried out and its snapshot published (for tests). */
    public void sync() throws InterruptedException {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        submit(() -> {
            publish();
            done.countDown();
        });
        if (!done.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the compare-runs thread did not answer in 30 s");
        }
    }

    private void submit(Runnable r) {
        if (closed) {
            throw new IllegalStateException("the compare runs are closed");
        }
        commands.add(r);
    }

    @Override
    public void close() {
        closed = true;
        playing = false;
        thread.interrupt();
    }

    private void run() {
        try {
            while (!closed) {
                Runnable c = playing ? commands.poll() : commands.poll(1, TimeUnit.SECONDS);
                if (c != null) {
                    c.run();
                    while ((c = commands.poll()) != null) {
                        c.run();
                    }
                    publish();
                    continue;
                }
                if (playing) {
                    burst();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void burst() {
        long start = System.nanoTime();
        do {
            comparison.advance(unit);
            if (comparison.idle()) {
                playing = false;
                publish();
                return;
            }
        } while (System.nanoTime() - start < SLICE_NANOS);
        if (System.nanoTime() - lastPublish >= 1_000_000_000L / SNAPSHOTS_PER_SECOND) {
            publish();
        }
    }

    private void publish() {
        latest.set(comparison.snapshot());
        lastPublish = System.nanoTime();
    }
}
