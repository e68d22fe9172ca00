package dev.nnplay.app.workspace;

import dev.nnplay.engine.project.HistoryRow;
import dev.nnplay.engine.train.Snapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of every snapshot the window has shown since training last started over, kept so that a
 * saved project redraws its curves when opened. Long runs are thinned (every other row dropped, the
 * newest kept) so a file stays small. Knows no Node.
 */
final class TrainingHistory {
    /** Rows kept before thinning. */
    static final int MAX_ROWS = 2000;

    /** The rows, oldest first, with strictly growing steps. */
    private final List<HistoryRow> rows = new ArrayList<>();

    /** Adds the snapshot's figures if it is newer than the last row; a step back starts over. */
    void add(Snapshot s) {
        long last = rows.isEmpty() ? -1 : rows.get(rows.size() - 1).step();
        if (s.step() < last) {
            rows.clear();
        } else if (s.step() == last) {
            return;
        }
        rows.add(HistoryRow.of(s.epoch(), s.step(), s.trainLoss(), s.testLoss(), s.trainMetric(), s.testMetric()));
        if (rows.size() > MAX_ROWS) {
            HistoryRow newest = rows.get(rows.size() - 1);
            List<HistoryRow> kept = new ArrayList<>(rows.size() / 2 + 1);
            for (int i = 0; i < rows.size(); i += 2) {
                kept.add(rows.get(i));
            }
            if (kept.get(kept.size() - 1) != newest) {
                kept.add(newest);
            }
            rows.clear();
            rows.addAll(kept);
        }
    }

    /** The rows up to and including {@code step}. */
    List<HistoryRow> upTo(long step) {
        int n = rows.size();
        while (n > 0 && rows.get(n - 1).step() > step) {
            n--;
        }
        return List.copyOf(rows.subList(0, n));
    }

    /** Replaces the rows with saved ones (none for null). */
    void restore(List<HistoryRow> saved) {
        rows.clear();
        if (saved != null) {
            rows.addAll(saved);
        }
    }

    void clear() {
        rows.clear();
    }

    /** All rows, oldest first. */
    List<HistoryRow> rows() {
        return List.copyOf(rows);
    }
}
