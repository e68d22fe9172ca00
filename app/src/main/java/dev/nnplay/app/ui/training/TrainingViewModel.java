package dev.nnplay.app.ui.training;

import dev.nnplay.app.ui.common.ObservableWorkspace;
import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Init;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.optim.Regularization;
import dev.nnplay.engine.train.Losses;
import dev.nnplay.engine.train.Snapshot;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.List;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The training bar's state and actions: play, pause, one step, one epoch, reset, the speed; the
 * learning rate, penalty and batch size (changed while training runs); the loss, the optimizer and
 * the initializer (changed by starting over). Knows no Node.
 */
public final class TrainingViewModel {
    private final ObservableWorkspace ows;
    private final Workspace ws;
    /** Loss, optimizer, penalty, batch size. */
    private final ReadOnlyObjectWrapper<TrainingSpec> training = new ReadOnlyObjectWrapper<>();
    /** Whether the data asks for classes or values. */
    private final ReadOnlyObjectWrapper<Task> task = new ReadOnlyObjectWrapper<>();
    /** How the weights start. */
    private final ReadOnlyObjectWrapper<Init> init = new ReadOnlyObjectWrapper<>();

    /** Switches the data to another task (the data's own view model does it); false when it cannot. */
    private final Predicate<Task> switchTask;

    public TrainingViewModel(ObservableWorkspace ows, Predicate<Task> switchTask) {
        this.ows = ows;
        this.switchTask = switchTask;
        this.ws = ows.workspace();
        ows.stateProperty().addListener((o, a, b) -> follow(b));
        follow(ws.state());
    }

    private void follow(Workspace.State s) {
        training.set(s.training());
        task.set(s.prepared().raw().task());
        init.set(s.network().initializer());
    }

    // ---- play controls --------------------------------------------------------------------------

    public void play() {
        ws.play();
    }

    public void pause() {
        ws.pause();
    }

    public void togglePlay() {
        if (ws.playing()) {
            pause();
        } else {
            play();
        }
    }

    public void stepBatch() {
        ws.stepBatch();
    }

    public void stepEpoch() {
        ws.stepEpoch();
    }

    /** New weights from the seed, epoch 0; settings unchanged. */
    public void reset() {
        ws.reset();
    }

    /** Slow motion: steps per second while playing; 0 for full speed. */
    public void setStepsPerSecond(double s) {
        ws.setStepsPerSecond(s);
    }

    // ---- live settings --------------------------------------------------------------------------

    public void setLearningRate(double lr) {
        ws.setLearningRate(lr);
    }

    public void setRegularization(Regularization r) {
        ws.setRegularization(r);
    }

    public void setBatchSize(int b) {
        ws.setBatchSize(b);
    }

    // ---- settings that start over ---------------------------------------------------------------

    public boolean setLoss(Loss l) {
        Workspace.State s = ws.state();
        return ows.attempt(() -> ws.apply(s.data(), s.network(), s.training().withLoss(l)));
    }

    /** Another optimizer kind with its default settings, same learning rate. */
    public boolean setOptimizerType(String type) {
        return setOptimizer(ws.state().training().optimizer().withType(type));
    }

    public boolean setOptimizer(OptimizerSpec o) {
        Workspace.State s = ws.state();
        return ows.attempt(() -> ws.apply(s.data(), s.network(), s.training().withOptimizer(o)));
    }

    public boolean setInit(Init i) {
        Workspace.State s = ws.state();
        return ows.attempt(() -> ws.apply(s.data(), s.network().withInit(i), s.training()));
    }

    /** Classification or regression: the first built-in data set of that kind. */
    public boolean setTask(Task t) {
        return t != task.get() && switchTask.test(t);
    }

    /** The losses that suit the data, the usual one first. */
    public List<Loss> losses() {
        return Losses.suitedTo(task.get());
    }

    // ---- read-only state ------------------------------------------------------------------------

    /** The kernels training runs on, by name. */
    public String kernelsName() {
        return ws.kernels().name();
    }

    public ReadOnlyObjectProperty<TrainingSpec> trainingProperty() {
        return training.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Task> taskProperty() {
        return task.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Init> initProperty() {
        return init.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Snapshot> snapshotProperty() {
        return ows.snapshotProperty();
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return ows.playingProperty();
    }
}
