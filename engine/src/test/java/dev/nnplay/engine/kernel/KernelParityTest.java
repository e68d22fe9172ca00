package dev.nnplay.engine.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nnplay.engine.kernel.panama.PanamaKernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.Optimizer;
import dev.nnplay.engine.optim.OptimizerSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the Panama kernels against the reference kernels, over awkward sizes, with a
 * tolerance that grows with the length of each sum; whole training runs on both; and the split over
 * threads, which must not change a single bit.
 */
class KernelParityTest {

    /** The awkward sizes: below, at and above the vector width and the 4-vector panel. */
    private static final int[] SIZES = {1, 3, 7, 8, 13, 31, 64, 257, 1023};
    /** Unit roundoff of float32. */
    private static final double U = 0x1p-24;

    private static final Kernels REF = ReferenceKernels.INSTANCE;
    private static Kernels fast;

    @BeforeAll
    static void loadPanama() {
        assumeTrue(KernelProviderTest.vectorModulePresent(), "jdk.incubator.vector is not in this JVM");
        fast = KernelProvider.select("panama");
        assertEquals("panama", fast.name());
    }

    @AfterEach
    void restoreThreads() {
        KernelProvider.setThreads(KernelProvider.DEFAULT_THREADS);
    }

    /** (m, n, k) triples: each awkward size in each dimension, against small and vector-sized others. */
    private static List<int[]> shapes() {
        List<int[]> s = new ArrayList<>();
        for (int v : SIZES) {
            s.add(new int[] {v, 13, 31});
            s.add(new int[] {v, 64, 7});
            s.add(new int[] {7, v, 64});
            s.add(new int[] {31, v, 3});
            s.add(new int[] {13, 67, v});
            s.add(new int[] {5, 8, v});
        }
        s.add(new int[] {257, 257, 257});
        s.add(new int[] {64, 1023, 13});
        s.add(new int[] {1023, 80, 33});
        return s;
    }

    @Test
    void productsMatchTheReferenceWithinTheRoundingBound() {
        SplittableRandom r = new SplittableRandom(1);
        for (int[] s : shapes()) {
            int m = s[0], n = s[1], k = s[2];
            FMatrixRMaj a = random(r, m, k);
            FMatrixRMaj b = random(r, k, n);
            FMatrixRMaj at = transposed(a);
            FMatrixRMaj bt = transposed(b);
            FMatrixRMaj want = new FMatrixRMaj(m, n);
            REF.mult(a, b, want);
            FMatrixRMaj bound = roundingBound(a, b, k);
            String shape = m + "×" + k + " · " + k + "×" + n;

            FMatrixRMaj got = new FMatrixRMaj(m, n);
            fast.mult(a, b, got);
            assertClose(want, got, bound, "mult " + shape);
            fast.multTransA(at, b, fill(got, Float.NaN));
            assertClose(want, got, bound, "multTransA " + shape);
            fast.multTransB(a, bt, fill(got, Float.NaN));
            assertClose(want, got, bound, "multTransB " + shape);

            float[] bias = random(r, 1, n).data;
            FMatrixRMaj wantDense = new FMatrixRMaj(m, n);
            REF.dense(a, bt, bias, wantDense);
            fast.dense(a, bt, bias, fill(got, Float.NaN));
            for (int j = 0; j < n; j++) {
                for (int i = 0; i < m; i++) {
                    bound.data[i * n + j] += 2 * U * Math.abs(bias[j]);
                }
            }
            assertClose(wantDense, got, bound, "dense " + shape);
        }
    }

    @Test
    void narrowProductsAreOneFmaChainPerElement() {
        // Fewer columns than a vector (an output layer of 10 classes, 1 output) through the padded
        // vector path and the scalar path alike: c[i][j] = fma chain over p in order, then + bias.
        SplittableRandom r = new SplittableRandom(5);
        int[][] shapes = {{256, 10, 512}, {64, 1, 64}, {17, 15, 300}, {10, 8, 8}, {300, 3, 7}};
        for (int[] s : shapes) {
            int m = s[0], n = s[1], k = s[2];
            FMatrixRMaj a = random(r, m, k);
            FMatrixRMaj w = random(r, n, k);
            float[] bias = random(r, 1, n).data;
            FMatrixRMaj got = fill(new FMatrixRMaj(m, n), Float.NaN);
            fast.dense(a, w, bias, got);
            float[] want = new float[m * n];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    float acc = 0f;
                    for (int p = 0; p < k; p++) {
                        acc = Math.fma(a.data[i * k + p], w.data[j * k + p], acc);
                    }
                    want[i * n + j] = acc + bias[j];
                }
            }
            assertArrayEquals(want, got.data, "dense " + m + "×" + k + " · (" + n + "×" + k + ")ᵀ");
        }
    }

    @Test
    void biasAndColumnSumsMatchTheReferenceExactly() {
        SplittableRandom r = new SplittableRandom(2);
        for (int rows : SIZES) {
            for (int cols : SIZES) {
                if ((long) rows * cols > 70_000) {
                    continue;
                }
                FMatrixRMaj a = random(r, rows, cols);
                float[] v = random(r, 1, cols).data;
                FMatrixRMaj want = a.copy();
                FMatrixRMaj got = a.copy();
                REF.addRowVector(want, v);
                fast.addRowVector(got, v);
                assertArrayEquals(want.data, got.data, "addRowVector " + rows + "×" + cols);

                float[] wantSums = new float[cols];
                float[] gotSums = new float[cols];
                java.util.Arrays.fill(gotSums, Float.NaN);
                REF.sumColumns(a, wantSums);
                fast.sumColumns(a, gotSums);
                assertArrayEquals(wantSums, gotSums, "sumColumns " + rows + "×" + cols);
            }
        }
    }

    @Test
    void everyActivationAndDerivativeMatchesTheReference() {
        SplittableRandom r = new SplittableRandom(3);
        for (Activation f : Activation.values()) {
            float p = f.defaultParameter() != 0f ? f.defaultParameter() : 0.3f;
            for (int n : SIZES) {
                FMatrixRMaj x = new FMatrixRMaj(1, n);
                for (int i = 0; i < n; i++) {
                    // Mostly the range that matters, with some values past softplus's threshold and zeros.
                    x.data[i] = i % 11 == 5 ? 0f : (float) (r.nextDouble(-6, 6) * (i % 17 == 3 ? 5 : 1));
                }
                FMatrixRMaj dy = random(r, 1, n);
                FMatrixRMaj wantY = new FMatrixRMaj(1, n);
                FMatrixRMaj gotY = fill(new FMatrixRMaj(1, n), Float.NaN);
                REF.activate(f, p, x, wantY);
                fast.activate(f, p, x, gotY);
                assertRelClose(wantY, gotY, 4e-6, f + " forward, n=" + n);

                FMatrixRMaj wantDx = new FMatrixRMaj(1, n);
                FMatrixRMaj gotDx = fill(new FMatrixRMaj(1, n), Float.NaN);
                REF.activationBackward(f, p, x, wantY, dy, wantDx);
                fast.activationBackward(f, p, x, wantY, dy, gotDx);
                assertRelClose(wantDx, gotDx, 4e-6, f + " backward, n=" + n);
            }
        }
    }

    @Test
    void trainingRunsFollowTheSameLossCurve() {
        // Tiny tanh network: the scalar paths. Wider relu network with softmax: the vector paths.
        float[] tiny = Training.tanhRegression(REF, 300);
        float[] tinyFast = Training.tanhRegression(fast, 300);
        float[] wide = Training.reluClassifier(REF, 200, 37, 96);
        float[] wideFast = Training.reluClassifier(fast, 200, 37, 96);
        assertTrue(tiny[299] < 0.5f * tiny[0], "the tiny network should learn: " + tiny[0] + " → " + tiny[299]);
        assertTrue(wide[199] < 0.5f * wide[0], "the wide network should learn: " + wide[0] + " → " + wide[199]);
        for (int s = 0; s < tiny.length; s++) {
            assertEquals(tiny[s], tinyFast[s], 1e-4 * Math.max(1, Math.abs(tiny[s])), "tanh loss at step " + s);
        }
        for (int s = 0; s < wide.length; s++) {
            assertEquals(wide[s], wideFast[s], 1e-4 * Math.max(1, Math.abs(wide[s])), "relu loss at step " + s);
        }
    }

    @Test
    void twoThreadsGiveTheSameBitsAsOne() {
        SplittableRandom r = new SplittableRandom(4);
        FMatrixRMaj a = random(r, 257, 1023);
        FMatrixRMaj b = random(r, 1023, 301);
        FMatrixRMaj bt = transposed(b);
        FMatrixRMaj one = new FMatrixRMaj(257, 301);
        FMatrixRMaj two = new FMatrixRMaj(257, 301);
        KernelProvider.setThreads(1);
        long splitBefore = PanamaKernels.splitProducts();
        fast.mult(a, b, one);
        assertEquals(splitBefore, PanamaKernels.splitProducts(), "one thread must not split");
        KernelProvider.setThreads(2);
        fast.mult(a, b, two);
        assertTrue(PanamaKernels.splitProducts() > splitBefore, "a 257×1023×301 product should be split");
        assertArrayEquals(one.data, two.data, "mult");
        fast.multTransB(a, bt, two);
        assertArrayEquals(one.data, two.data, "multTransB, two threads, against mult");

        KernelProvider.setThreads(1);
        // Batch 256 and width 1024: products of 256·40·1024 multiply-adds, past the split threshold.
        float[] lossOne = Training.reluClassifier(fast, 40, 256, 1024);
        float[][] weightsOne = Training.lastWeights();
        KernelProvider.setThreads(2);
        long before = PanamaKernels.splitProducts();
        float[] lossTwo = Training.reluClassifier(fast, 40, 256, 1024);
        assertTrue(PanamaKernels.splitProducts() > before, "the wide training run should split products");
        assertArrayEquals(lossOne, lossTwo, "losses");
        float[][] weightsTwo = Training.lastWeights();
        for (int i = 0; i < weightsOne.length; i++) {
            assertArrayEquals(weightsOne[i], weightsTwo[i], "parameter " + i);
        }
    }

    // ---------------------------------------------------------------- helpers

    static FMatrixRMaj random(SplittableRandom r, int rows, int cols) {
        FMatrixRMaj m = new FMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = (float) r.nextDouble(-1, 1);
        }
        return m;
    }

    private static FMatrixRMaj transposed(FMatrixRMaj a) {
        FMatrixRMaj t = new FMatrixRMaj(a.numCols, a.numRows);
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < a.numCols; j++) {
                t.data[j * a.numRows + i] = a.data[i * a.numCols + j];
            }
        }
        return t;
    }

    private static FMatrixRMaj fill(FMatrixRMaj m, float v) {
        java.util.Arrays.fill(m.data, v);
        return m;
    }

    /** Twice the classic bound {@code γ_k Σ|a||b|} on a float dot product's error, per element of A·B. */
    private static FMatrixRMaj roundingBound(FMatrixRMaj a, FMatrixRMaj b, int k) {
        FMatrixRMaj absA = a.copy();
        FMatrixRMaj absB = b.copy();
        for (int i = 0; i < absA.data.length; i++) {
            absA.data[i] = Math.abs(absA.data[i]);
        }
        for (int i = 0; i < absB.data.length; i++) {
            absB.data[i] = Math.abs(absB.data[i]);
        }
        FMatrixRMaj bound = new FMatrixRMaj(a.numRows, b.numCols);
        REF.mult(absA, absB, bound);
        double gamma = 2 * (k + 1) * U;
        for (int i = 0; i < bound.data.length; i++) {
            bound.data[i] = (float) (gamma * bound.data[i]);
        }
        return bound;
    }

    private static void assertClose(FMatrixRMaj want, FMatrixRMaj got, FMatrixRMaj bound, String what) {
        for (int i = 0; i < want.data.length; i++) {
            double err = Math.abs((double) want.data[i] - got.data[i]);
            if (!(err <= bound.data[i] + Float.MIN_NORMAL)) {
                throw new AssertionError(what + ": element " + i + " (row " + i / want.numCols + ", column "
                        + i % want.numCols + ") is " + got.data[i] + ", reference " + want.data[i]
                        + ", bound " + bound.data[i]);
            }
        }
    }

    private static void assertRelClose(FMatrixRMaj want, FMatrixRMaj got, double rel, String what) {
        for (int i = 0; i < want.data.length; i++) {
            double w = want.data[i];
            double err = Math.abs(w - got.data[i]);
            if (!(err <= rel * Math.max(Math.abs(w), 1e-3) + 1e-9)) {
                throw new AssertionError(what + ": element " + i + " is " + got.data[i] + ", reference " + w);
            }
        }
    }

    /** Small seeded training runs that return the loss of every step. */
    static final class Training {
        private static float[][] lastWeights;

        private Training() {
        }

        static float[][] lastWeights() {
            return lastWeights;
        }

        /** 2-8-8-1 tanh on a smooth 2-D function, MSE, SGD, batch 10 out of 200 samples. */
        static float[] tanhRegression(Kernels k, int steps) {
            Network net = NetworkSpec.of(Activation.TANH, 8, 8).build(2, 1, new Rng(7));
            SplittableRandom r = new SplittableRandom(8);
            FMatrixRMaj x = random(r, 200, 2);
            FMatrixRMaj y = new FMatrixRMaj(200, 1);
            for (int i = 0; i < 200; i++) {
                y.data[i] = (float) Math.sin(2 * x.data[2 * i]) * x.data[2 * i + 1];
            }
            return run(net, k, Loss.MSE, OptimizerSpec.of("sgd", 0.1).build(), 0.1f, x, y, 10, steps);
        }

        /** 3-20-2 sigmoid, MSE, Adam, batch 13 out of 300 samples: a layer wider than one vector. */
        static float[] sigmoidRegression(Kernels k, int steps) {
            Network net = NetworkSpec.of(Activation.SIGMOID, 20).build(3, 2, new Rng(12));
            SplittableRandom r = new SplittableRandom(13);
            FMatrixRMaj x = random(r, 300, 3);
            FMatrixRMaj y = new FMatrixRMaj(300, 2);
            for (int i = 0; i < 300; i++) {
                y.data[2 * i] = (float) Math.tanh(3 * x.data[3 * i] - x.data[3 * i + 2]);
                y.data[2 * i + 1] = x.data[3 * i + 1] * x.data[3 * i + 2];
            }
            return run(net, k, Loss.MSE, OptimizerSpec.of("adam", 0.01).build(), 0.01f, x, y, 13, steps);
        }

        /** 40-width-33-5 relu, softmax cross-entropy, momentum; rows of {@code batch} out of 1500 samples. */
        static float[] reluClassifier(Kernels k, int steps, int batch, int width) {
            Network net = NetworkSpec.of(Activation.RELU, width, 33).build(40, 5, new Rng(9));
            SplittableRandom r = new SplittableRandom(10);
            FMatrixRMaj x = random(r, 1500, 40);
            FMatrixRMaj y = new FMatrixRMaj(1500, 1);
            for (int i = 0; i < 1500; i++) {
                float s = x.data[40 * i] + x.data[40 * i + 1] - x.data[40 * i + 2];
                y.data[i] = Math.min(4, Math.max(0, (int) Math.floor((s + 1.5) * 5 / 3)));
            }
            return run(net, k, Loss.SOFTMAX_CE, OptimizerSpec.of("momentum", 0.05).build(), 0.05f, x, y, batch, steps);
        }

        private static float[] run(Network net, Kernels k, Loss loss, Optimizer opt, float lr,
                                   FMatrixRMaj x, FMatrixRMaj y, int batch, int steps) {
            int n = x.numRows;
            FMatrixRMaj xb = new FMatrixRMaj(batch, x.numCols);
            FMatrixRMaj yb = new FMatrixRMaj(batch, y.numCols);
            FMatrixRMaj grad = new FMatrixRMaj(batch, net.outputSize());
            float[] losses = new float[steps];
            for (int s = 0, row = 0; s < steps; s++, row = (row + batch) % (n - batch + 1)) {
                System.arraycopy(x.data, row * x.numCols, xb.data, 0, batch * x.numCols);
                System.arraycopy(y.data, row * y.numCols, yb.data, 0, batch * y.numCols);
                FMatrixRMaj out = net.forward(xb, true, k);
                losses[s] = loss.value(out, yb, Loss.DEFAULT_DELTA);
                loss.gradient(out, yb, Loss.DEFAULT_DELTA, grad);
                net.backward(grad, k);
                opt.step(net.params(), lr);
            }
            lastWeights = net.copyWeights();
            return losses;
        }
    }
}
