package dev.nnplay.app.ui.output;

/**
 * One evaluation of the network for the output view; exactly one of the three parts is set, by the
 * data's {@link OutputShape}.
 *
 * @param source the evaluator that made it, so a result for an older structure can be dropped
 * @param grid   the plane, every neuron (MAP)
 * @param curve  the fitted curve (CURVE)
 * @param table  predictions for the test rows (TABLE)
 */
public record Evaluation(OutputEvaluator source, GridResult grid, Curve curve, PredictionTable table) {
}
