package dev.nnplay.engine.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.optim.Optimizer;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.testing.Allocations;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * A warmed training step (forward, loss gradient, backward, optimizer step) allocates nothing, on the
 * kernels this JVM picks and on the reference ones. Counted with the thread's allocated-bytes counter,
 * which is exact, not timed. Warm-up runs until the JIT has compiled the step (the interpreter boxes
 * vectors), up to a bound; what is still allocated then is a real allocation and fails the test.
 */
class ZeroGarbageTest {

    @Test
    void aTinyTanhStepAllocatesNothing() {
        assertNoGarbage(KernelProvider.select("auto"), NetworkSpec.of(Activation.TANH, 8, 8), 2, 1, 10, Loss.MSE);
    }

    @Test
    void aWideStepWithSoftmaxAllocatesNothing() {
        // Widths past the vector length exercise the tiles, the packing and the transpose scratch.
        assertNoGarbage(KernelProvider.select("auto"), NetworkSpec.of(Activation.RELU, 70, 33), 40, 5, 37,
                Loss.SOFTMAX_CE);
    }

    @Test
    void theReferenceKernelsAllocateNothingEither() {
        assertNoGarbage(KernelProvider.select("reference"), NetworkSpec.of(Activation.SIGMOID, 16), 3, 2, 8,
                Loss.MSE);
    }

    private static void assertNoGarbage(Kernels k, NetworkSpec spec, int inputs, int outputs, int batch, Loss loss) {
        assumeTrue(Allocations.supported(), "this JVM cannot count allocated bytes");
        Network net = spec.build(inputs, outputs, new Rng(5));
        Optimizer opt = OptimizerSpec.of("momentum", 0.01).build();
        FMatrixRMaj x = new FMatrixRMaj(batch, inputs);
        FMatrixRMaj y = new FMatrixRMaj(batch, loss == Loss.SOFTMAX_CE ? 1 : outputs);
        Rng rng = new Rng(6);
        for (int i = 0; i < x.data.length; i++) {
            x.data[i] = (float) rng.uniform(-1, 1);
        }
        for (int i = 0; i < y.data.length; i++) {
            y.data[i] = loss == Loss.SOFTMAX_CE ? rng.nextInt(outputs) : (float) rng.uniform(-1, 1);
        }
        FMatrixRMaj grad = new FMatrixRMaj(batch, outputs);
        long bytes = -1;
        for (int round = 0; round < 40 && bytes != 0; round++) {
            for (int s = 0; s < 2_000; s++) {
                step(net, opt, k, loss, x, y, grad);
            }
            long before = Allocations.allocated();
            for (int s = 0; s < 100; s++) {
                step(net, opt, k, loss, x, y, grad);
            }
            bytes = Allocations.allocated() - before;
        }
        assertEquals(0, bytes, "bytes allocated by 100 warmed training steps on the " + k.name() + " kernels");
    }

    private static void step(Network net, Optimizer opt, Kernels k, Loss loss, FMatrixRMaj x, FMatrixRMaj y,
                             FMatrixRMaj grad) {
        FMatrixRMaj out = net.forward(x, true, k);
        loss.gradient(out, y, Loss.DEFAULT_DELTA, grad);
        net.backward(grad, k);
        opt.step(net.params(), 0.01f);
    }
}
