package dev.nnplay.engine.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One point of the training curves saved with a project. A figure that does not exist (no test part,
 * a loss that diverged) is left out of the file and read back as {@code null}.
 *
 * @param epoch       epochs finished
 * @param step        mini-batch steps taken
 * @param trainLoss   mean loss over the training part
 * @param testLoss    mean loss over the test part
 * @param trainMetric accuracy (classification) or R² (regression) on the training part
 * @param testMetric  the same on the test part
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"epoch", "step", "trainLoss", "testLoss", "trainMetric", "testMetric"})
public record HistoryRow(int epoch, long step, Double trainLoss, Double testLoss, Double trainMetric,
                         Double testMetric) {

    public HistoryRow {
        if (epoch < 0 || step < 0) {
            throw new IllegalArgumentException("epoch and step must not be negative");
        }
        trainLoss = finiteOrNull(trainLoss);
        testLoss = finiteOrNull(testLoss);
        trainMetric = finiteOrNull(trainMetric);
        testMetric = finiteOrNull(testMetric);
    }

    /** A row from plain numbers, NaN or infinite meaning "none". */
    public static HistoryRow of(int epoch, long step, double trainLoss, double testLoss, double trainMetric,
                                double testMetric) {
        return new HistoryRow(epoch, step, trainLoss, testLoss, trainMetric, testMetric);
    }

    /** {@code v}, or NaN when it is missing: for charts, which skip NaN. */
    public static double orNaN(Double v) {
        return v == null ? Double.NaN : v;
    }

    private static Double finiteOrNull(Double v) {
        return v == null || !Double.isFinite(v) ? null : v;
    }
}
