package dev.nnplay.engine.optim;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;

/**
 * How the learning rate changes from epoch to epoch, as PyTorch's schedulers stepped once per epoch:
 * constant; step ({@code lr·γ^⌊e/stepSize⌋}, {@code StepLR}); exponential ({@code lr·γᵉ},
 * {@code ExponentialLR}); cosine ({@code η_min + (lr − η_min)(1 + cos(πe/T))/2},
 * {@code CosineAnnealingLR}). {@code e} counts finished epochs from 0.
 *
 * @param type     {@code constant}, {@code step}, {@code exponential} or {@code cosine}
 * @param stepSize epochs between drops (step; default 10)
 * @param gamma    the factor per drop or per epoch (step 0.1, exponential 0.95)
 * @param tMax     the cosine's half period in epochs (default 100)
 * @param etaMin   the cosine's lowest rate (default 0)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Schedule(String type, Integer stepSize, Double gamma, Integer tMax, Double etaMin) {

    /** Every kind, in menu order. */
    public static final List<String> TYPES = List.of("constant", "step", "exponential", "cosine");

    /** The learning rate never changes. */
    public static final Schedule CONSTANT = new Schedule("constant", null, null, null, null);

    public Schedule {
        type = type == null ? "constant" : type.toLowerCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("unknown schedule '" + type + "'; expected one of "
                    + String.join(", ", TYPES));
        }
        if (stepSize != null && stepSize < 1) {
            throw new IllegalArgumentException("stepSize must be at least 1, got " + stepSize);
        }
        if (tMax != null && tMax < 1) {
            throw new IllegalArgumentException("tMax must be at least 1, got " + tMax);
        }
        if (gamma != null && !(gamma > 0 && gamma <= 1)) {
            throw new IllegalArgumentException("gamma must be in (0, 1], got " + gamma);
        }
        if (etaMin != null && !(etaMin >= 0)) {
            throw new IllegalArgumentException("etaMin must not be negative, got " + etaMin);
        }
    }

    /** The rate during epoch {@code epoch} (0-based) when the base rate is {@code base}. */
    public double rate(double base, int epoch) {
        return switch (type) {
            case "constant" -> base;
            case "step" -> base * Math.pow(gamma != null ? gamma : 0.1, epoch / (stepSize != null ? stepSize : 10));
            case "exponential" -> base * Math.pow(gamma != null ? gamma : 0.95, epoch);
            case "cosine" -> {
                double lo = etaMin != null ? etaMin : 0;
                int t = tMax != null ? tMax : 100;
                yield lo + (base - lo) * (1 + Math.cos(Math.PI * epoch / t)) / 2;
            }
            default -> throw new AssertionError(type);
        };
    }
}
