package dev.nnplay.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.train.MemoryBudget;
import java.util.Collections;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The window's side of robustness, without a toolkit: a network too large for memory is refused by
 * {@code apply} with its sentence (which the window shows as its error banner) and nothing changes; an
 * error on the training thread, out of memory included, leaves the trainer alive with the message in
 * its snapshot, which the status line shows.
 */
class WorkspaceRobustnessTest {

    private final Workspace ws = new Workspace(TaskExecutor.direct());

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aNetworkTooLargeForMemoryIsRefusedAndNothingChanges() throws InterruptedException {
        Workspace.State before = ws.state();
        NetworkSpec huge = NetworkSpec.of(Activation.RELU,
                Collections.nCopies(32, 4096).stream().mapToInt(Integer::intValue).toArray());
        MemoryBudget.TooLarge e = assertThrows(MemoryBudget.TooLarge.class, () -> ws.apply(before.data(), huge,
                before.training().withOptimizer(OptimizerSpec.of("adam", 0.01))));
        assertTrue(e.getMessage().startsWith("Training this network needs about "), e.getMessage());
        assertSame(before, ws.state(), "the settings stay as they were");
        ws.stepBatch();
        assertTrue(ws.awaitIdle(30, TimeUnit.SECONDS));
        assertEquals(1, ws.snapshot().step(), "the trainer goes on with the old network");
    }

    @Test
    void anOutOfMemoryErrorOnTheTrainingThreadIsShownAndTrainingGoesOn() throws InterruptedException {
        ws.onSession(s -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertTrue(ws.awaitIdle(30, TimeUnit.SECONDS));
        assertTrue(ws.snapshot().message().startsWith("Training stopped: the program ran out of memory"),
                ws.snapshot().message());
        ws.reset();
        ws.stepEpoch();
        assertTrue(ws.awaitIdle(30, TimeUnit.SECONDS));
        assertEquals(1, ws.snapshot().epoch());
    }
}
