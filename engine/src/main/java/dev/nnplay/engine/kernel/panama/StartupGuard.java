package dev.nnplay.engine.kernel.panama;

import dev.nnplay.engine.kernel.KernelProvider;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Keeps the Vector API's slow mode (vectors boxed on the heap, ~2.5 GFLOP/s instead of ~100) from
 * going unnoticed, without timing anything: a timed start-up product cost about 2 s on every command
 * and misfired on a loaded machine.
 *
 * <ul>
 *   <li>At start-up, checks that cost nothing and do not depend on load: the JVM is not interpreting
 *       only ({@code -Xint}), and the forced vector width ({@code nnplay.vectorBits}) exists here.
 *   <li>Later, the symptom itself, on the user's own products: compiled vector code allocates
 *       nothing, the slow mode allocates on every operation. After {@link Tuning#PROBE_FIRST_CALL}
 *       products (long after C2 has compiled the hot ones) the allocation of the next
 *       {@link Tuning#PROBE_WINDOW} products is counted on their calling thread. One that allocates
 *       nothing settles it: the code is compiled. Only {@link Tuning#PROBE_STRIKES} windows in a row
 *       in which every product allocated, at doubling call counts, warn (through
 *       {@link KernelProvider#warn}, which the command line can route or silence).
 * </ul>
 */
final class StartupGuard {

    /** The thread allocation counter, looked up on the first probe; null until then or where missing. */
    private static volatile com.sun.management.ThreadMXBean threads;

    private final String name;
    /** Products seen (a racy count: a lost update only delays a probe). */
    private int calls;
    /** The call count from which products are measured. */
    private int nextProbe = Tuning.PROBE_FIRST_CALL;
    /** Products measured in the current window, every one of them allocating. */
    private int allocating;
    /** Windows so far in which every product allocated, all in a row. */
    private int strikes;
    /** Set once the question is settled: fast, slow (warned) or cannot tell. */
    private volatile boolean settled;

    StartupGuard(String name) {
        this.name = name;
    }

    /** Why the vector kernels should not start in this JVM, or null: only checks that cost nothing. */
    static String refusal() {
        String bits = Species.refusal(KernelProvider.vectorBits());
        if (bits != null) {
            return bits;
        }
        if (System.getProperty("java.vm.info", "").contains("interpreted mode")) {
            return "the JVM runs interpreted only (-Xint), where vector code is slower than the reference kernels";
        }
        return null;
    }

    /**
     * Called before each product: the thread's allocation counter when this product is to be
     * measured, else -1 (almost always: one comparison).
     */
    long before() {
        if (settled || ++calls < nextProbe) {
            return -1;
        }
        long bytes = allocatedBytes();
        if (bytes < 0) {
            settled = true;
        }
        return bytes;
    }

    /** Called after each product with what {@link #before()} returned. */
    void after(long before) {
        if (before >= 0) {
            record(allocatedBytes() - before);
        }
    }

    /** Whether the watch has settled the question (tests). */
    boolean settled() {
        return settled;
    }

    private synchronized void record(long bytes) {
        if (settled) {
            return;
        }
        if (bytes <= 0) {
            // A product that allocated nothing: compiled, fast.
            settled = true;
            return;
        }
        if (++allocating < Tuning.PROBE_WINDOW) {
            return;
        }
        allocating = 0;
        nextProbe = nextProbe > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE : nextProbe * 2;
        if (++strikes >= Tuning.PROBE_STRIKES) {
            settled = true;
            KernelProvider.warn(String.format(Locale.ROOT, "%s kernels: products still allocate (%d bytes for the "
                    + "last) after %d of them; the Vector API runs in its slow (boxed) mode on this JVM, many times "
                    + "slower than normal. Use the reference kernels (-D%s=reference) if training is slow.",
                    name, bytes, calls, KernelProvider.PROPERTY));
        }
    }

    /** Bytes this thread has allocated so far, or -1 where the JVM cannot tell. */
    private static long allocatedBytes() {
        com.sun.management.ThreadMXBean t = threads;
        if (t == null) {
            try {
                if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean b
                        && b.isThreadAllocatedMemorySupported() && b.isThreadAllocatedMemoryEnabled()) {
                    threads = t = b;
                } else {
                    return -1;
                }
            } catch (LinkageError | UnsupportedOperationException e) {
                // java.management or jdk.management missing from a trimmed runtime: cannot tell.
                return -1;
            }
        }
        return t.getCurrentThreadAllocatedBytes();
    }
}
