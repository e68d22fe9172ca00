package dev.nnplay.engine.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The same 100 × 100 maps as {@link LabSliceBenchmark}, timed by the thread's CPU time as well as the
 * wall clock, the slice and its peer (every point through the whole network) interleaved round by
 * round. On a shared, overloaded machine the wall clock measures the other jobs; CPU time stays close
 * to what one idle core takes. Run from the repository root after {@code test-compile}:
 * {@code java --add-modules jdk.incubator.vector -cp engine/target/test-classes:engine/target/classes:$(cat cp.txt)
 * dev.nnplay.engine.bench.LabSliceCpuTime [rounds]}. Not a test.
 */
public final class LabSliceCpuTime {

    private LabSliceCpuTime() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (String pair : new String[] {"first", "last", "mixed"}) {
            LabSliceBenchmark b = new LabSliceBenchmark();
            b.pair = pair;
            b.threads = 1;
            b.setUp();
            b.map();
            b.naiveMap();
            double sliceCpu = Double.POSITIVE_INFINITY;
            double sliceWall = Double.POSITIVE_INFINITY;
            double naiveCpu = Double.POSITIVE_INFINITY;
            double naiveWall = Double.POSITIVE_INFINITY;
            for (int r = 0; r < rounds; r++) {
                long c0 = mx.getCurrentThreadCpuTime();
                long w0 = System.nanoTime();
                b.map();
                sliceCpu = Math.min(sliceCpu, (mx.getCurrentThreadCpuTime() - c0) / 1e9);
                sliceWall = Math.min(sliceWall, (System.nanoTime() - w0) / 1e9);
                c0 = mx.getCurrentThreadCpuTime();
                w0 = System.nanoTime();
                b.naiveMap();
                naiveCpu = Math.min(naiveCpu, (mx.getCurrentThreadCpuTime() - c0) / 1e9);
                naiveWall = Math.min(naiveWall, (System.nanoTime() - w0) / 1e9);
            }
            System.out.printf(Locale.ROOT, "%-6s slice %.3f s cpu (%.3f s wall)   whole network %.3f s cpu (%.3f s wall)"
                    + "   %.1f× faster (cpu)%n", pair, sliceCpu, sliceWall, naiveCpu, naiveWall, naiveCpu / sliceCpu);
        }
    }
}
