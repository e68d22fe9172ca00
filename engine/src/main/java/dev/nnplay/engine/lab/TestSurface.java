package dev.nnplay.engine.lab;

import dev.nnplay.engine.Named;
import java.util.List;

/**
 * The classic test surfaces, each written down with its analytic gradient, each teaching one thing.
 * The parameters are plain numbers of the same kind, so the axes share one scale.
 */
public enum TestSurface implements Surface, Named {
    /**
     * A long narrow ravine, {@code J = ½(0.04·θ₁² + 4·θ₂²)}: curvatures 100 times apart. Plain gradient
     * descent must keep its rate below 2/4 for the steep direction and then crawls along the shallow
     * one; momentum and Adam do not.
     */
    RAVINE("ravine", ViewBox.around(0, 0, 10, 4), -9, 3, 0.45, 0.1, 0.3, 1) {
        @Override public double value(double x, double y) {
            return 0.5 * (0.04 * x * x + 4 * y * y);
        }
        @Override public double gradient(double x, double y, double[] g) {
            g[0] = 0.04 * x;
            g[1] = 4 * y;
            return value(x, y);
        }
    },
    /**
     * A saddle, {@code J = 2θ₁² + ½(θ₂² − 1)²}: at the origin the surface curves up along θ₁ and down
     * along θ₂, with minima at {@code (0, ±1)}. From near the ridge θ₂ = 0 gradient descent slides into
     * the saddle, lingers where the gradient almost vanishes, then escapes.
     */
    SADDLE("saddle", ViewBox.around(0, 0, 2, 1.6), 1.8, 0.001, 0.1, 0.03, 0.05, 0.3) {
        @Override public double value(double x, double y) {
            double q = y * y - 1;
            return 2 * x * x + 0.5 * q * q;
        }
        @Override public double gradient(double x, double y, double[] g) {
            g[0] = 4 * x;
            g[1] = 2 * y * (y * y - 1);
            return value(x, y);
        }
    },
    /**
     * Rosenbrock's valley, {@code J = (1 − θ₁)² + 100(θ₂ − θ₁²)²}: a curved, flat-bottomed valley with its
     * minimum at {@code (1, 1)}. Finding the valley is easy, following it is slow.
     */
    ROSENBROCK("rosenbrock", new ViewBox(-2, 2, -1, 3), -1.2, 1, 0.002, 0.0015, 0.1, 0.5) {
        @Override public double value(double x, double y) {
            double a = 1 - x;
            double b = y - x * x;
            return a * a + 100 * b * b;
        }
        @Override public double gradient(double x, double y, double[] g) {
            double b = y - x * x;
            g[0] = -2 * (1 - x) - 400 * x * b;
            g[1] = 200 * b;
            return value(x, y);
        }
    },
    /**
     * A plateau, {@code J = 1 − exp(−(θ₁² + θ₂²)/2)}: a bowl in the middle of a plain so flat that the
     * gradient nearly vanishes. Gradient descent, whose step is the gradient, crawls; Adam, whose step
     * is about the learning rate whatever the gradient's size, walks off.
     */
    PLATEAU("plateau", ViewBox.around(0, 0, 5, 5), 4, 3, 0.5, 0.5, 0.1, 0.3) {
        @Override public double value(double x, double y) {
            return 1 - Math.exp(-(x * x + y * y) / 2);
        }
        @Override public double gradient(double x, double y, double[] g) {
            double e = Math.exp(-(x * x + y * y) / 2);
            g[0] = x * e;
            g[1] = y * e;
            return 1 - e;
        }
    },
    /**
     * Several minima: Himmelblau's function, {@code J = (θ₁² + θ₂ − 11)² + (θ₁ + θ₂² − 7)²}, with four
     * minima of the same depth. Where a path starts decides where it ends.
     */
    MINIMA("minima", ViewBox.around(0, 0, 5, 5), -0.5, -0.5, 0.01, 0.003, 0.1, 0.3) {
        @Override public double value(double x, double y) {
            double a = x * x + y - 11;
            double b = x + y * y - 7;
            return a * a + b * b;
        }
        @Override public double gradient(double x, double y, double[] g) {
            double a = x * x + y - 11;
            double b = x + y * y - 7;
            g[0] = 4 * x * a + 2 * b;
            g[1] = 2 * a + 4 * y * b;
            return a * a + b * b;
        }
    };

    /** The name on the command line. */
    private final String id;
    /** The default view. */
    private final ViewBox view;
    /** The default start. */
    private final double startX;
    private final double startY;
    /** Suggested learning rates: plain gradient descent, momentum and Nesterov, RMSProp and Adam, AdaGrad. */
    private final double sgdRate;
    private final double momentumRate;
    private final double adaptiveRate;
    private final double adagradRate;

    TestSurface(String id, ViewBox view, double startX, double startY, double sgdRate, double momentumRate,
                double adaptiveRate, double adagradRate) {
        this.id = id;
        this.view = view;
        this.startX = startX;
        this.startY = startY;
        this.sgdRate = sgdRate;
        this.momentumRate = momentumRate;
        this.adaptiveRate = adaptiveRate;
        this.adagradRate = adagradRate;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String formula() {
        return switch (this) {
            case RAVINE -> "J = ½(0.04·θ₁² + 4·θ₂²)";
            case SADDLE -> "J = 2θ₁² + ½(θ₂² − 1)²";
            case ROSENBROCK -> "J = (1 − θ₁)² + 100(θ₂ − θ₁²)²";
            case PLATEAU -> "J = 1 − exp(−(θ₁² + θ₂²)/2)";
            case MINIMA -> "J = (θ₁² + θ₂ − 11)² + (θ₁ + θ₂² − 7)²";
        };
    }

    @Override
    public List<String> paramNames() {
        return List.of("θ₁", "θ₂");
    }

    @Override
    public ViewBox view() {
        return view;
    }

    @Override
    public boolean equalScales() {
        return true;
    }

    @Override
    public double[] defaultStart() {
        return new double[] {startX, startY};
    }

    @Override
    public double suggestedRate(String optimizer) {
        return switch (optimizer) {
            case "sgd" -> sgdRate;
            case "momentum", "nesterov" -> momentumRate;
            case "adagrad" -> adagradRate;
            default -> adaptiveRate;
        };
    }

    /** The surface named {@code id}, or an exception that lists the names. */
    public static TestSurface byId(String id) {
        return Named.byId(values(), id, "test surface");
    }
}
