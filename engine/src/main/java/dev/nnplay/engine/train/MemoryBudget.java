package dev.nnplay.engine.train;

import dev.nnplay.engine.data.Heap;
import dev.nnplay.engine.nn.LayerSpec;
import dev.nnplay.engine.nn.NetworkSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What training a network needs in memory, estimated from the settings before anything large is
 * allocated, and checked against the heap ({@link Heap#limit()}): the parameters with their gradients
 * and the copies that snapshots and saving take, the optimizer's state, the activations of one batch
 * (and of one evaluation chunk) forward and backward, and the data with the copies preparing it makes.
 * Over the limit, {@link #check} refuses with one sentence that gives the figures and what to change;
 * the command line then exits with status 2 and the window shows it, before anything was started.
 *
 * @param parameters  the network's weights and biases, counted once
 * @param paramBytes  the parameters, their gradients and two copies (a snapshot, a save)
 * @param stateBytes  the optimizer's buffers
 * @param activationBytes a batch's (or an evaluation chunk's) values and gradients through every layer
 * @param dataBytes   the prepared rows, their targets and labels
 * @param optimizer   the optimizer's kind, for the sentence
 * @param buffers     the optimizer's buffers per parameter
 */
public record MemoryBudget(long parameters, long paramBytes, long stateBytes, long activationBytes, long dataBytes,
                           String optimizer, int buffers) {

    /** Rows evaluated at once (as {@link TrainingSession} does). */
    static final int EVAL_CHUNK = 2048;
    /** Copies of the parameters alive at once: values, gradients, a snapshot's copy, a save's copy. */
    private static final int PARAM_COPIES = 4;
    /** Floats per unit and row in a batch: a dense output, an activation output and both gradients. */
    private static final int ACTIVATION_COPIES = 4;
    /** Floats per data value alive at once: the data as read, prepared, and split into parts. */
    private static final int DATA_COPIES = 3;

    /** The estimate for {@code net} between {@code inputs} and {@code outputs}, trained as {@code t} on so many rows. */
    public static MemoryBudget estimate(int inputs, int outputs, NetworkSpec net, TrainingSpec t, long trainRows,
                                        long testRows) {
        long params = 0;
        long units = inputs;
        int width = inputs;
        for (LayerSpec s : net.hidden()) {
            params += ((long) width + 1) * s.units();
            units += s.units();
            width = s.units();
        }
        params += ((long) width + 1) * outputs;
        units += outputs;
        int buffers = t.optimizer().build().stateBuffers();
        long rows = Math.max(Math.min(t.batchSize(), trainRows), Math.min(EVAL_CHUNK, Math.max(trainRows, testRows)));
        long data = (trainRows + testRows) * ((long) inputs + outputs + 1) * Float.BYTES * DATA_COPIES;
        return new MemoryBudget(params, params * Float.BYTES * PARAM_COPIES, params * Float.BYTES * buffers,
                rows * units * Float.BYTES * ACTIVATION_COPIES, data, t.optimizer().type(), buffers);
    }

    /** Everything together, in bytes. */
    public long total() {
        return sat(sat(paramBytes, stateBytes), sat(activationBytes, dataBytes));
    }

    /** Whether it fits in {@code heap} bytes. */
    public boolean fits(long heap) {
        return total() <= heap;
    }

    /** Refuses, with {@link #refusal}'s sentence, when it does not fit in {@link Heap#limit()}. */
    public MemoryBudget check() {
        return check(Heap.max(), Heap.limit());
    }

    /**
     * Refuses when the estimate is over {@code limit}; {@code max} is the heap the sentence names.
     *
     * @throws TooLarge with the sentence
     */
    public MemoryBudget check(long max, long limit) {
        if (!fits(limit)) {
            throw new TooLarge(refusal(max));
        }
        return this;
    }

    /**
     * One sentence: the total, the parts that matter, the heap and what to change, such as "Training
     * this network needs about 14.6 GB of memory (7.8 GB for its 520.5 M parameters with their gradients
     * and copies, 3.9 GB for adam's state); the program may use 5.9 GB: use fewer or smaller layers, or
     * start the program with a larger -Xmx."
     */
    public String refusal(long heap) {
        long biggest = Math.max(Math.max(paramBytes, stateBytes), Math.max(activationBytes, dataBytes));
        String change;
        if (biggest == dataBytes) {
            change = "use fewer rows or columns";
        } else if (biggest == activationBytes) {
            change = "use a smaller batch or fewer units";
        } else if (biggest == stateBytes) {
            change = "use fewer units or an optimizer with less state (sgd keeps none)";
        } else {
            change = "use fewer or smaller layers";
        }
        // the parts that matter (a tenth of the total or more), largest first
        record Part(long bytes, String what) {
        }
        List<Part> parts = new ArrayList<>(List.of(
                new Part(paramBytes, "for its " + count(parameters) + " parameters with their gradients and copies"),
                new Part(stateBytes, "for " + optimizer + "'s state"),
                new Part(activationBytes, "for one batch's values through the layers"),
                new Part(dataBytes, "for the data")));
        parts.removeIf(x -> x.bytes() == 0 || x.bytes() * 10 < total());
        parts.sort((x, y) -> Long.compare(y.bytes(), x.bytes()));
        StringBuilder why = new StringBuilder();
        for (Part x : parts) {
            why.append(why.length() == 0 ? "" : ", ").append(Heap.format(x.bytes())).append(' ').append(x.what());
        }
        return "Training this network needs about " + Heap.format(total()) + " of memory (" + why
                + "); the program may use " + Heap.format(heap) + ": " + change
                + ", or start the program with a larger -Xmx.";
    }

    /** {@code n} in words: 900, 12 k, 33.6 M, 2.1 G. */
    static String count(long n) {
        if (n < 10_000) {
            return Long.toString(n);
        }
        if (n < 1_000_000) {
            return String.format(Locale.ROOT, "%.0f k", n / 1e3);
        }
        if (n < 1_000_000_000) {
            return String.format(Locale.ROOT, "%.1f M", n / 1e6);
        }
        return String.format(Locale.ROOT, "%.1f G", n / 1e9);
    }

    private static long sat(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    /** A network, batch or data set that does not fit in memory; the message is the sentence to show. */
    public static final class TooLarge extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        TooLarge(String message) {
            super(message);
        }
    }
}
