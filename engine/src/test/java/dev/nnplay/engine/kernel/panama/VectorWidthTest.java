package dev.nnplay.engine.kernel.panama;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.kernel.Kernels;
import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;

/**
 * The vector width the kernels really use: the CPU's widest by default, the one
 * {@code -Dnnplay.vectorBits} forces otherwise. Surefire's {@code vector-256} execution forces 256
 * bits and says so with {@code nnplay.test.expectLanes=8}, so that a property lost on the way (and
 * the parity tests silently run at the preferred width twice) fails here.
 */
class VectorWidthTest {

    private static boolean vectorModulePresent() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    @Test
    void theSpeciesHasTheForcedOrPreferredLength() {
        assumeTrue(vectorModulePresent(), "jdk.incubator.vector is not in this JVM");
        int bits = KernelProvider.vectorBits();
        int want = bits == KernelProvider.VECTOR_BITS_PREFERRED
                ? FloatVector.SPECIES_PREFERRED.length() : bits / Float.SIZE;
        String expect = System.getProperty("nnplay.test.expectLanes");
        if (expect != null) {
            assertEquals(Integer.parseInt(expect), want, "nnplay.vectorBits=" + bits + " in this run");
        }
        assertEquals(want, Species.S.length(), "lanes of the species every kernel uses");
        assertEquals(want, Species.L);
        assertEquals(4 * want, Species.PANEL);
        assertEquals(want, PanamaKernels.lanes());
        try (Kernels k = KernelProvider.select("panama")) {
            assertEquals("panama", k.name());
        }
    }

    @Test
    void onlyRealWidthsUpToTheCpusWidestAreAccepted() {
        assumeTrue(vectorModulePresent(), "jdk.incubator.vector is not in this JVM");
        int widest = FloatVector.SPECIES_PREFERRED.vectorBitSize();
        assertNull(Species.refusal(KernelProvider.VECTOR_BITS_PREFERRED));
        assertNull(Species.refusal(128));
        assertNotNull(Species.refusal(300));
        assertNotNull(Species.refusal(64));
        assertNotNull(Species.refusal(1024));
        if (widest < 512) {
            assertTrue(Species.refusal(widest * 2).contains("wider than this CPU"), Species.refusal(widest * 2));
        }
        for (int b = 128; b <= widest; b *= 2) {
            assertNull(Species.refusal(b), b + " bits");
        }
    }
}
