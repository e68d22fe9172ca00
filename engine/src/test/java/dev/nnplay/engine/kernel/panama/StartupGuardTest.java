package dev.nnplay.engine.kernel.panama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.testing.ChildJvm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The slow-mode watch: silent where the vector code is compiled (this JVM), a warning through the
 * sink where it is not (a JVM whose only compiler is C1, which does not intrinsify the Vector API, so
 * every vector is boxed), and no timing anywhere.
 */
class StartupGuardTest {

    /** Products enough for the three probes, at 2¹⁵, 2¹⁶ and 2¹⁷ calls. */
    private static final int PRODUCTS = (Tuning.PROBE_FIRST_CALL << (Tuning.PROBE_STRIKES - 1)) + 2 * Tuning.PROBE_WINDOW;

    @Test
    void compiledVectorCodeSettlesTheWatchWithoutAWarning() {
        assumeTrue(KernelThreadsTest.vectorModulePresent(), "jdk.incubator.vector is not in this JVM");
        List<String> warnings = new ArrayList<>();
        Consumer<String> before = KernelProvider.setWarningSink(warnings::add);
        try {
            PanamaKernels k = new PanamaKernels();
            Probe.run(k, PRODUCTS);
            assertTrue(k.watchSettled(), "the watch should have settled after " + PRODUCTS + " products");
        } finally {
            KernelProvider.setWarningSink(before);
        }
        assertEquals(List.of(), warnings);
    }

    @Test
    void theBoxedModeOfAC1OnlyJvmIsReportedThroughTheSink() throws Exception {
        assumeTrue(KernelThreadsTest.vectorModulePresent(), "jdk.incubator.vector is not in this JVM");
        List<String> lines = ChildJvm.run(Probe.class, "-XX:TieredStopAtLevel=1");
        assertEquals(2, lines.size(), "lines printed: " + lines);
        assertTrue(lines.get(0).startsWith("warning: panama kernels: products still allocate"), lines.get(0));
        assertTrue(lines.get(0).contains("slow (boxed) mode"), lines.get(0));
        assertEquals("settled true", lines.get(1));
    }

    /** Runs small products and prints every kernel warning, then whether the watch settled. */
    static final class Probe {
        private Probe() {
        }

        static void run(PanamaKernels k, int products) {
            int n = Species.L;
            FMatrixRMaj a = new FMatrixRMaj(4, 4);
            FMatrixRMaj b = new FMatrixRMaj(4, n);
            FMatrixRMaj c = new FMatrixRMaj(4, n);
            java.util.Arrays.fill(a.data, 0.5f);
            java.util.Arrays.fill(b.data, 0.25f);
            for (int i = 0; i < products; i++) {
                k.mult(a, b, c);
            }
        }

        public static void main(String[] args) {
            KernelProvider.setWarningSink(w -> System.out.println("warning: " + w));
            PanamaKernels k = new PanamaKernels();
            run(k, PRODUCTS);
            System.out.println("settled " + k.watchSettled());
        }
    }
}
