package dev.nnplay.engine.kernel;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Picks the kernels once: the Panama Vector API implementation where the {@code jdk.incubator.vector}
 * module is present and works, the reference one otherwise. The choice can be forced with the system
 * property {@code nnplay.kernels} ({@code auto}, {@code reference} or {@code panama}).
 *
 * <p>The Panama class is loaded by name, so this class (and everything else outside its package
 * {@code kernel.panama}) runs where the incubator module is missing.
 *
 * <p>Vector width: the Panama kernels use the CPU's widest float vectors unless the system property
 * {@code nnplay.vectorBits} ({@link #VECTOR_BITS_PROPERTY}, read once) forces 128, 256 or 512 bits
 * (like Lucene's {@code tests.vectorsize}): so that the 256-bit path most machines take is tested on
 * 512-bit ones. {@code 0} or {@code off} means the reference kernels.
 *
 * <p>Warnings (a kernel that failed to start, the vector code's slow mode) go to {@link #warn},
 * which logs them unless {@link #setWarningSink} routes them elsewhere or silences them.
 *
 * <p>Threads: the Panama kernels split a matrix product over up to {@link #threads()} threads (the
 * caller and a few daemon workers) when it is big enough to pay for the hand-off; small products, and
 * everything else, run on the calling thread. The split is a fixed partition of the output rows and
 * every output element is summed in the same order whatever the thread count, so results are the
 * same bits with one thread or many. The count defaults to <b>1</b> and can be raised with the system
 * property {@code nnplay.threads} or {@link #setThreads(int)} (the CLI's {@code --threads}): measured
 * on the 2-core machines this was built on (docs/performance.md), a second thread lost more often
 * than it won, because other work holds the other core and the caller then waits for a descheduled
 * worker; and in the window the other core belongs to the user interface. The reference kernels
 * always use one thread.
 */
public final class KernelProvider {

    /** The system property that forces a choice. */
    public static final String PROPERTY = "nnplay.kernels";

    private static final String PANAMA_CLASS = "dev.nnplay.engine.kernel.panama.PanamaKernels";
    private static final Logger LOG = Logger.getLogger(KernelProvider.class.getName());

    /** The system property that forces the vector width, in bits: 128, 256, 512, or 0 / off. */
    public static final String VECTOR_BITS_PROPERTY = "nnplay.vectorBits";
    /** {@link #vectorBits()} when the width is not forced: the CPU's widest. */
    public static final int VECTOR_BITS_PREFERRED = -1;

    /** Where warnings go; null for nowhere. */
    private static volatile Consumer<String> warningSink = LOG::warning;
    /** The vector width asked for, read once. */
    private static final int VECTOR_BITS = parseVectorBits(System.getProperty(VECTOR_BITS_PROPERTY));

    /** The system property that sets the number of threads for large products. */
    public static final String THREADS_PROPERTY = "nnplay.threads";

    private static volatile Kernels chosen;
    private static volatile int threads = initialThreads();

    private KernelProvider() {
    }

    /** The kernels for this process: chosen on the first call from the system property, then kept. */
    public static Kernels get() {
        Kernels k = chosen;
        if (k == null) {
            synchronized (KernelProvider.class) {
                k = chosen;
                if (k == null) {
                    k = select(System.getProperty(PROPERTY, "auto"));
                    chosen = k;
                }
            }
        }
        return k;
    }

    /** The most threads a large product may use; at least 1. */
    public static int threads() {
        return threads;
    }

    /** Sets the most threads a large product may use, from 1 (everything on the calling thread) up. */
    public static void setThreads(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + n);
        }
        threads = n;
    }

    /** The thread count when {@code nnplay.threads} is not set: one, see the class comment. */
    public static final int DEFAULT_THREADS = 1;

    private static int initialThreads() {
        String s = System.getProperty(THREADS_PROPERTY);
        if (s == null || s.isBlank()) {
            return DEFAULT_THREADS;
        }
        try {
            return Math.max(1, Integer.parseInt(s.trim()));
        } catch (NumberFormatException e) {
            warn(THREADS_PROPERTY + "=" + s + " is not a number; using " + DEFAULT_THREADS + " thread");
            return DEFAULT_THREADS;
        }
    }

    /** Makes every later {@link #get()} return the kernels named by {@code choice}. */
    public static synchronized Kernels force(String choice) {
        chosen = select(choice);
        return chosen;
    }

    /**
     * The kernels for {@code choice}: {@code reference}; {@code panama}, which fails if the vector
     * module is unavailable; or {@code auto}, which falls back to the reference kernels with one log
     * line.
     */
    public static Kernels select(String choice) {
        switch (choice.toLowerCase(Locale.ROOT)) {
            case "reference":
                return ReferenceKernels.INSTANCE;
            case "panama": {
                Kernels k = loadPanama();
                if (k == null) {
                    throw new IllegalStateException(VECTOR_BITS == 0
                            ? "the panama kernels are switched off by " + VECTOR_BITS_PROPERTY + "=off"
                            : "the panama kernels need the jdk.incubator.vector module "
                            + "(start Java with --add-modules jdk.incubator.vector)");
                }
                return k;
            }
            case "auto": {
                Kernels k = loadPanama();
                if (k == null) {
                    // CONFIG, not INFO: an ordinary run prints nothing; the window and the CLI name the kernels.
                    LOG.config(VECTOR_BITS == 0 ? VECTOR_BITS_PROPERTY + "=off; using the reference kernels"
                            : "jdk.incubator.vector is not available; using the reference kernels");
                    return ReferenceKernels.INSTANCE;
                }
                return k;
            }
            default:
                throw new IllegalArgumentException("unknown kernels '" + choice
                        + "'; expected auto, reference or panama");
        }
    }

    /**
     * The vector width {@code nnplay.vectorBits} asks for: {@link #VECTOR_BITS_PREFERRED} when not
     * set, 0 for off (the reference kernels), else the number of bits (checked by the Panama kernels).
     */
    public static int vectorBits() {
        return VECTOR_BITS;
    }

    static int parseVectorBits(String s) {
        if (s == null || s.isBlank() || s.trim().equalsIgnoreCase("preferred") || s.trim().equalsIgnoreCase("auto")) {
            return VECTOR_BITS_PREFERRED;
        }
        String t = s.trim();
        if (t.equalsIgnoreCase("off")) {
            return 0;
        }
        try {
            int bits = Integer.parseInt(t);
            return bits < 0 ? VECTOR_BITS_PREFERRED : bits;
        } catch (NumberFormatException e) {
            warn(VECTOR_BITS_PROPERTY + "=" + s + " is not a number of bits; using the CPU's widest vectors");
            return VECTOR_BITS_PREFERRED;
        }
    }

    /**
     * Sends the kernels' warnings to {@code sink} instead of the log, or nowhere when it is null:
     * for a command line whose {@code --quiet} means errors only.
     *
     * @return the sink used until now, to put back later
     */
    public static synchronized Consumer<String> setWarningSink(Consumer<String> sink) {
        Consumer<String> before = warningSink;
        warningSink = sink;
        return before;
    }

    /** Reports a warning of the kernels: to the sink set with {@link #setWarningSink}, by default the log. */
    public static void warn(String message) {
        Consumer<String> sink = warningSink;
        if (sink != null) {
            sink.accept(message);
        }
    }

    /** The Panama kernels, or null where the vector module or the class is missing or they are off. */
    public static Kernels loadPanama() {
        if (VECTOR_BITS == 0 || ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            Class<?> c = Class.forName(PANAMA_CLASS);
            return (Kernels) MethodHandles.publicLookup()
                    .findConstructor(c, MethodType.methodType(void.class)).invoke();
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        } catch (Throwable e) {
            String why = e instanceof IllegalStateException && e.getMessage() != null ? e.getMessage() : e.toString();
            warn("the panama kernels did not start (" + why + "); using the reference kernels");
            return null;
        }
    }
}
