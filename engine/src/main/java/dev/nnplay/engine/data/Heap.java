package dev.nnplay.engine.data;

import java.util.Locale;

/**
 * The memory this program may fill, and sizes as people read them. Checks that refuse work which
 * would not fit ({@code MemoryBudget}, the CSV reader) compare their estimate with {@link #limit()}:
 * a share of the JVM's largest heap ({@code -Xmx}), the rest left for everything the estimate does
 * not count.
 */
public final class Heap {

    /** The share of the largest heap an estimate may take. */
    public static final double SHARE = 0.8;

    private Heap() {
    }

    /** The largest heap this JVM may grow to, in bytes ({@code Runtime.maxMemory()}). */
    public static long max() {
        return Runtime.getRuntime().maxMemory();
    }

    /** What an estimate may take: {@link #SHARE} of {@link #max()}. */
    public static long limit() {
        return (long) (max() * SHARE);
    }

    /** {@code bytes} in words: {@code 512 bytes}, {@code 3.4 MB}, {@code 6.1 GB} (powers of 1024, one decimal). */
    public static String format(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        String[] units = {"KB", "MB", "GB", "TB", "PB", "EB"};
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f %s" : "%.1f %s", v, units[u]);
    }
}
