package dev.nnplay.engine.data;

/**
 * What counts as a number in a CSV cell: an optional sign, digits with at most one decimal point,
 * and an optional exponent, such as {@code -1.5e3}; finite as a float. Stricter than
 * {@link Float#parseFloat}, which would also take {@code NaN}, {@code 0x1p3} and {@code 2f}.
 */
public final class CsvNumbers {

    private CsvNumbers() {
    }

    /** Whether {@code s} is written as a decimal number. */
    public static boolean isNumber(String s) {
        int n = s.length();
        int i = 0;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            for (; i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    /** The value of {@code s}, or NaN when it is not a number or does not fit a float. */
    public static float parse(String s) {
        if (!isNumber(s)) {
            return Float.NaN;
        }
        float v = Float.parseFloat(s);
        return Float.isFinite(v) ? v : Float.NaN;
    }

    /** Why {@code s} is not a number, for a message. */
    public static String problem(String s) {
        if (s.isEmpty()) {
            return "missing value";
        }
        String shown = FileChecks.clip(s);
        return isNumber(s) ? "'" + shown + "' is too large for a float" : "'" + shown + "' is not a number";
    }
}
