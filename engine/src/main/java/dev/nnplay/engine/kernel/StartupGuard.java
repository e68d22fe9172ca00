package dev.nnplay.engine.kernel;

import java.lang.management.ManagementFactory;
import java.util.logging.Logger;
import org.ejml.data.FMatrixRMaj;

/**
 * Times a small product on new kernels until the JIT has compiled it, and reports the rate. The
 * Vector API has a slow mode (vectors boxed on the heap, ~2.5 GFLOP/s instead of ~100) that a
 * non-constant species or an unlucky first compilation can cause; this catches it at start-up
 * instead of in a user's training run. It also warns when the compiled product allocates, the other
 * symptom of that mode.
 */
final class StartupGuard {

    /** Side of the square product timed. */
    private static final int SIZE = 64;
    /** Products per timed round. */
    private static final int ROUND = 32;
    /** A round at this rate ends the guard early: the compiled code is clearly running. */
    private static final double GOOD_GFLOPS = 15;
    /** The guard gives up waiting for the JIT after this long (normally it needs ~0.3 s). */
    private static final long BUDGET_NANOS = 3_000_000_000L;

    private static final Logger LOG = Logger.getLogger(StartupGuard.class.getName());

    private StartupGuard() {
    }

    /** The best rate, in GFLOP/s, of {@code k.mult} on a {@value #SIZE}-square product. */
    static double measure(Kernels k) {
        FMatrixRMaj a = new FMatrixRMaj(SIZE, SIZE);
        FMatrixRMaj b = new FMatrixRMaj(SIZE, SIZE);
        FMatrixRMaj c = new FMatrixRMaj(SIZE, SIZE);
        for (int i = 0; i < a.data.length; i++) {
            a.data[i] = (i % 7) * 0.25f - 0.75f;
            b.data[i] = (i % 5) * 0.5f - 1f;
        }
        double flops = 2.0 * SIZE * SIZE * SIZE * ROUND;
        double best = 0;
        long start = System.nanoTime();
        while (best < GOOD_GFLOPS && System.nanoTime() - start < BUDGET_NANOS) {
            long t0 = System.nanoTime();
            for (int r = 0; r < ROUND; r++) {
                k.mult(a, b, c);
            }
            best = Math.max(best, flops / (System.nanoTime() - t0));
        }
        if (best >= GOOD_GFLOPS) {
            long bytes = allocatedBytes(() -> k.mult(a, b, c));
            if (bytes > 0) {
                LOG.warning(k.name() + " kernels: a " + SIZE + "-square product allocated " + bytes
                        + " bytes; the vector code may run in its slow mode");
            }
        }
        return best;
    }

    /** Bytes this thread allocated while running {@code r}, or -1 where the JVM cannot tell. */
    static long allocatedBytes(Runnable r) {
        try {
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                    && t.isThreadAllocatedMemorySupported()) {
                long id = Thread.currentThread().getId();
                r.run();
                long before = t.getThreadAllocatedBytes(id);
                r.run();
                return t.getThreadAllocatedBytes(id) - before;
            }
        } catch (LinkageError e) {
            // java.management or jdk.management missing from a trimmed runtime: cannot tell.
        }
        return -1;
    }
}
