package dev.nnplay.app.ui.data;

import dev.nnplay.app.ui.common.DialogService;
import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.ObservableWorkspace;
import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.data.CsvLoader;
import dev.nnplay.engine.data.CsvPreview;
import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.DrawnPoints;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.data.Generators;
import dev.nnplay.engine.data.PreparedData;
import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.train.Losses;
import dev.nnplay.engine.train.TrainingSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * The data column's state and actions: the built-in sets, noise, the test share, the features, a CSV
 * file read as the command line reads it, and points drawn on the plane. A new data set starts training
 * over; the loss follows the data's task when the current one does not suit it. Knows no Node.
 */
public final class DataViewModel {
    /** How near (in data units) a right-click must be to remove a drawn point. */
    static final double REMOVE_RADIUS = 1.0;

    private final ObservableWorkspace ows;
    private final Workspace ws;
    private final DialogService dialogs;
    private final DataSets sets = new DataSets();
    /** Where the raw data comes from and how it is prepared. */
    private final ReadOnlyObjectWrapper<DataSpec> data = new ReadOnlyObjectWrapper<>();
    /** The data as the current session trains on it. */
    private final ReadOnlyObjectWrapper<PreparedData> prepared = new ReadOnlyObjectWrapper<>();
    /** Clicks on the plane add points, right-clicks remove the nearest. */
    private final BooleanProperty drawMode = new SimpleBooleanProperty(false);
    /** The class index (classification) or value (regression) that drawn points get. */
    private final DoubleProperty drawTarget = new SimpleDoubleProperty(1);
    /** The empty canvas's points while they are too few to train on; null otherwise. */
    private DrawnPoints pending;
    private final ReadOnlyObjectWrapper<dev.nnplay.engine.data.Dataset> pendingDrawing = new ReadOnlyObjectWrapper<>();

    public DataViewModel(ObservableWorkspace ows, DialogService dialogs) {
        this.ows = ows;
        this.ws = ows.workspace();
        this.dialogs = dialogs;
        ows.stateProperty().addListener((o, a, b) -> follow(b));
        follow(ws.state());
    }

    private void follow(Workspace.State s) {
        if (pending != null && !s.data().equals(data.get())) {
            pending = null; // other data came (a click, Undo, Open): the empty canvas is given up
            pendingDrawing.set(null);
        }
        data.set(s.data());
        prepared.set(s.prepared());
    }

    /** A built-in data set; the loss follows its task when the current one does not fit. */
    public boolean setGenerator(String name) {
        DataSpec d = data.get();
        GeneratorSpec old = d.generator();
        double noise = old != null ? old.noise() : 0;
        long genSeed = old != null ? old.seed() : 1;
        // the 2-D features need two raw inputs; a curve's one input goes to the network as it is
        List<String> features = !Generators.info(name).isTwoD() ? List.of()
                : d.features().isEmpty() ? List.of("x1", "x2") : d.features();
        return setData(new DataSpec("generator", new GeneratorSpec(name, Workspace.SAMPLES, noise, genSeed, null), null,
                null, features, d.testRatio(), d.scaling()));
    }

    /** Noise of the built-in data set, 0 to 1. */
    public boolean setNoise(double noise) {
        GeneratorSpec g = data.get().generator();
        return g != null && setData(data.get().withGenerator(
                new GeneratorSpec(g.name(), g.samples(), noise, g.seed(), g.classes())));
    }

    /** Draws new points from a new seed; the network's structure stays. */
    public boolean regenerate() {
        GeneratorSpec g = data.get().generator();
        return g != null && setData(data.get().withGenerator(
                g.withSeed(g.seed() * 6364136223846793005L + 1442695040888963407L)));
    }

    public boolean setTestRatio(double r) {
        return setData(data.get().withTestRatio(r));
    }

    public boolean setFeatures(List<String> features) {
        return setData(data.get().withFeatures(features));
    }

    /**
     * A CSV file, read as {@code nnplay train --csv} reads it: the start of the file is read off the FX
     * thread to offer its columns, the user picks the one to predict, and the file is then loaded off the
     * FX thread too. A file that cannot be read is one message. Completes on the FX thread: true when the
     * data changed.
     */
    public CompletableFuture<Boolean> importCsv(Path file) {
        return ws.tasks().supply(() -> CsvLoader.peek(file, 0)).handleAsync((CsvPreview preview, Throwable err) -> {
            if (err != null) {
                dialogs.showError(Messages.get("data.csv.error"), DialogService.reason(err));
                return null;
            }
            List<String> columns = preview.columns();
            if (columns.size() < 2) {
                return Optional.<String>empty(); // nothing to pick from: the reader says what is wrong
            }
            return dialogs.chooseColumn(Messages.get("data.csv"), columns, columns.get(columns.size() - 1))
                    .map(Optional::of).orElse(null);
        }, ws.tasks().ui()).thenCompose(label -> label == null ? CompletableFuture.completedFuture(false)
                : prepareThenApply(csvSpec(file, label.orElse(null))));
    }

    /** The CSV file with {@code label} the column to predict (null for the last), loaded on this thread. */
    public boolean openCsv(Path file, String label) {
        return setData(csvSpec(file, label));
    }

    private DataSpec csvSpec(Path file, String label) {
        return DataSpec.csv(file.toAbsolutePath().toString(), label, null, data.get().testRatio(), true);
    }

    private CompletableFuture<Boolean> prepareThenApply(DataSpec d) {
        long seed = ws.state().seed();
        return ws.tasks().supply(() -> d.prepare(null, seed)).handleAsync((p, err) -> {
            if (err != null) {
                dialogs.showError(Messages.get("data.csv.error"), DialogService.reason(err));
                return false;
            }
            return apply(d, p);
        }, ws.tasks().ui());
    }

    /**
     * Adds a drawn point: {@code target} is the class index or the value. The data becomes the drawing.
     */
    public boolean addPoint(double x1, double x2, double target) {
        if (pending != null) {
            return drawPending(x1, x2, target);
        }
        return draw(p -> p.add(x1, x2, target));
    }

    /** Removes the point nearest to {@code (x1, x2)}, if one is that near; at least two points stay. */
    public boolean removeNearest(double x1, double x2) {
        return draw(p -> {
            if (p.size() <= 2 || p.removeNearest(x1, x2, REMOVE_RADIUS) < 0) {
                throw new IllegalStateException("");
            }
        });
    }

    /**
     * Draw mode on an empty canvas: the data becomes a drawing with no points yet, of the current data's
     * classes (or values); the first click adds the first point. Undo brings the data back.
     */
    public boolean startEmptyCanvas() {
        PreparedData p = prepared.get();
        if (p.raw().inputs() != 2) {
            return false;
        }
        DrawnPoints points = DrawnPoints.of(p.raw());
        points.clear();
        pending = points;
        pendingDrawing.set(points.toDataset());
        drawMode.set(true);
        return true;
    }

    /**
     * Adds to the empty canvas's points; once there are enough to train on (a point in the training
     * part), they become the data and the canvas is no longer pending.
     */
    private boolean drawPending(double x1, double x2, double target) {
        try {
            pending.add(x1, x2, target);
        } catch (IllegalArgumentException | IllegalStateException e) {
            ows.fail(e.getMessage());
            return false;
        }
        DataSpec d = data.get().withInline(pending.toInlineData());
        PreparedData p;
        try {
            p = d.prepare(null, ws.state().seed());
        } catch (RuntimeException notYet) {
            pendingDrawing.set(pending.toDataset()); // too few points to train on yet: shown, kept
            return true;
        }
        pending = null;
        pendingDrawing.set(null);
        return apply(d, p);
    }

    /** The points of an empty canvas not yet trained on (too few), or null when there is none. */
    public ReadOnlyObjectProperty<dev.nnplay.engine.data.Dataset> pendingDrawingProperty() {
        return pendingDrawing.getReadOnlyProperty();
    }

    /** The name of the class a drawn point gets now ({@link #drawTargetProperty()}), or null for a value. */
    public String drawClassName() {
        java.util.List<String> names = prepared.get().raw().classNames();
        int k = (int) drawTarget.get();
        return names.isEmpty() ? null : k >= 0 && k < names.size() ? names.get(k) : Integer.toString(k);
    }

    private boolean draw(java.util.function.Consumer<DrawnPoints> edit) {
        PreparedData p = prepared.get();
        if (p.raw().inputs() != 2) {
            return false;
        }
        DrawnPoints points = DrawnPoints.of(p.raw());
        try {
            edit.accept(points);
        } catch (IllegalStateException e) {
            return false; // nothing near enough to remove
        } catch (IllegalArgumentException e) {
            ows.fail(e.getMessage());
            return false;
        }
        return setData(data.get().withInline(points.toInlineData()));
    }

    /** New data, prepared here; the loss follows the data's task when it does not fit it. */
    private boolean setData(DataSpec d) {
        PreparedData p = ows.attempt(() -> d.prepare(null, ws.state().seed()), null);
        return p != null && apply(d, p);
    }

    private boolean apply(DataSpec d, PreparedData p) {
        Workspace.State s = ws.state();
        TrainingSpec t = s.training();
        TrainingSpec fitted = t.withLoss(Losses.forData(p.raw().task(), p.raw().numClasses(), t.lossFunction()));
        return ows.attempt(() -> ws.apply(d, s.network(), fitted, p));
    }

    /** The built-in data sets for {@code task}, with their thumbnails' samples. */
    public List<DataSets.Entry> sets(Task task) {
        return sets.entries(task);
    }

    /** Switches to the first built-in data set of {@code task}; false when there is none. */
    public boolean switchTask(Task task) {
        String first = sets.first(task);
        return first != null && setGenerator(first);
    }

    /** The first built-in data set of {@code task}, or null when there is none. */
    public String firstSet(Task task) {
        return sets.first(task);
    }

    public ReadOnlyObjectProperty<DataSpec> dataProperty() {
        return data.getReadOnlyProperty();
    }

    public BooleanProperty drawModeProperty() {
        return drawMode;
    }

    public DoubleProperty drawTargetProperty() {
        return drawTarget;
    }

    public ReadOnlyObjectProperty<PreparedData> preparedProperty() {
        return prepared.getReadOnlyProperty();
    }
}
