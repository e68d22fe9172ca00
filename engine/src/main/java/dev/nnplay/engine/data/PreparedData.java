package dev.nnplay.engine.data;

/**
 * A data set ready to train on: the raw rows, how they were cut, the fitted input transform, and the
 * two parts with the transform applied.
 *
 * @param raw       every row, untransformed
 * @param split     the cut into training and test rows (raw)
 * @param transform features and scaling, fitted on the training rows
 * @param train     the training rows as the network sees them
 * @param test      the test rows as the network sees them
 */
public record PreparedData(Dataset raw, Split split, InputTransform transform, Dataset train, Dataset test) {

    /** Cuts {@code raw}, fits the transform on the training part and applies it to both parts. */
    public static PreparedData of(Dataset raw, double testRatio, long seed, java.util.List<String> features,
                                  String scaling) {
        Split split = Split.of(raw, testRatio, seed);
        InputTransform t = InputTransform.fit(split.train().x(), features, scaling);
        return of(raw, split, t);
    }

    /** Applies an already fitted transform, as when a project records one. */
    public static PreparedData of(Dataset raw, Split split, InputTransform t) {
        java.util.List<String> names = t.outputNames(raw.inputNames());
        Dataset train = split.train().withInputs(t.apply(split.train().x()), names);
        Dataset test = split.test().withInputs(t.apply(split.test().x()), names);
        return new PreparedData(raw, split, t, train, test);
    }
}
