package dev.nnplay.engine.train;

import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.inspect.NetworkFigures;
import dev.nnplay.engine.inspect.StepDiagnostics;
import dev.nnplay.engine.kernel.Kernels;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.nn.Rng;
import dev.nnplay.engine.optim.Optimizer;
import dev.nnplay.engine.optim.Regularization;
import dev.nnplay.engine.optim.Schedule;
import java.util.function.BooleanSupplier;
import org.ejml.data.FMatrixRMaj;

/**
 * Training on the calling thread: a network, its data, loss and optimizer, stepped one mini-batch at a
 * time. Not thread-safe; {@link Trainer} runs one on its own thread. Batches are cut from a
 * permutation of the training rows that is redrawn at the start of every epoch (from the seed), or
 * taken in order when shuffling is off; the last batch of an epoch may be smaller.
 */
public final class TrainingSession {
    /** Rows evaluated at once, to bound the buffers evaluation needs. */
    private static final int EVAL_CHUNK = 2048;
    /**
     * Rows of each part the live figures ({@link #liveSnapshot}) are computed on: a part with more is
     * represented by this many rows spread evenly over it, so that the cost of a snapshot does not
     * grow with the data. One evaluation chunk, so a live part is one product per layer.
     */
    public static final int LIVE_ROWS = EVAL_CHUNK;

    /** The model being trained. */
    private final Network net;
    /** The loss. */
    private final Loss loss;
    /** Huber's δ. */
    private final float delta;
    /** The optimizer, with its state. */
    private final Optimizer optimizer;
    /** The kernels every product runs on. */
    private final Kernels kernels;
    /** The training inputs (as the network sees them) and the loss's targets. */
    private final FMatrixRMaj trainX;
    private final FMatrixRMaj trainT;
    /** The class index or values of each training row, for the metric. */
    private final FMatrixRMaj trainY;
    /** The same for the test part (zero rows when there is none). */
    private final FMatrixRMaj testX;
    private final FMatrixRMaj testT;
    private final FMatrixRMaj testY;
    /**
     * The live samples of the two parts ({@link #LIVE_ROWS} rows spread evenly over each), copied once;
     * the parts themselves when they are no larger.
     */
    private final FMatrixRMaj liveTrainX;
    private final FMatrixRMaj liveTrainT;
    private final FMatrixRMaj liveTrainY;
    private final FMatrixRMaj liveTestX;
    private final FMatrixRMaj liveTestT;
    private final FMatrixRMaj liveTestY;
    /** Whether either part is larger than its live sample. */
    private final boolean sampled;
    /** The figures over both whole parts at the latest epoch end measured; {@link EpochEnd#NONE} before. */
    private EpochEnd epochEnd = EpochEnd.NONE;
    /** The whole parts take at most 1/this of the time while playing ({@link #measureEpochEnd()}). */
    private static final int EPOCH_END_SHARE = 50;
    /** When the first epoch end was measured ({@link System#nanoTime()}), 0 before; and their total time. */
    private long epochEndSince;
    private long epochEndNanos;
    /** Classification or regression. */
    private final Task task;
    /** Seeds the shuffles: epoch e's row order comes from its own stream, {@link #epochSeed(long, int)}. */
    private final long shuffleSeed;
    /** The row order of the current epoch. */
    private final int[] order;

    /** The base learning rate, before the schedule. */
    private double baseRate;
    /** The learning-rate schedule. */
    private Schedule schedule;
    /** The penalty on weights. */
    private Regularization regularization;
    /** Samples per step. */
    private int batchSize;
    /** Whether to reshuffle each epoch. */
    private boolean shuffle;
    /** Whether weight decay leaves the biases alone ({@code OptimizerSpec.spareBiases}). */
    private final boolean spareBiases;

    /** Epochs finished. */
    private int epoch;
    /** Steps taken. */
    private long step;
    /** The next row of {@link #order} to take. */
    private int cursor;
    /** The loss of the last batch, before its update. */
    private double batchLoss = Double.NaN;

    /** Reused buffers: the batch's inputs and targets, and the loss gradient. */
    private final FMatrixRMaj batchX = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj batchT = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj outGrad = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj chunkX = new FMatrixRMaj(1, 1);
    private final FMatrixRMaj chunkT = new FMatrixRMaj(1, 1);

    /** The per-layer diagnostics: off until wanted; when on, one step per snapshot is measured. */
    private final StepDiagnostics diagnostics = new StepDiagnostics();

    /**
     * A session that trains {@code net} on {@code train}, reporting on {@code test} too.
     *
     * @param seed seeds the per-epoch shuffling
     */
    public TrainingSession(Network net, Dataset train, Dataset test, TrainingSpec spec, long seed, Kernels kernels) {
        this.net = net;
        this.loss = spec.lossFunction();
        this.delta = spec.delta();
        this.optimizer = spec.optimizer().build();
        this.kernels = kernels;
        this.task = train.task();
        if (loss.classification() && task != Task.CLASSIFY) {
            throw new IllegalArgumentException("the " + loss.id() + " loss needs class labels, but the data is regression");
        }
        if (train.size() == 0) {
            throw new IllegalArgumentException("the training part has no rows");
        }
        if (net.inputSize() != train.inputs()) {
            throw new IllegalArgumentException("the network takes " + net.inputSize() + " inputs but the data has "
                    + train.inputs());
        }
        int outputs = net.outputSize();
        this.trainX = train.x();
        this.trainT = train.targetsFor(loss, outputs);
        this.trainY = train.y();
        this.testX = test.x();
        this.testT = test.targetsFor(loss, outputs);
        this.testY = test.y();
        this.liveTrainX = evenRows(trainX);
        this.liveTrainT = evenRows(trainT);
        this.liveTrainY = evenRows(trainY);
        this.liveTestX = evenRows(testX);
        this.liveTestT = evenRows(testT);
        this.liveTestY = evenRows(testY);
        this.sampled = liveTrainX != trainX || liveTestX != testX;
        this.shuffleSeed = seed;
        this.order = new int[train.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        this.baseRate = spec.optimizer().learningRate();
        this.schedule = spec.schedule();
        this.regularization = spec.regularization();
        this.batchSize = spec.batchSize();
        this.shuffle = spec.shuffle();
        this.spareBiases = spec.optimizer().sparesBiases();
    }

    /** Takes one mini-batch step and returns that batch's loss (before the update). */
    public double stepBatch() {
        if (cursor == 0 && shuffle) {
            shuffleFor(epoch);
        }
        int n = Math.min(batchSize, order.length - cursor);
        gather(trainX, order, cursor, n, batchX);
        gather(trainT, order, cursor, n, batchT);
        FMatrixRMaj out = net.forward(batchX, true, kernels);
        batchLoss = loss.value(out, batchT, delta);
        outGrad.reshape(out.numRows, out.numCols);
        loss.gradient(out, batchT, delta, outGrad);
        net.backward(outGrad, kernels);
        boolean measured = diagnostics.armed();
        if (measured) {
            diagnostics.afterBackward(batchX, kernels, step + 1);
        }
        regularization.addGradient(net.params(), spareBiases);
        optimizer.step(net.params(), (float) learningRate());
        if (measured) {
            diagnostics.afterUpdate();
        }
        // counters stop at their largest value rather than wrap to a negative one a save would refuse
        step = step == Long.MAX_VALUE ? step : step + 1;
        cursor += n;
        if (cursor >= order.length) {
            cursor = 0;
            epoch = epoch == Integer.MAX_VALUE ? epoch : epoch + 1;
        }
        return batchLoss;
    }

    /** Steps until the current epoch ends; returns the last batch's loss. */
    public double stepEpoch() {
        double l;
        do {
            l = stepBatch();
        } while (cursor != 0 && Double.isFinite(l)); // the epoch ends where the row order starts again
        return l;
    }

    /** The loss and metric on the training part. */
    public Evaluation evaluateTrain() {
        return evaluate(trainX, trainT, trainY);
    }

    /** The loss and metric on the test part. */
    public Evaluation evaluateTest() {
        return evaluate(testX, testT, testY);
    }

    private Evaluation evaluate(FMatrixRMaj x, FMatrixRMaj t, FMatrixRMaj y) {
        int n = x.numRows;
        if (n == 0) {
            return Evaluation.EMPTY;
        }
        Metric metric = Metric.of(task, loss, y);
        double lossSum = 0;
        for (int from = 0; from < n; from += EVAL_CHUNK) {
            int m = Math.min(EVAL_CHUNK, n - from);
            slice(x, from, m, chunkX);
            slice(t, from, m, chunkT);
            FMatrixRMaj out = net.forward(chunkX, false, kernels);
            double l = loss.value(out, chunkT, delta);
            lossSum += l * m;
            metric.add(out, y, from);
        }
        return new Evaluation(lossSum / n, metric.value());
    }

    /**
     * A snapshot of the current state, with losses over both whole parts; at an epoch's end they are
     * also kept as its {@link Snapshot#epochEnd()} figures.
     */
    public Snapshot snapshot(double samplesPerSecond, String message) {
        Evaluation tr = evaluateTrain();
        Evaluation te = evaluateTest();
        if (cursor == 0 && epoch > 0) {
            epochEnd = new EpochEnd(epoch, step, tr, te);
        }
        return snapshot(tr, te, false, samplesPerSecond, message);
    }

    /**
     * A snapshot for live figures while training plays: its losses and metrics come from at most
     * {@link #LIVE_ROWS} rows of each part (the same rows every time, spread evenly over the part), so
     * its cost does not grow with the data; {@link Snapshot#sampled()} says whether they are a sample.
     * The whole parts are measured at epoch ends ({@link #measureEpochEnd()}).
     */
    public Snapshot liveSnapshot(double samplesPerSecond, String message) {
        if (!sampled) {
            return snapshot(evaluateTrain(), evaluateTest(), false, samplesPerSecond, message);
        }
        Evaluation tr = evaluate(liveTrainX, liveTrainT, liveTrainY);
        Evaluation te = evaluate(liveTestX, liveTestT, liveTestY);
        return snapshot(tr, te, true, samplesPerSecond, message);
    }

    /**
     * Measures both whole parts now, as the figures of the epoch that just ended, when the live figures
     * are a sample (when they are not, every live snapshot already measures the whole parts) and the
     * measurements so far took at most 1/{@value #EPOCH_END_SHARE} of the time since the first: when
     * epochs are short (a fast network on 70 000 rows ends 20 of them a second) some epoch ends go
     * unmeasured, so that the whole parts never cost training more than that share. The figures of an
     * epoch end measured are exact; only which epochs get measured depends on the clock.
     */
    public void measureEpochEnd() {
        if (!sampled) {
            return;
        }
        long now = System.nanoTime();
        if (epochEndSince != 0 && epochEndNanos * EPOCH_END_SHARE > now - epochEndSince) {
            return;
        }
        if (epochEndSince == 0) {
            epochEndSince = now;
        }
        epochEnd = new EpochEnd(epoch, step, evaluateTrain(), evaluateTest());
        epochEndNanos += System.nanoTime() - now;
    }

    /** The figures over both whole parts at the latest epoch end measured; {@link EpochEnd#NONE} before. */
    public EpochEnd epochEnd() {
        return epochEnd;
    }

    private Snapshot snapshot(Evaluation tr, Evaluation te, boolean sample, double samplesPerSecond, String message) {
        boolean diverged = !Double.isFinite(batchLoss) && step > 0 || !Double.isFinite(tr.loss());
        return new Snapshot(epoch, step, tr.loss(), te.loss(), tr.metric(), te.metric(), task, learningRate(),
                batchLoss, net.copyWeights(), diagnosticFigures(), samplesPerSecond, diverged, message, sample,
                epochEnd, Notice.text(message));
    }

    /**
     * Turns the per-layer diagnostics on while {@code wanted} says so (null for never); read once per
     * snapshot. While off, training does no extra work; see {@link StepDiagnostics}.
     */
    public void setDiagnostics(BooleanSupplier wanted) {
        diagnostics.setWanted(wanted);
    }

    /** The diagnostics for a snapshot: the next batch measured at rest when there is nothing newer. */
    private NetworkFigures diagnosticFigures() {
        return diagnostics.figures(net, step, this::measureAtRest);
    }

    private void measureAtRest() {
        int n = Math.min(batchSize, order.length - cursor);
        gather(trainX, order, cursor, n, batchX);
        gather(trainT, order, cursor, n, batchT);
        FMatrixRMaj out = net.forward(batchX, false, kernels);
        outGrad.reshape(out.numRows, out.numCols);
        loss.gradient(out, batchT, delta, outGrad);
        net.backward(outGrad, kernels);
        diagnostics.afterBackward(batchX, kernels, step);
    }

    /**
     * A sentence for a loss that became NaN or infinite: where it happened and a smaller learning rate
     * to try.
     */
    public String divergenceMessage() {
        double suggestion = niceBelow(learningRate() / 3);
        // a batch's loss is taken before its update; after the last one, the loss over the data tells
        double bad = Double.isFinite(batchLoss) ? evaluateTrain().loss() : batchLoss;
        return "The loss diverged at epoch " + epoch + " (it became " + (Double.isNaN(bad) ? "NaN" : "infinite")
                + "). Try a learning rate below " + format(suggestion) + ", a smaller network or scaled inputs.";
    }

    static double niceBelow(double x) {
        if (!(x > 0)) {
            return 0.001;
        }
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        double m = x / p;
        double nice = m >= 5 ? 5 : m >= 3 ? 3 : m >= 2 ? 2 : 1;
        return nice * p;
    }

    private static String format(double v) {
        return new java.math.BigDecimal(v).round(new java.math.MathContext(2)).stripTrailingZeros().toPlainString();
    }

    /** The learning rate in force: the base rate after the schedule for the current epoch. */
    public double learningRate() {
        return schedule.rate(baseRate, epoch);
    }

    /** Changes the base learning rate; the optimizer keeps its state. */
    public void setBaseRate(double rate) {
        if (!(rate > 0)) {
            throw new IllegalArgumentException("learning rate must be above 0, got " + rate);
        }
        this.baseRate = rate;
    }

    /** The base learning rate. */
    public double baseRate() {
        return baseRate;
    }

    /** Changes the weight penalty. */
    public void setRegularization(Regularization r) {
        this.regularization = r == null ? Regularization.NONE : r;
    }

    /** Changes the schedule. */
    public void setSchedule(Schedule s) {
        this.schedule = s;
    }

    /** Changes the batch size; the current epoch goes on from where it is. */
    public void setBatchSize(int b) {
        if (b < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + b);
        }
        this.batchSize = b;
    }

    /** Turns per-epoch shuffling on or off. */
    public void setShuffle(boolean s) {
        this.shuffle = s;
    }

    /** Samples per step. */
    public int batchSize() {
        return batchSize;
    }

    /** Epochs finished. */
    public int epoch() {
        return epoch;
    }

    /** Steps taken. */
    public long step() {
        return step;
    }

    /** The last batch's loss. */
    public double batchLoss() {
        return batchLoss;
    }

    /** The network (trained in place). */
    public Network network() {
        return net;
    }

    /** The optimizer, with its state. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** The loss. */
    public Loss loss() {
        return loss;
    }

    /** Huber's δ (the other losses ignore it). */
    public float delta() {
        return delta;
    }

    /** Rows in the training part. */
    public int trainSize() {
        return trainX.numRows;
    }

    /** The kernels in use. */
    public Kernels kernels() {
        return kernels;
    }

    /** Restores the step counters at the start of an epoch, as when a saved project resumes. */
    public void restoreProgress(int epochs, long steps) {
        restoreProgress(epochs, steps, 0);
    }

    /**
     * Restores the step counters, as when a saved project resumes: {@code row} is the next row of the
     * epoch's shuffled order. Each epoch's order comes from its own stream of the seed, so the next
     * batches are the ones the interrupted run would have taken, however long it ran.
     */
    public void restoreProgress(int epochs, long steps, int row) {
        if (epochs < 0 || steps < 0 || row < 0 || row >= order.length) {
            throw new IllegalArgumentException("cannot resume at epoch " + epochs + ", step " + steps + ", row " + row
                    + " of " + order.length);
        }
        this.epoch = epochs;
        this.step = steps;
        this.cursor = row;
        if (shuffle && row > 0) {
            shuffleFor(epochs); // the order the interrupted epoch was taking
        }
    }

    /** Puts the rows in epoch {@code e}'s shuffled order. */
    private void shuffleFor(int e) {
        new Rng(epochSeed(shuffleSeed, e)).permutation(order, order.length);
    }

    /**
     * The seed of epoch {@code e}'s shuffle: the session's seed and the epoch mixed (MurmurHash3's
     * finalizer), so that neighbouring epochs get unrelated streams.
     */
    static long epochSeed(long seed, int e) {
        long z = seed + (e + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
        z = (z ^ (z >>> 33)) * 0xC4CEB93FE1A85A6BL;
        return z ^ (z >>> 33);
    }

    /** The next row of the epoch's shuffled order to train on; 0 at an epoch's start. */
    public int row() {
        return cursor;
    }

    private static void gather(FMatrixRMaj src, int[] rows, int from, int n, FMatrixRMaj dst) {
        int c = src.numCols;
        dst.reshape(n, c);
        for (int i = 0; i < n; i++) {
            System.arraycopy(src.data, rows[from + i] * c, dst.data, i * c, c);
        }
    }

    /**
     * {@link #LIVE_ROWS} rows of {@code src} spread evenly over it (row {@code ⌊i·n/LIVE_ROWS⌋}), the
     * same for every session over the same data; {@code src} itself when it has no more rows.
     */
    private static FMatrixRMaj evenRows(FMatrixRMaj src) {
        int n = src.numRows;
        if (n <= LIVE_ROWS) {
            return src;
        }
        int c = src.numCols;
        FMatrixRMaj dst = new FMatrixRMaj(LIVE_ROWS, c);
        for (int i = 0; i < LIVE_ROWS; i++) {
            System.arraycopy(src.data, (int) ((long) i * n / LIVE_ROWS) * c, dst.data, i * c, c);
        }
        return dst;
    }

    private static void slice(FMatrixRMaj src, int from, int n, FMatrixRMaj dst) {
        int c = src.numCols;
        dst.reshape(n, c);
        System.arraycopy(src.data, from * c, dst.data, 0, n * c);
    }

    /** The index of the largest of {@code n} values from {@code from}. */
    public static int argmax(float[] d, int from, int n) {
        int best = 0;
        for (int j = 1; j < n; j++) {
            if (d[from + j] > d[from + best]) {
                best = j;
            }
        }
        return best;
    }
}
