package dev.nnplay.app.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class LatestWinsWorkerTest {
    /** An executor that runs its tasks only when told, so the test decides the interleaving. */
    private final Queue<Runnable> tasks = new ArrayDeque<>();

    @Test
    void aWaitingJobIsReplacedNotQueued() {
        LatestWinsWorker<String> w = new LatestWinsWorker<>(tasks::add);
        List<String> ran = new ArrayList<>();
        w.submit(() -> { ran.add("a"); return "a"; });
        w.submit(() -> { ran.add("b"); return "b"; });
        w.submit(() -> { ran.add("c"); return "c"; });
        assertEquals(1, tasks.size(), "one drain scheduled for all three");
        assertFalse(w.idle());
        tasks.poll().run();
        assertEquals(List.of("c"), ran, "only the newest job runs");
        assertEquals("c", w.take());
        assertNull(w.take(), "a result is taken once");
        assertTrue(w.idle());
    }

    @Test
    void aJobSubmittedAfterADrainSchedulesAnotherAndFailuresAreSkipped() {
        LatestWinsWorker<Integer> w = new LatestWinsWorker<>(Runnable::run);
        w.submit(() -> 1);
        assertEquals(1, w.take());
        w.submit(() -> { throw new IllegalStateException("boom"); });
        assertNull(w.take());
        w.submit(() -> null);
        assertNull(w.take(), "a job that returns null produces nothing");
        w.submit(() -> 3);
        assertEquals(3, w.take());
        assertTrue(w.idle());
    }
}
