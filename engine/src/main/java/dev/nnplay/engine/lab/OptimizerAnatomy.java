package dev.nnplay.engine.lab;

import dev.nnplay.engine.optim.AdaGrad;
import dev.nnplay.engine.optim.Adam;
import dev.nnplay.engine.optim.Optimizer;
import dev.nnplay.engine.optim.RmsProp;
import dev.nnplay.engine.optim.Sgd;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an engine optimizer's state buffers as the quantities a textbook names: the momentum
 * buffer v; Adam's moments m and s with their bias corrections m̂ and ŝ; the accumulated squares G of
 * AdaGrad and s of RMSProp; and each method's per-axis denominator. The settings come from the
 * optimizer object itself, so they are the ones its update used.
 */
public final class OptimizerAnatomy {
    /** The optimizer read. */
    private final Optimizer opt;
    /** The names of the buffers shown, and which buffer each is. */
    private final List<String> stateNames = new ArrayList<>();
    private final List<Integer> buffers = new ArrayList<>();
    /** The names of the derived quantities. */
    private final List<String> derivedNames = new ArrayList<>();

    public OptimizerAnatomy(Optimizer opt) {
        this.opt = opt;
        if (opt instanceof Sgd s && s.momentum() > 0) {
            add("v", 0);
        } else if (opt instanceof AdaGrad) {
            add("G", 0);
            derivedNames.add("√G+ε");
        } else if (opt instanceof RmsProp r) {
            add("s", 0);
            if (r.centered()) {
                add("m", 1);
            }
            if (r.momentum() > 0) {
                add("b", 2);
            }
            derivedNames.add(r.centered() ? "√(s−m²)+ε" : "√s+ε");
        } else if (opt instanceof Adam) {
            add("m", 0);
            add("s", 1);
            derivedNames.addAll(List.of("m̂", "ŝ", "√ŝ+ε"));
        }
    }

    private void add(String name, int buffer) {
        stateNames.add(name);
        buffers.add(buffer);
    }

    /** The names of the state entries, in the order {@link #state} gives them. */
    public List<String> stateNames() {
        return List.copyOf(stateNames);
    }

    /** The names of the derived entries, in the order {@link #derived} gives them. */
    public List<String> derivedNames() {
        return List.copyOf(derivedNames);
    }

    /**
     * The state entries of element {@code element} from one parameter's buffers (as
     * {@link Optimizer#copyState()} gives them); zeros when the optimizer has not stepped yet
     * ({@code buffers} null or empty).
     */
    public double[] state(float[][] paramBuffers, int element) {
        double[] out = new double[buffers.size()];
        for (int i = 0; i < out.length; i++) {
            int b = buffers.get(i);
            out[i] = paramBuffers == null || paramBuffers.length <= b ? 0 : paramBuffers[b][element];
        }
        return out;
    }

    /** The derived entries after update {@code t}, from the state entries after it. */
    public double[] derived(double[] state, long t) {
        if (opt instanceof AdaGrad a) {
            return new double[] {Math.sqrt(state[0]) + a.eps()};
        }
        if (opt instanceof RmsProp r) {
            double v = state[0];
            double m = r.centered() ? state[1] : 0;
            return new double[] {Math.sqrt(v - m * m) + r.eps()};
        }
        if (opt instanceof Adam a) {
            double mHat = state[0] / (1 - Math.pow(a.beta1(), t));
            double sHat = state[1] / (1 - Math.pow(a.beta2(), t));
            return new double[] {mHat, sHat, Math.sqrt(sHat) + a.eps()};
        }
        return new double[0];
    }

    /** The settings and this update's factors, by name. */
    public List<Worksheet.Constant> constants(long t) {
        List<Worksheet.Constant> c = new ArrayList<>();
        if (opt instanceof Sgd s && s.momentum() > 0) {
            c.add(new Worksheet.Constant("μ", s.momentum()));
        } else if (opt instanceof AdaGrad a) {
            c.add(new Worksheet.Constant("ε", a.eps()));
        } else if (opt instanceof RmsProp r) {
            c.add(new Worksheet.Constant("ε", r.eps()));
            if (r.momentum() > 0) {
                c.add(new Worksheet.Constant("μ", r.momentum()));
            }
        } else if (opt instanceof Adam a) {
            c.add(new Worksheet.Constant("β₁", a.beta1()));
            c.add(new Worksheet.Constant("β₂", a.beta2()));
            c.add(new Worksheet.Constant("ε", a.eps()));
            c.add(new Worksheet.Constant("1−β₁ᵗ", 1 - Math.pow(a.beta1(), t)));
            c.add(new Worksheet.Constant("1−β₂ᵗ", 1 - Math.pow(a.beta2(), t)));
        }
        return c;
    }

    /** The learning rate update {@code t} uses for base rate {@code lr}: AdaGrad decays it, the others do not. */
    public double rate(double lr, long t) {
        if (opt instanceof AdaGrad a) {
            return lr / (1.0 + (t - 1) * (double) a.lrDecay());
        }
        return lr;
    }

    /**
     * What carries the point besides the gradient, from the state after an update: the momentum
     * buffer (SGD with momentum or Nesterov, RMSProp with momentum), Adam's bias-corrected first moment
     * m̂; NaN for methods without one.
     */
    public double velocity(double[] state, double[] derived) {
        if (opt instanceof Sgd s && s.momentum() > 0) {
            return state[0];
        }
        if (opt instanceof RmsProp r && r.momentum() > 0) {
            return state[stateNames.indexOf("b")];
        }
        if (opt instanceof Adam) {
            return derived[0];
        }
        return Double.NaN;
    }

    /** The per-axis denominator the step divides by (AdaGrad, RMSProp, Adam); NaN for the others. */
    public double scale(double[] derived) {
        return derived.length == 0 ? Double.NaN : derived[derived.length - 1];
    }
}
