package dev.nnplay.engine.train;

import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.loss.Loss;
import java.util.List;

/** Which losses suit which data: written once, for the window's loss list and for a change of data. */
public final class Losses {
    private Losses() {
    }

    /** The losses that suit data of {@code task}, the usual one first. */
    public static List<Loss> suitedTo(Task task) {
        return task == Task.CLASSIFY ? List.of(Loss.BCE_LOGITS, Loss.SOFTMAX_CE, Loss.MSE)
                : List.of(Loss.MSE, Loss.MAE, Loss.HUBER);
    }

    /**
     * {@code current} if it suits data of {@code task} with {@code classes} classes, else the usual loss
     * for it: MSE for regression, softmax cross-entropy for more than two classes, binary
     * cross-entropy for two.
     */
    public static Loss forData(Task task, int classes, Loss current) {
        if (task == Task.REGRESS) {
            return current.classification() ? Loss.MSE : current;
        }
        if (classes > 2) {
            return Loss.SOFTMAX_CE;
        }
        return current == Loss.SOFTMAX_CE || !current.classification() ? Loss.BCE_LOGITS : current;
    }
}
