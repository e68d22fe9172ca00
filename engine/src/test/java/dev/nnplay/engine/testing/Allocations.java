package dev.nnplay.engine.testing;

import java.lang.management.ManagementFactory;

/** The calling thread's allocated bytes, from the JVM's exact counter, for zero-allocation tests. */
public final class Allocations {
    private static final com.sun.management.ThreadMXBean THREADS = threadBean();

    private Allocations() {
    }

    /** Whether this JVM can count a thread's allocated bytes. */
    public static boolean supported() {
        return THREADS != null;
    }

    /** Bytes the calling thread has allocated so far. */
    public static long allocated() {
        return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
    }

    private static com.sun.management.ThreadMXBean threadBean() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported()) {
            t.setThreadAllocatedMemoryEnabled(true);
            return t;
        }
        return null;
    }
}
