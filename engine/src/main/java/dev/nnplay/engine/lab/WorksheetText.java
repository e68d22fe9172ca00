package dev.nnplay.engine.lab;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link Worksheet} as plain text for a monospace font: the batch as a table, the loss and the
 * gradients with their formulas, the update rule, and one block per parameter with its state before
 * and after, Δθ and θ′. Labels in English or Simplified Chinese, or from the caller's resource bundle
 * under the keys of {@link #ENGLISH}.
 */
public final class WorksheetText {

    /** The English labels, by key. */
    public static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("lab.sheet.title", "One update in numbers"),
            Map.entry("lab.sheet.step", "step"),
            Map.entry("lab.sheet.rate", "learning rate"),
            Map.entry("lab.sheet.batch", "Batch"),
            Map.entry("lab.sheet.loss", "Loss"),
            Map.entry("lab.sheet.gradient", "Gradient"),
            Map.entry("lab.sheet.rule", "Update rule"),
            Map.entry("lab.sheet.settings", "Settings"),
            Map.entry("lab.sheet.before", "before"),
            Map.entry("lab.sheet.after", "after"),
            Map.entry("lab.sheet.taken", "step taken"),
            Map.entry("lab.sheet.batchHidden", "the batch is too large to list"));

    /** The Simplified Chinese labels, by key. */
    public static final Map<String, String> CHINESE = Map.ofEntries(
            Map.entry("lab.sheet.title", "一次更新的数字"),
            Map.entry("lab.sheet.step", "第几步"),
            Map.entry("lab.sheet.rate", "学习率"),
            Map.entry("lab.sheet.batch", "批次"),
            Map.entry("lab.sheet.loss", "损失"),
            Map.entry("lab.sheet.gradient", "梯度"),
            Map.entry("lab.sheet.rule", "更新规则"),
            Map.entry("lab.sheet.settings", "设置"),
            Map.entry("lab.sheet.before", "更新前"),
            Map.entry("lab.sheet.after", "更新后"),
            Map.entry("lab.sheet.taken", "实际步长"),
            Map.entry("lab.sheet.batchHidden", "批次太大，不逐行列出"));

    private WorksheetText() {
    }

    /** The text with the labels of {@code locale}: Chinese for {@code zh}, English otherwise. */
    public static String render(Worksheet w, Locale locale) {
        Map<String, String> labels = "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
        return render(w, labels::get);
    }

    /** The text with labels from {@code label}, which maps each key of {@link #ENGLISH} to its text. */
    public static String render(Worksheet w, Function<String, String> label) {
        StringBuilder sb = new StringBuilder();
        sb.append(label.apply("lab.sheet.title")).append(" · ").append(w.optimizer()).append(" · ")
                .append(label.apply("lab.sheet.step")).append(" t = ").append(w.step()).append('\n');
        sb.append(label.apply("lab.sheet.rate")).append("  η = ").append(num(w.learningRate())).append("\n\n");
        Worksheet.Batch b = w.batch();
        boolean line = b != null && w.entries().size() == 2 && w.entries().get(0).name().equals("w")
                && w.entries().get(1).name().equals("b");
        if (b != null) {
            sb.append(label.apply("lab.sheet.batch")).append(" (N = ").append(b.size()).append(")\n");
            sb.append(String.format(Locale.ROOT, "  %3s %10s %10s %10s %10s%n", "i", "xᵢ", "yᵢ", "ŷᵢ", "ŷᵢ − yᵢ"));
            for (int i = 0; i < b.size(); i++) {
                sb.append(String.format(Locale.ROOT, "  %3d %10s %10s %10s %10s%n", i + 1, num(b.x()[i]),
                        num(b.y()[i]), num(b.yHat()[i]), num((double) b.yHat()[i] - b.y()[i])));
            }
            sb.append('\n');
        }
        sb.append(label.apply("lab.sheet.loss")).append("  J").append(line ? " = (1/N)·Σ(ŷᵢ − yᵢ)²" : "")
                .append(" = ").append(num(w.loss())).append("\n\n");
        sb.append(label.apply("lab.sheet.gradient")).append('\n');
        for (int i = 0; i < w.entries().size(); i++) {
            Worksheet.Entry e = w.entries().get(i);
            String formula = !line ? "" : i == 0 ? " = (2/N)·Σ(ŷᵢ − yᵢ)·xᵢ" : " = (2/N)·Σ(ŷᵢ − yᵢ)";
            sb.append("  ∂J/∂").append(e.name()).append(formula).append(" = ").append(num(e.grad())).append('\n');
        }
        sb.append('\n').append(label.apply("lab.sheet.rule")).append("  (g = ∂J/∂θ)\n");
        for (String r : rule(w.optimizer(), w.stateNames())) {
            sb.append("  ").append(r).append('\n');
        }
        if (!w.constants().isEmpty()) {
            sb.append(label.apply("lab.sheet.settings")).append(' ');
            for (Worksheet.Constant c : w.constants()) {
                sb.append("  ").append(c.name()).append(" = ").append(num(c.value()));
            }
            sb.append('\n');
        }
        for (Worksheet.Entry e : w.entries()) {
            sb.append('\n').append(e.name()).append('\n');
            sb.append("  θ = ").append(num(e.theta())).append("    g = ").append(num(e.grad())).append('\n');
            for (int s = 0; s < w.stateNames().size(); s++) {
                sb.append("  ").append(w.stateNames().get(s)).append(": ").append(label.apply("lab.sheet.before"))
                        .append(' ').append(num(e.before()[s])).append("  →  ").append(label.apply("lab.sheet.after"))
                        .append(' ').append(num(e.after()[s])).append('\n');
            }
            if (!w.derivedNames().isEmpty()) {
                sb.append(' ');
                for (int d = 0; d < w.derivedNames().size(); d++) {
                    sb.append(' ').append(w.derivedNames().get(d)).append(" = ").append(num(e.derived()[d]))
                            .append(d + 1 < w.derivedNames().size() ? "   " : "");
                }
                sb.append('\n');
            }
            sb.append("  Δθ = θ′ − θ = ").append(num(e.delta())).append("  (").append(label.apply("lab.sheet.taken"))
                    .append(")    θ′ = ").append(num(e.thetaNew())).append('\n');
        }
        return sb.toString();
    }

    /** The update rule of {@code optimizer}, one equation a line, in the engine's (PyTorch's) form. */
    static String[] rule(String optimizer, java.util.List<String> state) {
        return switch (optimizer) {
            case "sgd" -> new String[] {"θ′ = θ − η·g"};
            case "momentum" -> new String[] {"v′ = μ·v + g   (v′ = g at t = 1)", "θ′ = θ − η·v′"};
            case "nesterov" -> new String[] {"v′ = μ·v + g   (v′ = g at t = 1)", "θ′ = θ − η·(g + μ·v′)"};
            case "adagrad" -> new String[] {"G′ = G + g²", "θ′ = θ − η·g/(√G′ + ε)"};
            case "rmsprop" -> state.contains("b")
                    ? new String[] {"s′ = α·s + (1 − α)·g²", "b′ = μ·b + g/(√s′ + ε)", "θ′ = θ − η·b′"}
                    : new String[] {"s′ = α·s + (1 − α)·g²", "θ′ = θ − η·g/(√s′ + ε)"};
            case "adam", "adamw" -> {
                String[] r = {"m′ = β₁·m + (1 − β₁)·g", "s′ = β₂·s + (1 − β₂)·g²",
                    "m̂ = m′/(1 − β₁ᵗ)   ŝ = s′/(1 − β₂ᵗ)", "θ′ = θ − η·m̂/(√ŝ + ε)"};
                if (optimizer.equals("adamw")) {
                    r[3] = "θ′ = θ·(1 − η·λ) − η·m̂/(√ŝ + ε)   (λ: every parameter unless biases are spared)";
                }
                yield r;
            }
            default -> new String[] {"θ′ = θ + Δθ"};
        };
    }

    /** A number with up to six significant digits, plainly written between 10⁻⁴ and 10⁶. */
    static String num(double v) {
        if (v == 0) {
            return "0";
        }
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        BigDecimal d = new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros();
        double a = Math.abs(v);
        if (a >= 1e-4 && a < 1e6) {
            return d.toPlainString();
        }
        return String.format(Locale.ROOT, "%.5e", v).replaceAll("\\.?0+e", "e");
    }
}
