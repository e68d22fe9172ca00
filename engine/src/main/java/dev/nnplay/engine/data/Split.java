package dev.nnplay.engine.data;

import dev.nnplay.engine.nn.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * A data set cut into a training and a test part, at random from a seed. For classification the cut
 * is stratified: each class goes to the test part in the same proportion, so a small test set still
 * holds every class.
 *
 * @param train     the training rows
 * @param test      the test rows (may be empty)
 * @param trainRows the indices into the whole set of the training rows, in their order
 * @param testRows  the indices of the test rows
 */
public record Split(Dataset train, Dataset test, int[] trainRows, int[] testRows) {

    /** Cuts {@code all}, sending about {@code testRatio} of the rows to the test part. */
    public static Split of(Dataset all, double testRatio, long seed) {
        if (!(testRatio >= 0 && testRatio < 1)) {
            throw new IllegalArgumentException("test ratio must be in [0, 1), got " + testRatio);
        }
        Rng rng = new Rng(seed);
        int n = all.size();
        List<List<Integer>> groups = new ArrayList<>();
        if (all.task() == Task.CLASSIFY) {
            for (int c = 0; c < Math.max(1, all.numClasses()); c++) {
                groups.add(new ArrayList<>());
            }
            for (int i = 0; i < n; i++) {
                groups.get((int) all.y().data[i]).add(i);
            }
        } else {
            List<Integer> g = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                g.add(i);
            }
            groups.add(g);
        }
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (List<Integer> g : groups) {
            int[] order = new int[g.size()];
            rng.permutation(order, g.size());
            int nTest = (int) Math.round(testRatio * g.size());
            if (nTest == g.size() && g.size() > 0 && testRatio > 0) {
                nTest = g.size() - 1;
            }
            for (int k = 0; k < g.size(); k++) {
                (k < nTest ? test : train).add(g.get(order[k]));
            }
        }
        int[] tr = shuffled(train, rng);
        int[] te = shuffled(test, rng);
        return new Split(all.rows(tr), all.rows(te), tr, te);
    }

    private static int[] shuffled(List<Integer> rows, Rng rng) {
        int[] order = new int[rows.size()];
        rng.permutation(order, rows.size());
        int[] out = new int[rows.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = rows.get(order[i]);
        }
        return out;
    }
}
