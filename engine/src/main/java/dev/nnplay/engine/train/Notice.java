package dev.nnplay.engine.train;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;

/**
 * Why training stopped by itself, as a kind and its figures, so that a window can put it into words in
 * its own language; {@link #english()} is the sentence the command line and the log show.
 *
 * @param kind    what happened
 * @param args    the figures the sentence needs, as text, in the order the kind documents
 * @param english the sentence in English
 */
public record Notice(Kind kind, List<String> args, String english) {

    /** What happened. */
    public enum Kind {
        /** Nothing to say. */
        NONE,
        /** The loss became NaN or infinite: args are the epoch, {@code NaN} or {@code infinite}, a rate to try. */
        DIVERGED,
        /** The epoch limit was reached: args are the limit. */
        EPOCH_LIMIT,
        /** A step failed: args are the reason (in English, from the exception). */
        FAILED,
        /** A sentence with no kind of its own: args are empty and only {@link #english()} says it. */
        TEXT
    }

    /** Nothing to say. */
    public static final Notice NONE = new Notice(Kind.NONE, List.of(), "");

    public Notice {
        args = List.copyOf(args);
    }

    /** The loss became NaN ({@code nan}) or infinite at {@code epoch}; a rate below {@code suggestion} may help. */
    public static Notice diverged(int epoch, boolean nan, double suggestion, String english) {
        return new Notice(Kind.DIVERGED, List.of(Integer.toString(epoch), nan ? "NaN" : "infinite", plain(suggestion)),
                english);
    }

    /** Training stopped at the epoch limit {@code limit}. */
    public static Notice epochLimit(int limit, String english) {
        return new Notice(Kind.EPOCH_LIMIT, List.of(Integer.toString(limit)), english);
    }

    /** A step failed because of {@code reason}. */
    public static Notice failed(String reason, String english) {
        return new Notice(Kind.FAILED, List.of(reason == null ? "" : reason), english);
    }

    /** A sentence that has no kind (or none at all when {@code english} is empty). */
    public static Notice text(String english) {
        return english == null || english.isEmpty() ? NONE : new Notice(Kind.TEXT, List.of(), english);
    }

    /** {@code v} with two significant digits, without an exponent. */
    static String plain(double v) {
        return new BigDecimal(v).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
