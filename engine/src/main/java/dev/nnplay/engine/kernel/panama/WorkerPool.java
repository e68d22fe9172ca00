package dev.nnplay.engine.kernel.panama;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Daemon threads that, together with the calling thread, run the parts of one split job at a time.
 * Part 0 runs on the caller, part {@code i} on worker {@code i − 1}; a job's parts are fixed by the
 * job itself, so which thread runs a part never changes a result.
 *
 * <p>One pool, never replaced: workers are started when a job first needs them (as many as the
 * largest job so far asked for) and kept; a job of fewer parts leaves the rest idle. {@link #close()}
 * stops and joins every worker this pool started; afterwards {@link #tryRun} runs nothing.
 *
 * <p>Nothing is allocated per job: the caller posts the job by bumping a volatile ticket (a sequence
 * number and the part count in one word, so that a worker never pairs one job's number with
 * another's size), the workers spin briefly (work tends to come in bursts during a training step)
 * and then park. Each worker owns its {@link Scratch}, handed to the parts it runs. Only one caller at
 * a time can use the pool; {@link #tryRun} tells the others to run serially.
 */
final class WorkerPool implements AutoCloseable {

    /** One splittable piece of work. */
    interface Job {
        /** Runs part {@code part} of {@code parts}, with the running thread's scratch. */
        void run(int part, int parts, Scratch scratch);
    }

    /** Low bits of the ticket: the part count of the posted job. */
    private static final int PARTS_BITS = 16;
    private static final long PARTS_MASK = (1L << PARTS_BITS) - 1;
    /** The most parts one job may have. */
    static final int MAX_PARTS = (int) PARTS_MASK;

    /** Names this pool's threads apart from another pool's. */
    private static final AtomicInteger POOLS = new AtomicInteger();

    /** The prefix of this pool's thread names. */
    private final String name = "nnplay-kernels-" + POOLS.incrementAndGet() + "-";
    /** Held by the one caller whose job is running (and by {@link #close()}). */
    private final ReentrantLock owner = new ReentrantLock();
    /** Parts of the current job not finished yet (workers only). */
    private final AtomicInteger pending = new AtomicInteger();
    /** The worker threads started so far; touched only while holding {@link #owner}. */
    private Thread[] workers = new Thread[0];
    /** Sequence number × 2¹⁶ + part count of the newest job; workers wait for it to change. */
    private volatile long ticket;
    /** The job being run; written before {@link #ticket}. */
    private volatile Job job;
    /** Set by {@link #close()}: workers end. */
    private volatile boolean stopping;
    /** The first failure of a worker in the current job, rethrown on the caller. */
    private volatile Throwable failure;

    /**
     * Runs every part of {@code j}, {@code parts} of them (part 0 on this thread with {@code scratch}),
     * and returns true; or returns false at once, having run nothing, when another caller is using the
     * pool or it is closed.
     */
    boolean tryRun(Job j, int parts, Scratch scratch) {
        if (parts < 2 || parts > MAX_PARTS) {
            throw new IllegalArgumentException("a split job needs 2 to " + MAX_PARTS + " parts, got " + parts);
        }
        if (!owner.tryLock()) {
            return false;
        }
        try {
            if (stopping) {
                return false;
            }
            startWorkers(parts - 1);
            failure = null;
            pending.set(parts - 1);
            job = j;
            ticket = ((ticket >>> PARTS_BITS) + 1) << PARTS_BITS | parts;
            for (int w = 0; w < parts - 1; w++) {
                LockSupport.unpark(workers[w]);
            }
            Throwable f = null;
            try {
                j.run(0, parts, scratch);
            } catch (RuntimeException | Error e) {
                f = e;
            }
            // Even when this part failed: the workers must be done before the next job is posted.
            while (pending.get() != 0) {
                Thread.onSpinWait();
            }
            job = null;
            if (f == null) {
                f = failure;
            }
            if (f instanceof RuntimeException r) {
                throw r;
            }
            if (f instanceof Error e) {
                throw e;
            }
            return true;
        } finally {
            owner.unlock();
        }
    }

    /** How many worker threads this pool has started and not stopped. */
    int workerCount() {
        owner.lock();
        try {
            return workers.length;
        } finally {
            owner.unlock();
        }
    }

    /** The prefix of this pool's thread names, {@code nnplay-kernels-N-}. */
    String threadNamePrefix() {
        return name;
    }

    /**
     * Stops every worker and waits for each to end; a job running on another caller finishes first.
     * Later jobs are refused ({@link #tryRun} returns false). Idempotent.
     */
    @Override
    public void close() {
        owner.lock();
        try {
            stopping = true;
            for (Thread t : workers) {
                LockSupport.unpark(t);
            }
            boolean interrupted = false;
            for (Thread t : workers) {
                while (t.isAlive()) {
                    try {
                        t.join();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            }
            workers = new Thread[0];
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        } finally {
            owner.unlock();
        }
    }

    /** Makes sure at least {@code n} workers run; called with {@link #owner} held, before a ticket. */
    private void startWorkers(int n) {
        int have = workers.length;
        if (have >= n) {
            return;
        }
        Thread[] more = Arrays.copyOf(workers, n);
        long seen = ticket;
        for (int w = have; w < n; w++) {
            int part = w + 1;
            Thread t = new Thread(() -> work(part, seen), name + part);
            t.setDaemon(true);
            more[w] = t;
            t.start();
        }
        workers = more;
    }

    private void work(int part, long seen) {
        Scratch scratch = new Scratch();
        long spinUntil = System.nanoTime() + Tuning.SPIN_NANOS;
        int spins = 0;
        while (true) {
            long t;
            while ((t = ticket) == seen) {
                if (stopping) {
                    return;
                }
                if (++spins < Tuning.SPIN_MIN || System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            seen = t;
            int parts = (int) (t & PARTS_MASK);
            if (part >= parts) {
                // Not in this job: keep waiting, without a new spell of spinning.
                continue;
            }
            try {
                job.run(part, parts, scratch);
            } catch (Throwable e) {
                failure = e;
            } finally {
                pending.decrementAndGet();
            }
            spinUntil = System.nanoTime() + Tuning.SPIN_NANOS;
            spins = 0;
        }
    }
}
