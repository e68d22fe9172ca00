package dev.nnplay.engine.optim;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nnplay.engine.nn.Param;
import java.util.List;
import java.util.Locale;

/**
 * A penalty on the parameters added to the loss: L1 {@code λΣ|w|}, gradient {@code λ·sign(w)}; L2
 * {@code (λ/2)Σw²}, gradient {@code λw}, which is what PyTorch's {@code weight_decay=λ} adds for SGD.
 * Like {@code weight_decay} over {@code model.parameters()}, it covers every parameter, biases
 * included, unless the optimizer's settings spare the biases ({@code OptimizerSpec.spareBiases}). The
 * reported loss is the data loss alone, without the penalty, so that it compares across settings.
 *
 * @param type {@code none}, {@code l1} or {@code l2}
 * @param rate λ, at least 0
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Regularization(String type, double rate) {

    /** Every kind, in menu order. */
    public static final List<String> TYPES = List.of("none", "l1", "l2");

    /** No penalty. */
    public static final Regularization NONE = new Regularization("none", 0);

    public Regularization {
        type = type == null ? "none" : type.toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown regularization '" + type + "'; expected none, l1 or l2");
        }
        if (!(rate >= 0 && rate <= 10)) {
            throw new IllegalArgumentException("regularization rate must be in [0, 10], got " + rate);
        }
    }

    /** Adds the penalty's gradient to every parameter's gradient, biases included. */
    public void addGradient(List<Param> params) {
        addGradient(params, false);
    }

    /** Adds the penalty's gradient to every parameter's gradient; to the weights only if {@code spareBiases}. */
    public void addGradient(List<Param> params, boolean spareBiases) {
        if (type.equals("none") || rate == 0) {
            return;
        }
        float lambda = (float) rate;
        boolean l1 = type.equals("l1");
        for (Param p : params) {
            if (!p.regularized() && spareBiases) {
                continue;
            }
            float[] w = p.value().data;
            float[] g = p.grad().data;
            for (int i = 0, n = p.size(); i < n; i++) {
                g[i] += l1 ? lambda * Math.signum(w[i]) : lambda * w[i];
            }
        }
    }

    /** The penalty's value for the current parameters, biases included. */
    public double penalty(List<Param> params) {
        return penalty(params, false);
    }

    /** The penalty's value for the current parameters; over the weights only if {@code spareBiases}. */
    public double penalty(List<Param> params, boolean spareBiases) {
        if (type.equals("none") || rate == 0) {
            return 0;
        }
        double s = 0;
        for (Param p : params) {
            if (!p.regularized() && spareBiases) {
                continue;
            }
            float[] w = p.value().data;
            for (int i = 0, n = p.size(); i < n; i++) {
                s += type.equals("l1") ? Math.abs(w[i]) : 0.5 * w[i] * w[i];
            }
        }
        return rate * s;
    }
}
