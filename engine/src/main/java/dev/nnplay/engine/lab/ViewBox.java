package dev.nnplay.engine.lab;

/**
 * The rectangle of parameter space a map shows: {@code θ₁} from {@code xMin} to {@code xMax} across,
 * {@code θ₂} from {@code yMin} to {@code yMax} up.
 */
public record ViewBox(double xMin, double xMax, double yMin, double yMax) {

    public ViewBox {
        if (!(Double.isFinite(xMin) && Double.isFinite(xMax) && xMin < xMax)
                || !(Double.isFinite(yMin) && Double.isFinite(yMax) && yMin < yMax)) {
            throw new IllegalArgumentException("a view needs finite ranges with min < max, got θ₁ " + xMin + " to "
                    + xMax + ", θ₂ " + yMin + " to " + yMax);
        }
    }

    /** A box of half-widths {@code rx}, {@code ry} around {@code (cx, cy)}. */
    public static ViewBox around(double cx, double cy, double rx, double ry) {
        return new ViewBox(cx - rx, cx + rx, cy - ry, cy + ry);
    }

    /** Width across. */
    public double width() {
        return xMax - xMin;
    }

    /** Height up. */
    public double height() {
        return yMax - yMin;
    }

    /** Whether {@code (x, y)} lies inside or on the edge. */
    public boolean contains(double x, double y) {
        return x >= xMin && x <= xMax && y >= yMin && y <= yMax;
    }

    /** This box grown by {@code factor} times its own size on every side (0 is the box itself). */
    public ViewBox grown(double factor) {
        double dx = width() * factor;
        double dy = height() * factor;
        return new ViewBox(xMin - dx, xMax + dx, yMin - dy, yMax + dy);
    }

    /** The {@code i}-th of {@code n} evenly spaced values from {@code xMin} to {@code xMax}, both included. */
    public double x(int i, int n) {
        return n == 1 ? (xMin + xMax) / 2 : i == n - 1 ? xMax : xMin + width() * i / (n - 1);
    }

    /** The {@code j}-th of {@code n} evenly spaced values from {@code yMin} to {@code yMax}, both included. */
    public double y(int j, int n) {
        return n == 1 ? (yMin + yMax) / 2 : j == n - 1 ? yMax : yMin + height() * j / (n - 1);
    }
}
