package dev.nnplay.app.workspace;

import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * Undo and redo over the whole playground: before each change of settings, of structure or data, and
 * before a reset, the {@link Workspace} is captured whole (settings, seed, trained weights with their
 * counters and optimizer state, curves), so Undo brings back the trained network a change threw away.
 * A live setting (rate, penalty, batch size) is undone in place, training going on; anything else is
 * restored as it was. Opening or starting a project (any restore not made here) starts the history
 * afresh. Knows no JavaFX; called on the window's thread.
 */
public final class UndoHistory {
    /** Changes kept. */
    static final int LIMIT = 50;
    /** Live-setting changes this close together (a slider dragged) are one step of the history. */
    static final long MERGE_NANOS = 1_500_000_000L;

    /**
     * One step back (or forward): what kind of change it undoes, the playground before it, and the
     * epoch and step the network had then.
     */
    public record Entry(Workspace.Change kind, CompletableFuture<Project> state, int epoch, long step, long madeNanos) {
        /** Whether the step has a trained network (training had taken a step). */
        public boolean trained() {
            return step > 0;
        }
    }

    /** What a listener is told. */
    public interface Listener {
        /**
         * {@code e} was recorded ({@code how} {@link How#RECORDED}) or travelled to ({@link How#UNDONE},
         * {@link How#REDONE}); or the history was cleared ({@link How#CLEARED}, {@code e} null).
         */
        void changed(How how, Entry e);
    }

    /** What happened to the history. */
    public enum How { RECORDED, UNDONE, REDONE, CLEARED }

    private final Workspace ws;
    private final LongSupplier clock;
    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    /** Set while this history restores a state, so the change it makes is not recorded. */
    private boolean travelling;

    /** A history of {@code ws}, which it then hears before each change. */
    public UndoHistory(Workspace ws) {
        this(ws, System::nanoTime);
    }

    UndoHistory(Workspace ws, LongSupplier clock) {
        this.ws = ws;
        this.clock = clock;
        ws.setRecorder(this::before);
        ws.addListener(c -> {
            if (c == Workspace.Change.RESTORED && !travelling) {
                clear();
            }
        });
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    private void fire(How how, Entry e) {
        for (Listener l : listeners) {
            l.changed(how, e);
        }
    }

    private void before(Workspace.Change kind) {
        if (travelling) {
            return;
        }
        long now = clock.getAsLong();
        Entry top = undo.peek();
        if (kind == Workspace.Change.SETTINGS && top != null && top.kind() == kind && now - top.madeNanos() < MERGE_NANOS) {
            redo.clear();
            return; // one drag of a slider: the state before the first change is the one to go back to
        }
        Entry e = capture(kind, now);
        undo.push(e);
        while (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
        fire(How.RECORDED, e);
    }

    private Entry capture(Workspace.Change kind, long now) {
        var s = ws.snapshot();
        return new Entry(kind, ws.capture(true), s.epoch(), s.step(), now);
    }

    /** Goes back one change; completes (on the window's thread) with the entry gone back to, or null. */
    public CompletableFuture<Entry> undo() {
        return travel(undo, redo, How.UNDONE);
    }

    /** Goes forward one undone change; completes with the entry, or null. */
    public CompletableFuture<Entry> redo() {
        return travel(redo, undo, How.REDONE);
    }

    private CompletableFuture<Entry> travel(Deque<Entry> from, Deque<Entry> to, How how) {
        if (from.isEmpty() || travelling) {
            return CompletableFuture.completedFuture(null);
        }
        Entry target = from.pop();
        Entry now = capture(target.kind(), clock.getAsLong());
        to.push(now);
        travelling = true;
        return target.state().thenCompose(p -> apply(target.kind(), p)).handle((v, err) -> {
            travelling = false;
            if (err != null) {
                to.remove(now); // nothing changed: the step stays where it was
                from.push(target);
                throw new IllegalStateException(err.getCause() != null ? err.getCause() : err);
            }
            fire(how, target);
            return target;
        });
    }

    private CompletableFuture<Void> apply(Workspace.Change kind, Project p) {
        if (kind == Workspace.Change.SETTINGS) {
            TrainingSpec t = p.training();
            TrainingSpec cur = ws.state().training();
            if (t.optimizer().learningRate() != cur.optimizer().learningRate()) {
                ws.setLearningRate(t.optimizer().learningRate());
            }
            if (!t.regularization().equals(cur.regularization())) {
                ws.setRegularization(t.regularization());
            }
            if (t.batchSize() != cur.batchSize()) {
                ws.setBatchSize(t.batchSize());
            }
            return CompletableFuture.completedFuture(null);
        }
        return ws.restore(p, null);
    }

    /** Forgets every step (a project was opened or started). */
    public void clear() {
        undo.clear();
        redo.clear();
        fire(How.CLEARED, null);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Steps that can be undone. */
    public int size() {
        return undo.size();
    }

    /** The newest step, or null. */
    public Entry newest() {
        return undo.peek();
    }
}
