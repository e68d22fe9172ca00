package dev.nnplay.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnplay.engine.kernel.panama.PanamaKernels;
import dev.nnplay.engine.testing.ChildJvm;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Same seed, same settings, same kernels: the same weights, bit for bit", across sessions and JIT
 * states: the 2-8-8-1 tanh network of {@link KernelParityTest.Training#tanhRegression} trained on the
 * Panama kernels in this JVM, in a fresh JVM, and in a fresh JVM under {@code -Xint} (every vector
 * operation interpreted, the state the first calls of any session are in) ends with the same bits.
 * The training also runs a sigmoid network, so both activations that use exp are covered. The Vector
 * API's own TANH lanes failed this: interpreted they round like {@code Math.tanh}, compiled like the
 * SVML library.
 */
class SameBitsAcrossSessionsTest {

    @Test
    void freshAndInterpretedSessionsTrainTheSameWeights() throws Exception {
        assumeTrue(KernelProviderTest.vectorModulePresent(), "jdk.incubator.vector is not in this JVM");
        List<String> first = Session.weights();
        // Long enough for C2 to compile the kernels (its thresholds are ~10⁴ calls and loop trips).
        Kernels k = PanamaKernels.unguarded();
        for (int i = 0; i < 5; i++) {
            KernelParityTest.Training.tanhRegression(k, 3000);
            KernelParityTest.Training.sigmoidRegression(k, 3000);
        }
        List<String> here = Session.weights();
        assertEquals(first, here, "the first run in this JVM and a run after warm-up");
        assertEquals(here, runSession(), "a fresh JVM");
        assertEquals(here, runSession("-Xint"), "a fresh JVM with every vector operation interpreted");
    }

    /** The lines a {@link Session} in a new JVM prints, started with {@code extra} JVM options. */
    private static List<String> runSession(String... extra) throws IOException, InterruptedException {
        List<String> lines = ChildJvm.run(Session.class, extra);
        assertEquals(10, lines.size(), "parameters printed by a session with " + List.of(extra) + ": " + lines);
        return lines;
    }

    /** Trains the networks and prints every parameter as the hex bits of its floats, one line each. */
    static final class Session {
        private Session() {
        }

        static List<String> weights() {
            Kernels k = PanamaKernels.unguarded();
            List<String> lines = new ArrayList<>();
            KernelParityTest.Training.tanhRegression(k, 200);
            hex(KernelParityTest.Training.lastWeights(), lines);
            KernelParityTest.Training.sigmoidRegression(k, 200);
            hex(KernelParityTest.Training.lastWeights(), lines);
            return lines;
        }

        private static void hex(float[][] params, List<String> lines) {
            for (float[] p : params) {
                StringBuilder sb = new StringBuilder();
                for (float v : p) {
                    sb.append(Integer.toHexString(Float.floatToRawIntBits(v))).append(' ');
                }
                lines.add(sb.toString().trim());
            }
        }

        public static void main(String[] args) {
            KernelProvider.setThreads(1);
            Session.weights().forEach(System.out::println);
        }
    }
}
