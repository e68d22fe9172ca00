package dev.nnplay.engine.inspect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The diagnostics over training time, for the strips and curves beside each layer: at most
 * {@link #capacity()} measurements, in step order. When full, every other one is dropped, so a long run
 * keeps its whole span at half the density (the newest entries are the densest until the next halving).
 */
public final class FiguresHistory {
    /** The measurements, oldest first. */
    private final List<NetworkFigures> entries = new ArrayList<>();
    /** The most kept. */
    private final int capacity;

    public FiguresHistory(int capacity) {
        if (capacity < 4) {
            throw new IllegalArgumentException("a history needs room for at least 4 entries, got " + capacity);
        }
        this.capacity = capacity;
    }

    /** The most entries kept. */
    public int capacity() {
        return capacity;
    }

    /**
     * Adds {@code f} if it is newer than the last entry; a measurement of an earlier step (training was
     * reset) starts the history over. Empty figures are ignored. Returns whether anything changed.
     */
    public boolean add(NetworkFigures f) {
        if (f == null || f.isEmpty()) {
            return false;
        }
        NetworkFigures last = latest();
        if (last != null) {
            boolean sameStep = f.step() == last.step();
            if (sameStep && (f.updated() == last.updated() || !f.updated())) {
                return false;
            }
            if (f.step() < last.step() || f.layers().size() != last.layers().size()) {
                entries.clear();
            } else if (sameStep) {
                entries.remove(entries.size() - 1); // the update's figures replace the at-rest ones
            }
        }
        if (entries.size() == capacity) {
            for (int i = entries.size() - 2; i >= 0; i -= 2) {
                entries.remove(i);
            }
        }
        entries.add(f);
        return true;
    }

    /** Forgets everything. */
    public void clear() {
        entries.clear();
    }

    /** The entries, oldest first (a read-only view). */
    public List<NetworkFigures> entries() {
        return Collections.unmodifiableList(entries);
    }

    /** The newest entry, or null. */
    public NetworkFigures latest() {
        return entries.isEmpty() ? null : entries.get(entries.size() - 1);
    }

    /** Number of entries. */
    public int size() {
        return entries.size();
    }
}
