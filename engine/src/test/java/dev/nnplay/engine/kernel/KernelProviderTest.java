package dev.nnplay.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.testing.ChildJvm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The provider's choice with and without the vector module. Surefire runs this suite twice: once with
 * {@code --add-modules jdk.incubator.vector} and once without (execution {@code no-vector-module},
 * which sets {@code nnplay.test.vectorModule=absent} so that a missing module is a checked expectation,
 * not an accident).
 */
class KernelProviderTest {

    /** Whether this JVM was started with the vector module. */
    static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    private static boolean expectedAbsent() {
        return "absent".equals(System.getProperty("nnplay.test.vectorModule"));
    }

    @Test
    void theModuleIsPresentExactlyWhenTheBuildSaysSo() {
        assertEquals(!expectedAbsent(), vectorModulePresent(),
                "surefire's argLine and the nnplay.test.vectorModule property disagree");
    }

    @Test
    void autoPicksPanamaWithTheModuleAndTheReferenceWithout() {
        Kernels k = KernelProvider.select("auto");
        if (vectorModulePresent()) {
            assertEquals("panama", k.name());
        } else {
            assertSame(ReferenceKernels.INSTANCE, k);
            assertNull(KernelProvider.loadPanama());
            assertThrows(IllegalStateException.class, () -> KernelProvider.select("panama"));
        }
    }

    @Test
    void referenceCanAlwaysBeForcedAndUnknownNamesAreRefused() {
        assertSame(ReferenceKernels.INSTANCE, KernelProvider.select("Reference"));
        assertThrows(IllegalArgumentException.class, () -> KernelProvider.select("gpu"));
    }

    @Test
    void threadCountIsCheckedAndKept() {
        int before = KernelProvider.threads();
        try {
            KernelProvider.setThreads(3);
            assertEquals(3, KernelProvider.threads());
            assertThrows(IllegalArgumentException.class, () -> KernelProvider.setThreads(0));
            assertEquals(3, KernelProvider.threads());
        } finally {
            KernelProvider.setThreads(before);
        }
    }

    @Test
    void theVectorWidthPropertyIsParsedAndBadValuesAreReportedThroughTheSink() {
        assertEquals(KernelProvider.VECTOR_BITS_PREFERRED, KernelProvider.parseVectorBits(null));
        assertEquals(KernelProvider.VECTOR_BITS_PREFERRED, KernelProvider.parseVectorBits(" "));
        assertEquals(KernelProvider.VECTOR_BITS_PREFERRED, KernelProvider.parseVectorBits("preferred"));
        assertEquals(0, KernelProvider.parseVectorBits("off"));
        assertEquals(0, KernelProvider.parseVectorBits("0"));
        assertEquals(256, KernelProvider.parseVectorBits(" 256 "));
        List<String> warnings = new ArrayList<>();
        Consumer<String> before = KernelProvider.setWarningSink(warnings::add);
        try {
            assertEquals(KernelProvider.VECTOR_BITS_PREFERRED, KernelProvider.parseVectorBits("wide"));
            KernelProvider.warn("routed");
            KernelProvider.setWarningSink(null);
            KernelProvider.warn("silenced");
        } finally {
            KernelProvider.setWarningSink(before);
        }
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("nnplay.vectorBits=wide"), warnings.get(0));
        assertEquals("routed", warnings.get(1));
    }

    @Test
    void vectorBitsOffMeansTheReferenceKernels() throws Exception {
        List<String> out = ChildJvm.run(Choice.class, "-D" + KernelProvider.VECTOR_BITS_PROPERTY + "=off");
        assertEquals(List.of("reference refused"), out);
    }

    /** Prints the automatic choice, and whether forcing panama is refused. */
    static final class Choice {
        private Choice() {
        }

        public static void main(String[] args) {
            String forced;
            try {
                forced = KernelProvider.select("panama").name();
            } catch (IllegalStateException e) {
                forced = "refused";
            }
            System.out.println(KernelProvider.select("auto").name() + " " + forced);
        }
    }
}
