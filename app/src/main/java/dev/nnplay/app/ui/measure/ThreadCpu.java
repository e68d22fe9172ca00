package dev.nnplay.app.ui.measure;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Map.Entry;

/**
 * CPU time per Java thread, for {@link FrameMeasurement}: how much of a core the training thread got
 * while the window ran, and what the window's own threads took. Samples per second measured over wall
 * time fall either because each step got slower or because the thread got less of a core; this tells
 * the two apart. JVM-internal threads (the JIT compilers, GC) are not Java threads and are not seen.
 */
final class ThreadCpu {
    private ThreadCpu() {
    }

    /** CPU nanoseconds used so far by each live Java thread, summed over threads of the same name. */
    static Map<String, Long> now() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> byName = new HashMap<>();
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info == null) {
                continue; // ended since the ids were taken
            }
            long ns = mx.getThreadCpuTime(info.getThreadId());
            if (ns > 0) {
                byName.merge(info.getThreadName(), ns, Long::sum);
            }
        }
        return byName;
    }

    /**
     * Each thread's CPU time between {@code before} and {@code after} as a percentage of one core over
     * {@code wallNanos}, largest first; threads under 0.5 % are left out.
     */
    static List<Entry<String, Double>> percentOfCore(Map<String, Long> before, Map<String, Long> after, long wallNanos) {
        List<Entry<String, Double>> shares = new ArrayList<>();
        for (Entry<String, Long> e : after.entrySet()) {
            double percent = 100.0 * (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / wallNanos;
            if (percent >= 0.5) {
                shares.add(Map.entry(e.getKey(), percent));
            }
        }
        shares.sort(Entry.<String, Double>comparingByValue().reversed());
        return shares;
    }

    /** "name 41.2 %, name 20.3 %, ..." for the log line. */
    static String format(List<Entry<String, Double>> shares) {
        StringBuilder b = new StringBuilder();
        for (Entry<String, Double> e : shares) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %.1f %%", e.getKey(), e.getValue()));
        }
        return b.toString();
    }
}
