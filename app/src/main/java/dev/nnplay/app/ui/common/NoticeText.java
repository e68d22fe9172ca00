package dev.nnplay.app.ui.common;

import dev.nnplay.engine.train.Notice;

/** The engine's {@link Notice}s put into the window's language. */
public final class NoticeText {
    private NoticeText() {
    }

    /** The sentence for {@code n}, in the window's language; empty for none. */
    public static String of(Notice n) {
        if (n == null) {
            return "";
        }
        return switch (n.kind()) {
            case NONE -> "";
            case DIVERGED -> Messages.format("notice.engine.diverged", n.args().get(0),
                    Messages.get("notice.engine.nonfinite." + n.args().get(1)), n.args().get(2));
            case EPOCH_LIMIT -> Messages.format("notice.engine.epochs", n.args().get(0));
            case FAILED -> Messages.format("notice.engine.failed", n.args().get(0));
            case TEXT -> n.english();
        };
    }
}
