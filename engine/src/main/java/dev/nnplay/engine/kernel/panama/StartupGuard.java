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
 *   <li>Later, the symptom itself: compiled vector code allocates nothing, the slow mode allocates on
 *       every operation. After {@link Tuning#PROBE_FIRST_CALL} products (long after C2 has compiled
 *       them) a small probe product is run twice on the calling thread and its allocation counted;
 *       only {@link Tuning#PROBE_STRIKES} allocating probes in a row, at doubling call counts, warn
 *       (through {@link KernelProvider#warn}, which the command line can silence). A clean probe
 *       ends the watch.
 * </ul>
 */
final class StartupGuard {

    private final PanamaKernels kernels;
    /** The probe's operands, made once. */
    private final float[] a = new float[Tuning.PROBE_SIZE * Tuning.PROBE_SIZE];
    private final float[] b = new float[Tuning.PROBE_SIZE * Tuning.PROBE_SIZE];
    private final float[] c = new float[Tuning.PROBE_SIZE * Tuning.PROBE_SIZE];
    /** Products seen (a racy count: a lost update only delays a probe). */
    private int calls;
    /** The call count of the next probe. */
    private int nextProbe = Tuning.PROBE_FIRST_CALL;
    /** Allocating probes so far, all in a row. */
    private int strikes;
    /** Set once the question is settled: fast, slow (warned) or cannot tell. */
    private volatile boolean settled;

    StartupGuard(PanamaKernels kernels) {
        this.kernels = kernels;
        for (int i = 0; i < a.length; i++) {
            a[i] = (i % 7) * 0.25f - 0.75f;
            b[i] = (i % 5) * 0.5f - 1f;
        }
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

    /** Counts one product; now and then probes for the slow mode (on the calling thread). */
    void tick(Scratch s) {
        if (settled || ++calls < nextProbe) {
            return;
        }
        probe(s);
    }

    /** Whether the watch has settled the question (tests). */
    boolean settled() {
        return settled;
    }

    private synchronized void probe(Scratch s) {
        if (settled || calls < nextProbe) {
            return;
        }
        nextProbe = calls > Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE : calls * 2;
        long bytes = allocatedBytes(s);
        if (bytes <= 0) {
            // Nothing allocated: compiled and fast. Or the JVM cannot count: nothing to say.
            settled = true;
            return;
        }
        if (++strikes >= Tuning.PROBE_STRIKES) {
            settled = true;
            KernelProvider.warn(String.format(Locale.ROOT, "%s kernels: a %d-square product still allocates %d bytes "
                    + "after %d products; the Vector API runs in its slow (boxed) mode on this JVM, many times "
                    + "slower than normal. Use the reference kernels (-D%s=reference) if training is slow.",
                    kernels.name(), Tuning.PROBE_SIZE, bytes, calls, KernelProvider.PROPERTY));
        }
    }

    /** Bytes the second of two probe products allocated on this thread, or -1 where the JVM cannot tell. */
    private long allocatedBytes(Scratch s) {
        try {
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                    && t.isThreadAllocatedMemorySupported() && t.isThreadAllocatedMemoryEnabled()) {
                int n = Tuning.PROBE_SIZE;
                Gemm.rows(a, n, 1, b, c, n, n, null, 0, n, s);
                long before = t.getCurrentThreadAllocatedBytes();
                Gemm.rows(a, n, 1, b, c, n, n, null, 0, n, s);
                return t.getCurrentThreadAllocatedBytes() - before;
            }
        } catch (LinkageError | UnsupportedOperationException e) {
            // java.management or jdk.management missing from a trimmed runtime: cannot tell.
        }
        return -1;
    }
}
