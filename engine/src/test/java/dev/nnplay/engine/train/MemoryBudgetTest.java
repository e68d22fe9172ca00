package dev.nnplay.engine.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.Heap;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.project.LoadedProject;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.testing.ChildJvm;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Legal settings that do not fit in memory are refused before anything large is allocated, with one
 * sentence that gives the figures and what to change; those that fit are not.
 */
class MemoryBudgetTest {

    private static final long MIB = 1L << 20;
    private static final long HEAP_256M = 256 * MIB;

    private static TrainingSpec training(String optimizer, int batch) {
        return new TrainingSpec("softmax_ce", null, OptimizerSpec.of(optimizer, 0.01), null, null, batch, 10, true);
    }

    private static NetworkSpec layers(int count, int units) {
        return NetworkSpec.of(Activation.RELU, Collections.nCopies(count, units).stream().mapToInt(i -> i).toArray());
    }

    @Test
    void thirtyTwoLayersOf4096WithAdamAreRefusedInTheDefaultHeap() {
        MemoryBudget b = MemoryBudget.estimate(64, 10, layers(32, 4096), training("adam", 64), 1500, 300);
        long params = 31L * 4096 * 4097 + 65L * 4096 + 4097L * 10;
        assertEquals(params, b.parameters());
        assertEquals(params * 4 * 2, b.stateBytes(), "Adam keeps two buffers per parameter");
        assertEquals(params * 4 * 4, b.paramBytes(), "values, gradients and two copies");
        MemoryBudget.TooLarge e = assertThrows(MemoryBudget.TooLarge.class, b::check);
        // and the 1500 rows of one evaluation chunk through 131 146 units: 2.9 GB
        assertEquals(1500L * (64 + 32 * 4096 + 10) * 4 * 4, b.activationBytes());
        assertEquals("Training this network needs about 14.6 GB of memory (7.8 GB for its 520.5 M parameters with"
                + " their gradients and copies, 3.9 GB for adam's state, 2.9 GB for one batch's values through the"
                + " layers); the program may use "
                + Heap.format(Heap.max()) + ": use fewer or smaller layers, or start the program with a larger -Xmx.",
                e.getMessage());
    }

    @Test
    void fiveHundredThousandInputsAreRefusedUnder256MiB() {
        // 500 001 × 512 + 513 × 3 parameters (3.8 GB with gradients and copies), a batch of the 100 rows
        // through 500 515 units (764 MB), 100 rows of 500 004 floats three times (572 MB)
        MemoryBudget b = MemoryBudget.estimate(500_000, 3, layers(1, 512), training("sgd", 32), 100, 0);
        MemoryBudget.TooLarge e = assertThrows(MemoryBudget.TooLarge.class,
                () -> b.check(HEAP_256M, (long) (HEAP_256M * Heap.SHARE)));
        assertEquals("Training this network needs about 5.1 GB of memory (3.8 GB for its 256.0 M parameters with"
                + " their gradients and copies, 764 MB for one batch's values through the layers, 572 MB for the"
                + " data); the program may use 256 MB: use fewer or smaller layers, or start the program with a"
                + " larger -Xmx.", e.getMessage());
    }

    @Test
    void adamsStateIsNamedWhenItIsTheLargestPart() {
        MemoryBudget b = new MemoryBudget(1_000_000_000L, 1L << 30, 3L << 30, 0, 0, "adam", 2);
        assertEquals("Training this network needs about 4.0 GB of memory (3.0 GB for adam's state, 1.0 GB for its"
                + " 1.0 G parameters with their gradients and copies); the program may use 2.0 GB: use fewer units or"
                + " an optimizer with less state (sgd keeps none), or start the program with a larger -Xmx.",
                b.refusal(2L << 30));
    }

    @Test
    void aHugeBatchNamesTheBatch() {
        MemoryBudget b = MemoryBudget.estimate(4, 2, layers(3, 4096), training("sgd", 1_000_000), 1_000_000, 0);
        String m = assertThrows(MemoryBudget.TooLarge.class, () -> b.check(HEAP_256M, HEAP_256M)).getMessage();
        assertTrue(m.contains("for one batch's values through the layers") && m.contains("use a smaller batch"), m);
    }

    @Test
    void digitsWith64_128_64_10FitsIn256MiB() {
        MemoryBudget b = MemoryBudget.estimate(64, 10, NetworkSpec.of(Activation.RELU, 128, 64), training("adam", 32),
                1437, 360);
        assertTrue(b.fits((long) (HEAP_256M * Heap.SHARE)), "estimate " + Heap.format(b.total()));
        assertTrue(b.total() < 64 * MIB, "estimate " + Heap.format(b.total()));
    }

    @Test
    void aProjectTooLargeIsRefusedBeforeItsNetworkIsBuilt() {
        Project p = Project.of("huge", "", 1, DataSpec.csv(Path.of("../assets/datasets/iris.csv").toAbsolutePath()
                        .toString(), null, null, 0.2, true), layers(32, 4096), training("adam", 16));
        long free = Runtime.getRuntime().freeMemory();
        MemoryBudget.TooLarge e = assertThrows(MemoryBudget.TooLarge.class, () -> LoadedProject.load(p, null));
        assertTrue(e.getMessage().startsWith("Training this network needs about"), e.getMessage());
        assertTrue(Heap.max() < 12L << 30, "this test assumes a heap below the 12 GB the network needs");
        assertTrue(free > 0);
    }

    @Test
    void digitsTrainsUnder256MiBInItsOwnJvm() throws Exception {
        List<String> out = ChildJvm.run(DigitsSmallHeap.class, "-Xmx256m");
        assertEquals(2, out.size(), "output: " + out);
        assertTrue(Long.parseLong(out.get(0)) <= HEAP_256M, "max heap " + out.get(0));
        double accuracy = Double.parseDouble(out.get(1));
        assertTrue(accuracy > 0.9, "test accuracy after 20 epochs: " + accuracy);
    }

    /** Trains Digits with a 64-128-64-10 network for 20 epochs; prints the heap limit and the test accuracy. */
    public static final class DigitsSmallHeap {
        public static void main(String[] args) {
            Project p = Project.of("digits", "", 1, DataSpec.csv(Path.of("../assets/datasets/digits8x8.csv")
                    .toAbsolutePath().toString(), null, null, 0.2, true), NetworkSpec.of(Activation.RELU, 128, 64),
                    training("adam", 32));
            LoadedProject lp = LoadedProject.load(p, null);
            TrainingSession s = lp.newSession(dev.nnplay.engine.kernel.KernelProvider.get());
            for (int e = 0; e < 20; e++) {
                s.stepEpoch();
            }
            System.out.println(Runtime.getRuntime().maxMemory());
            System.out.println(s.evaluateTest().metric());
        }
    }
}
