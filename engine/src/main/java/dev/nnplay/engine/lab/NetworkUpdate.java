package dev.nnplay.engine.lab;

import dev.nnplay.engine.nn.Param;
import dev.nnplay.engine.optim.Optimizer;
import dev.nnplay.engine.train.TrainingSession;
import java.util.ArrayList;
import java.util.List;

/**
 * One real training step of a session, worked in numbers for the scalars a user picked: their
 * values, the gradient the step back-propagated (penalties included), the optimizer's state before and
 * after, and the new values. The step is the session's own {@link TrainingSession#stepBatch()}; this
 * class only reads around it.
 */
public final class NetworkUpdate {

    private NetworkUpdate() {
    }

    /** Takes one step of {@code session} and works it for the scalars {@code shown}. */
    public static Worksheet step(TrainingSession session, List<NetworkSlice.Coordinate> shown) {
        List<Param> params = session.network().params();
        List<Param> ps = new ArrayList<>();
        double[] theta = new double[shown.size()];
        for (int i = 0; i < shown.size(); i++) {
            NetworkSlice.Coordinate c = shown.get(i);
            if (c.param() < 0 || c.param() >= params.size() || c.element() < 0
                    || c.element() >= params.get(c.param()).size()) {
                throw new IllegalArgumentException("no scalar " + c + " in " + session.network().describe());
            }
            ps.add(params.get(c.param()));
            theta[i] = ps.get(i).value().data[c.element()];
        }
        Optimizer opt = session.optimizer();
        OptimizerAnatomy anatomy = new OptimizerAnatomy(opt);
        List<float[][]> before = opt.copyState();
        double lr = session.learningRate();
        double loss = session.stepBatch();
        List<float[][]> after = opt.copyState();
        long t = opt.steps();
        List<Worksheet.Entry> entries = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            NetworkSlice.Coordinate c = shown.get(i);
            Param p = ps.get(i);
            double[] s1 = anatomy.state(after.get(c.param()), c.element());
            entries.add(new Worksheet.Entry(NetworkSlice.name(p, c), theta[i], p.grad().data[c.element()],
                    anatomy.state(before.isEmpty() ? null : before.get(c.param()), c.element()), s1,
                    anatomy.derived(s1, t), p.value().data[c.element()]));
        }
        return new Worksheet(opt.id(), t, anatomy.rate(lr, t), loss, null, anatomy.stateNames(),
                anatomy.derivedNames(), anatomy.constants(t), entries);
    }
}
