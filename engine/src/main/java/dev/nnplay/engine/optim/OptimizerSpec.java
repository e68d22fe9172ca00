package dev.nnplay.engine.optim;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;

/**
 * The optimizer as the user sets it: its kind, learning rate and the settings that kind has. A null
 * setting takes PyTorch's default for that optimizer.
 *
 * @param type         {@code sgd}, {@code momentum}, {@code nesterov}, {@code adagrad}, {@code rmsprop},
 *                     {@code adam} or {@code adamw}
 * @param learningRate the base learning rate, above 0
 * @param momentum     momentum factor (momentum, nesterov: 0.9; rmsprop: 0)
 * @param beta1        Adam's β₁ (0.9)
 * @param beta2        Adam's β₂ (0.999)
 * @param eps          the denominator's ε (1e-8; AdaGrad 1e-10)
 * @param alpha        RMSProp's smoothing constant (0.99)
 * @param weightDecay  AdamW's decoupled weight decay (0.01)
 * @param lrDecay      AdaGrad's learning-rate decay (0)
 * @param centered     RMSProp's centred variant (false)
 * @param spareBiases  leave the biases out of weight decay, AdamW's and the L1/L2 penalty's (null or false:
 *                     every parameter is decayed, as {@code torch.optim.AdamW(model.parameters(), ...)}
 *                     and SGD's {@code weight_decay} do; true: as PyTorch with the biases in a parameter
 *                     group of {@code weight_decay=0})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OptimizerSpec(String type, double learningRate, Double momentum, Double beta1, Double beta2,
                            Double eps, Double alpha, Double weightDecay, Double lrDecay, Boolean centered,
                            Boolean spareBiases) {

    /** Every optimizer kind, in the order a menu lists them. */
    public static final List<String> TYPES =
            List.of("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw");

    public OptimizerSpec {
        type = type == null ? "sgd" : type.toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown optimizer '" + type + "'; expected one of "
                    + String.join(", ", TYPES));
        }
        if (!(learningRate > 0 && learningRate <= 100)) {
            throw new IllegalArgumentException("learning rate must be above 0 and at most 100, got " + learningRate);
        }
        check("momentum", momentum, 0, 1, true);
        check("beta1", beta1, 0, 1, false);
        check("beta2", beta2, 0, 1, false);
        check("eps", eps, 0, 1, true);
        check("alpha", alpha, 0, 1, true);
        check("weightDecay", weightDecay, 0, 1, true);
        check("lrDecay", lrDecay, 0, 1, true);
    }

    private static void check(String name, Double v, double lo, double hi, boolean hiInclusive) {
        if (v != null && !(v >= lo && (hiInclusive ? v <= hi : v < hi))) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + (hiInclusive ? "]" : ")")
                    + ", got " + v);
        }
    }

    /** The settings without {@code spareBiases} (every parameter decayed). */
    public OptimizerSpec(String type, double learningRate, Double momentum, Double beta1, Double beta2, Double eps,
                         Double alpha, Double weightDecay, Double lrDecay, Boolean centered) {
        this(type, learningRate, momentum, beta1, beta2, eps, alpha, weightDecay, lrDecay, centered, null);
    }

    /** Whether weight decay (AdamW's, the penalties') leaves the biases alone. */
    public boolean sparesBiases() {
        return spareBiases != null && spareBiases;
    }

    /** This spec with biases spared from weight decay, or not (null when not, so files stay as they were). */
    public OptimizerSpec withSpareBiases(boolean spare) {
        return new OptimizerSpec(type, learningRate, momentum, beta1, beta2, eps, alpha, weightDecay, lrDecay, centered,
                spare ? Boolean.TRUE : null);
    }

    /** The optimizer of {@code type} with every setting at its default. */
    public static OptimizerSpec of(String type, double learningRate) {
        return new OptimizerSpec(type, learningRate, null, null, null, null, null, null, null, null);
    }

    /** This spec with another learning rate. */
    public OptimizerSpec withLearningRate(double lr) {
        return new OptimizerSpec(type, lr, momentum, beta1, beta2, eps, alpha, weightDecay, lrDecay, centered,
                spareBiases);
    }

    /** This spec with another kind, keeping the learning rate and spareBiases, dropping kind-specific settings. */
    public OptimizerSpec withType(String t) {
        return of(t, learningRate).withSpareBiases(sparesBiases());
    }

    /** A fresh optimizer with these settings. */
    public Optimizer build() {
        return switch (type) {
            case "sgd" -> new Sgd(0f, 0f, false);
            case "momentum" -> new Sgd(f(momentum, 0.9), 0f, false);
            case "nesterov" -> new Sgd(f(momentum, 0.9), 0f, true);
            case "adagrad" -> new AdaGrad(f(lrDecay, 0), f(eps, 1e-10), 0f);
            case "rmsprop" -> new RmsProp(d(alpha, 0.99), d(eps, 1e-8), d(momentum, 0),
                    centered != null && centered);
            case "adam" -> new Adam(d(beta1, 0.9), d(beta2, 0.999), d(eps, 1e-8), 0, false, false);
            case "adamw" -> new Adam(d(beta1, 0.9), d(beta2, 0.999), d(eps, 1e-8), d(weightDecay, 0.01), true,
                    sparesBiases());
            default -> throw new AssertionError(type);
        };
    }

    /** The setting in double: RMSProp and Adam derive {@code 1 − α}, {@code 1 − β} from it as PyTorch does. */
    private static double d(Double v, double dflt) {
        return v != null ? v : dflt;
    }

    private static float f(Double v, double dflt) {
        return (float) (v != null ? v : dflt);
    }
}
