package dev.nnplay.engine.kernel;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A fixed set of daemon threads that, together with the calling thread, run the parts of one split
 * job at a time. Part 0 runs on the caller, part {@code i} on worker {@code i − 1}; a job's parts are
 * fixed by the job itself, so which thread runs a part never changes a result.
 *
 * <p>Nothing is allocated per job: the caller posts the job by bumping a volatile generation number,
 * the workers spin briefly (work tends to come in bursts during a training step) and then park.
 * Only one caller at a time can use the pool; {@link #tryRun} tells the others to run serially.
 */
final class WorkerPool {

    /** One splittable piece of work. */
    interface Job {
        /** Runs part {@code part} of {@code parts}. */
        void run(int part, int parts);
    }

    /** How long an idle worker spins before it parks, in nanoseconds. */
    private static final long SPIN_NANOS = 200_000;

    /** The worker threads; the caller is the extra part. */
    private final Thread[] workers;
    /** Held by the one caller whose job is running. */
    private final ReentrantLock owner = new ReentrantLock();
    /** Parts of the current job not finished yet (workers only). */
    private final AtomicInteger pending = new AtomicInteger();
    /** Bumped once per posted job; workers wait for it to change. */
    private volatile long generation;
    /** The job being run; written before {@link #generation}. */
    private volatile Job job;
    /** The first failure of a worker in the current job, rethrown on the caller. */
    private volatile Throwable failure;

    /** A pool that runs jobs in {@code parts} parts, {@code parts − 1} of them on its own threads. */
    WorkerPool(int parts) {
        if (parts < 2) {
            throw new IllegalArgumentException("a pool needs at least two parts, got " + parts);
        }
        workers = new Thread[parts - 1];
        for (int w = 0; w < workers.length; w++) {
            int part = w + 1;
            Thread t = new Thread(() -> work(part), "nnplay-kernels-" + part);
            t.setDaemon(true);
            workers[w] = t;
            t.start();
        }
    }

    /** How many parts each job is split into. */
    int parts() {
        return workers.length + 1;
    }

    /**
     * Runs every part of {@code j} and returns true, or returns false at once (having run nothing)
     * when another caller is using the pool.
     */
    boolean tryRun(Job j) {
        if (!owner.tryLock()) {
            return false;
        }
        try {
            failure = null;
            pending.set(workers.length);
            job = j;
            generation++;
            for (Thread t : workers) {
                LockSupport.unpark(t);
            }
            j.run(0, parts());
            while (pending.get() != 0) {
                Thread.onSpinWait();
            }
            job = null;
            Throwable f = failure;
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

    private void work(int part) {
        long seen = 0;
        while (true) {
            long spinUntil = System.nanoTime() + SPIN_NANOS;
            int spins = 0;
            while (generation == seen) {
                if (++spins < 1024 || System.nanoTime() < spinUntil) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            seen = generation;
            try {
                job.run(part, parts());
            } catch (Throwable e) {
                failure = e;
            } finally {
                pending.decrementAndGet();
            }
        }
    }
}
