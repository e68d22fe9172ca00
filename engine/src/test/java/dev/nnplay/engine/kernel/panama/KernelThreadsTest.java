package dev.nnplay.engine.kernel.panama;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnplay.engine.kernel.KernelProvider;
import java.lang.management.ManagementFactory;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kernels' threads: one pool of the largest size asked for, never replaced whatever the part
 * count of each product, every worker stopped by {@code close()} (also in the middle of a long run
 * of products, which then finish on the caller), and the same bits for every thread count.
 */
class KernelThreadsTest {

    /** Columns and depth of the products: 8·512·1024 multiply-adds reach the split threshold at m = 16. */
    private static final int N = 512;
    private static final int K = 1024;
    /** Row counts whose part counts, min(threads, m/8), differ; the largest first. */
    private static final int[] ROWS = {256, 16, 24, 40, 64, 128, 256, 32};

    @AfterEach
    void restoreThreads() {
        KernelProvider.setThreads(KernelProvider.DEFAULT_THREADS);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 16})
    void onePoolOfTheLargestSizeAndCloseStopsEveryThread(int threads) {
        assumeTrue(vectorModulePresent(), "jdk.incubator.vector is not in this JVM");
        SplittableRandom r = new SplittableRandom(threads);
        FMatrixRMaj b = random(r, K, N);
        FMatrixRMaj[] a = new FMatrixRMaj[ROWS.length];
        FMatrixRMaj[] serial = new FMatrixRMaj[ROWS.length];
        PanamaKernels k = new PanamaKernels();
        for (int i = 0; i < ROWS.length; i++) {
            a[i] = random(r, ROWS[i], K);
            serial[i] = new FMatrixRMaj(ROWS[i], N);
            k.mult(a[i], b, serial[i]);
        }
        int threadsBefore = liveThreads();
        assertEquals(0, k.workerThreads(), "one thread so far: no worker");
        KernelProvider.setThreads(threads);
        long splitsBefore = PanamaKernels.splitProducts();
        Set<Thread> workers = null;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < ROWS.length; i++) {
                FMatrixRMaj c = new FMatrixRMaj(ROWS[i], N);
                k.mult(a[i], b, c);
                assertArrayEquals(serial[i].data, c.data, ROWS[i] + " rows on " + threads + " threads");
                Set<Thread> now = workers(k);
                assertEquals(threads - 1, now.size(), "workers after a product of " + ROWS[i] + " rows");
                assertEquals(threads - 1, k.workerThreads());
                if (workers == null) {
                    workers = now;
                }
                assertEquals(workers, now, "the same worker threads, never replaced");
            }
        }
        assertEquals(threadsBefore + threads - 1, liveThreads(), "live threads while the pool runs");
        if (threads > 1) {
            assertTrue(PanamaKernels.splitProducts() > splitsBefore, "the products should have been split");
        }
        k.close();
        assertEquals(0, workers(k).size(), "workers alive after close");
        assertEquals(0, k.workerThreads());
        assertTrue(liveThreads() <= threadsBefore, "live threads after close: " + liveThreads()
                + ", before: " + threadsBefore);
        // Closed kernels still compute, on the calling thread, without starting a thread.
        FMatrixRMaj c = new FMatrixRMaj(ROWS[0], N);
        k.mult(a[0], b, c);
        assertArrayEquals(serial[0].data, c.data, "after close");
        assertEquals(0, workers(k).size(), "workers started after close");
        k.close();
    }

    @Test
    void closeDuringALongRunOfProductsStopsTheWorkersAndTheRunFinishesOnItsThread() throws Exception {
        assumeTrue(vectorModulePresent(), "jdk.incubator.vector is not in this JVM");
        SplittableRandom r = new SplittableRandom(7);
        int m = 768;
        FMatrixRMaj a = random(r, m, K);
        FMatrixRMaj b = random(r, K, N);
        PanamaKernels k = new PanamaKernels();
        FMatrixRMaj serial = new FMatrixRMaj(m, N);
        k.mult(a, b, serial);
        KernelProvider.setThreads(2);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger done = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread run = new Thread(() -> {
            try {
                FMatrixRMaj c = new FMatrixRMaj(m, N);
                while (!stop.get()) {
                    k.mult(a, b, c);
                    assertArrayEquals(serial.data, c.data, "product " + done.get());
                    done.incrementAndGet();
                }
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "long-run");
        run.start();
        try {
            waitFor(() -> done.get() >= 2 && k.workerThreads() == 1, "two split products");
            k.close();
            assertEquals(0, workers(k).size(), "workers alive right after close");
            int after = done.get();
            waitFor(() -> done.get() >= after + 2 || failure.get() != null, "two more products after close");
            assertEquals(0, workers(k).size(), "workers started again after close");
        } finally {
            stop.set(true);
            run.join(60_000);
        }
        assertTrue(!run.isAlive(), "the run did not end");
        if (failure.get() != null) {
            throw new AssertionError("the run failed", failure.get());
        }
    }

    @Test
    void threadsTakingTurnsOnOneInstanceEachUseTheirOwnScratch() throws Exception {
        assumeTrue(vectorModulePresent(), "jdk.incubator.vector is not in this JVM");
        PanamaKernels k = new PanamaKernels();
        SplittableRandom r = new SplittableRandom(8);
        // Different shapes per thread, so that a shared buffer would mix their transposes and panels.
        FMatrixRMaj[] x = {random(r, 37, 70), random(r, 20, 130)};
        FMatrixRMaj[] w = {random(r, 90, 70), random(r, 33, 130)};
        float[][] bias = {random(r, 1, 90).data, random(r, 1, 33).data};
        FMatrixRMaj[] want = new FMatrixRMaj[2];
        for (int t = 0; t < 2; t++) {
            want[t] = new FMatrixRMaj(x[t].numRows, w[t].numRows);
            k.dense(x[t], w[t], bias[t], want[t]);
        }
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread[] ts = new Thread[2];
        for (int t = 0; t < 2; t++) {
            int me = t;
            ts[t] = new Thread(() -> {
                try {
                    FMatrixRMaj y = new FMatrixRMaj(x[me].numRows, w[me].numRows);
                    for (int i = 0; i < 3000; i++) {
                        k.dense(x[me], w[me], bias[me], y);
                        assertArrayEquals(want[me].data, y.data, "thread " + me + ", call " + i);
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            });
            ts[t].start();
        }
        for (Thread t : ts) {
            t.join(120_000);
        }
        if (failure.get() != null) {
            throw new AssertionError("a thread got another's results", failure.get());
        }
        k.close();
    }

    // ---------------------------------------------------------------- helpers

    static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    private static int liveThreads() {
        return ManagementFactory.getThreadMXBean().getThreadCount();
    }

    /** The live worker threads of {@code k}. */
    private static Set<Thread> workers(PanamaKernels k) {
        Set<Thread> s = new HashSet<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith(k.workerNamePrefix()) && t.isAlive()) {
                s.add(t);
            }
        }
        return s;
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + 120_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(1);
        }
    }

    static FMatrixRMaj random(SplittableRandom r, int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) r.nextDouble(-1, 1);
        }
        return m;
    }
}
