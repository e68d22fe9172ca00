package dev.nnplay.engine.kernel;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * Picks the kernels once: the Panama Vector API implementation where the {@code jdk.incubator.vector}
 * module is present and works, the reference one otherwise. The choice can be forced with the system
 * property {@code nnplay.kernels} ({@code auto}, {@code reference} or {@code panama}).
 *
 * <p>The Panama class is loaded by name, so this class (and everything else outside it) runs where
 * the incubator module is missing.
 */
public final class KernelProvider {

    /** The system property that forces a choice. */
    public static final String PROPERTY = "nnplay.kernels";

    private static final String PANAMA_CLASS = "dev.nnplay.engine.kernel.PanamaKernels";
    private static final Logger LOG = Logger.getLogger(KernelProvider.class.getName());

    private static volatile Kernels chosen;

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
                    throw new IllegalStateException("the panama kernels need the jdk.incubator.vector module "
                            + "(start Java with --add-modules jdk.incubator.vector)");
                }
                return k;
            }
            case "auto": {
                Kernels k = loadPanama();
                if (k == null) {
                    LOG.info("jdk.incubator.vector is not available; using the reference kernels");
                    return ReferenceKernels.INSTANCE;
                }
                return k;
            }
            default:
                throw new IllegalArgumentException("unknown kernels '" + choice
                        + "'; expected auto, reference or panama");
        }
    }

    /** The Panama kernels, or null where the vector module or the class is missing. */
    public static Kernels loadPanama() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            Class<?> c = Class.forName(PANAMA_CLASS);
            return (Kernels) MethodHandles.publicLookup()
                    .findConstructor(c, MethodType.methodType(void.class)).invoke();
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        } catch (Throwable e) {
            LOG.warning("the panama kernels failed to start (" + e + "); using the reference kernels");
            return null;
        }
    }
}
