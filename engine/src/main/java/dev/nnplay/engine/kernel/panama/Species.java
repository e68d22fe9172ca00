package dev.nnplay.engine.kernel.panama;

import dev.nnplay.engine.kernel.KernelProvider;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The one vector shape every Panama kernel uses: the CPU's preferred one, or the width forced with
 * {@code -Dnnplay.vectorBits} (128, 256 or 512; read once, by {@link KernelProvider#vectorBits()}).
 * It must be a {@code static final} constant: a species passed as a parameter or kept in an instance
 * field drops the vector code to its slow (boxed) mode.
 */
final class Species {

    /** The vector shape; a constant so that C2 can intrinsify every operation. */
    static final VectorSpecies<Float> S = choose(KernelProvider.vectorBits());
    /** Floats per vector. */
    static final int L = S.length();
    /** Columns covered by one 4-vector tile. */
    static final int PANEL = 4 * L;

    private Species() {
    }

    /** The widest float vector this CPU has, in bits. */
    static int preferredBits() {
        return FloatVector.SPECIES_PREFERRED.vectorBitSize();
    }

    /**
     * Why {@code bits} cannot be used here, or null when it can: the widths the Vector API has for
     * float, up to this CPU's widest (a wider one would run in software, boxed).
     */
    static String refusal(int bits) {
        if (bits == KernelProvider.VECTOR_BITS_PREFERRED) {
            return null;
        }
        if (bits != 128 && bits != 256 && bits != 512) {
            return KernelProvider.VECTOR_BITS_PROPERTY + "=" + bits + " is not a vector width; use 128, 256 or 512";
        }
        if (bits > preferredBits()) {
            return KernelProvider.VECTOR_BITS_PROPERTY + "=" + bits + " is wider than this CPU's "
                    + preferredBits() + "-bit vectors";
        }
        return null;
    }

    private static VectorSpecies<Float> choose(int bits) {
        if (refusal(bits) != null) {
            return FloatVector.SPECIES_PREFERRED;
        }
        switch (bits) {
            case 128:
                return FloatVector.SPECIES_128;
            case 256:
                return FloatVector.SPECIES_256;
            case 512:
                return FloatVector.SPECIES_512;
            default:
                return FloatVector.SPECIES_PREFERRED;
        }
    }
}
