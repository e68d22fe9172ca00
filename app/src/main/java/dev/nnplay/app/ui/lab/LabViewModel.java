package dev.nnplay.app.ui.lab;

import dev.nnplay.app.ui.common.DialogService;
import dev.nnplay.app.ui.common.ObservableWorkspace;
import dev.nnplay.app.workspace.Workspace;
import dev.nnplay.engine.lab.Contours;
import dev.nnplay.engine.lab.Forces;
import dev.nnplay.engine.lab.NetworkSlice;
import dev.nnplay.engine.lab.NetworkUpdate;
import dev.nnplay.engine.lab.OptimizerPath;
import dev.nnplay.engine.lab.Surface;
import dev.nnplay.engine.lab.ViewBox;
import dev.nnplay.engine.lab.Worksheet;
import dev.nnplay.engine.nn.Param;
import dev.nnplay.engine.optim.OptimizerSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The descent lab: a loss surface over two parameters, the paths of several optimizers across it
 * from one start, what moves the focused path's point, and its next update worked in numbers. Every
 * path and number comes from the engine's own optimizers ({@link OptimizerPath}); the surface is the
 * seed's line, a classic test surface, or a slice of the playground's own network over two of its
 * weights. Knows no Node.
 */
public final class LabViewModel {
    /** The surfaces offered, in the order of the menu: the line, a slice of the network, the test surfaces. */
    public static final List<String> SURFACES = List.of("line", "slice", "ravine", "saddle", "rosenbrock",
            "plateau", "minima");
    /** Loss evaluations across (and up) a network slice's map. */
    public static final int SLICE_GRID = 100;
    /** Across (and up) a formula's map: cheap, so finer. */
    public static final int FORMULA_GRID = 240;
    /** Contour levels of a map. */
    public static final int LEVELS = 14;
    /** A path stops here, so a forgotten Play does not grow without end. */
    public static final int MAX_STEPS = 2000;

    /** A surface's map: the values on a grid over a box, and their contour levels. */
    public record SurfaceMap(Surface surface, ViewBox box, int cols, int rows, double[] values, double[] levels) {
    }

    /** One optimizer's lane: whether it runs, its learning rate, and its path while it runs. */
    public static final class Lane {
        private final String optimizer;
        private final BooleanProperty enabled = new SimpleBooleanProperty();
        private final DoubleProperty rate = new SimpleDoubleProperty();
        private OptimizerPath path;

        Lane(String optimizer) {
            this.optimizer = optimizer;
        }

        public String optimizer() {
            return optimizer;
        }

        public BooleanProperty enabledProperty() {
            return enabled;
        }

        public DoubleProperty rateProperty() {
            return rate;
        }

        /** The path, or null while the lane is off. */
        public OptimizerPath path() {
            return path;
        }
    }

    /** A scalar of the network for the slice's axes, with the name a person reads. */
    public record Scalar(NetworkSlice.Coordinate at, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final ObservableWorkspace ows;
    private final Workspace ws;
    private final DialogService dialogs;
    private final ObjectProperty<String> surfaceId = new SimpleObjectProperty<>("line");
    private final ReadOnlyObjectWrapper<SurfaceMap> map = new ReadOnlyObjectWrapper<>();
    private final Map<String, Lane> lanes = new LinkedHashMap<>();
    private final ObjectProperty<String> focus = new SimpleObjectProperty<>("sgd");
    private final BooleanProperty playing = new SimpleBooleanProperty();
    /** Steps a second while playing. */
    private final DoubleProperty speed = new SimpleDoubleProperty(6);
    /** Counts changes to the paths, so views redraw once per change. */
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyObjectWrapper<Worksheet> sheet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Forces> forces = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Worksheet> networkSheet = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ObservableList<Scalar> scalars = FXCollections.observableArrayList();
    private final ObjectProperty<Scalar> sliceA = new SimpleObjectProperty<>();
    private final ObjectProperty<Scalar> sliceB = new SimpleObjectProperty<>();
    private double[] start;
    private long lastStepNanos;
    /** Milliseconds the last network slice's map took, from the request to the values; −1 before one. */
    private long sliceMillis = -1;

    public LabViewModel(ObservableWorkspace ows, DialogService dialogs) {
        this.ows = ows;
        this.ws = ows.workspace();
        this.dialogs = dialogs;
        for (String id : OptimizerSpec.TYPES) {
            Lane l = new Lane(id);
            l.enabled.set(id.equals("sgd") || id.equals("momentum") || id.equals("adam"));
            l.enabled.addListener((o, a, b) -> rebuildPaths());
            l.rate.addListener((o, a, b) -> {
                if (l.path != null) {
                    l.path.setLearningRate(b.doubleValue());
                }
            });
            lanes.put(id, l);
        }
        focus.addListener((o, a, b) -> changed());
        surfaceId.addListener((o, a, b) -> chooseSurface(b));
        chooseSurface(surfaceId.get());
    }

    // ---- the surface ----------------------------------------------------------------------------

    private void chooseSurface(String id) {
        playing.set(false);
        if (id.equals("slice")) {
            refreshScalars().thenRun(this::computeSlice);
            return;
        }
        show(Surface.named(id), FORMULA_GRID);
    }

    /** Shows {@code s}: its map, fresh paths from its default start at its suggested rates. */
    private void show(Surface s, int grid) {
        ViewBox box = s.view();
        double[] values = s.grid(box, grid, grid);
        map.set(new SurfaceMap(s, box, grid, grid, values, Contours.logSpaced(values, LEVELS)));
        start = s.defaultStart().clone();
        for (Lane l : lanes.values()) {
            l.rate.set(s instanceof NetworkSlice ? ws.state().training().optimizer().learningRate()
                    : s.suggestedRate(l.optimizer));
        }
        rebuildPaths();
    }

    /** The network's scalars, read on the training thread; picks the first two weights when none is chosen. */
    public CompletableFuture<Void> refreshScalars() {
        return ws.onSession(session -> {
            List<Scalar> out = new ArrayList<>();
            List<Param> params = session.network().params();
            for (int p = 0; p < params.size(); p++) {
                for (int e = 0; e < params.get(p).size(); e++) {
                    NetworkSlice.Coordinate c = new NetworkSlice.Coordinate(p, e);
                    out.add(new Scalar(c, NetworkSlice.name(params.get(p), c)));
                }
            }
            return out;
        }).thenAccept(list -> {
            boolean same = list.equals(new ArrayList<>(scalars));
            if (!same) {
                scalars.setAll(list);
            }
            if (!same || sliceA.get() == null || !list.contains(sliceA.get())) {
                sliceA.set(list.get(0));
                sliceB.set(list.size() > 1 ? list.get(1) : list.get(0));
            }
        });
    }

    /**
     * The playground's loss over the two chosen scalars, the others frozen at their current values, on
     * the training data: the network is copied on the training thread, the map computed off the FX
     * thread on both cores.
     */
    public CompletableFuture<Void> computeSlice() {
        Scalar a = sliceA.get();
        Scalar b = sliceB.get();
        if (a == null || b == null || a.equals(b)) {
            status.set(dev.nnplay.app.ui.common.Messages.get("lab.slice.pick"));
            return CompletableFuture.completedFuture(null);
        }
        status.set(dev.nnplay.app.ui.common.Messages.get("lab.slice.computing"));
        long t0 = System.nanoTime();
        var train = ws.state().prepared().train();
        return ws.onSession(session -> NetworkSlice.of(session, train, a.at(), b.at()))
                .thenCompose(slice -> ws.tasks().supply(() -> {
                    ViewBox box = slice.view();
                    double[] values = slice.grid(box, SLICE_GRID, SLICE_GRID, Runtime.getRuntime().availableProcessors());
                    return new SurfaceMap(slice, box, SLICE_GRID, SLICE_GRID, values, Contours.logSpaced(values, LEVELS));
                })).handleAsync((m, err) -> {
                    if (err != null) {
                        status.set(DialogService.reason(err));
                        return null;
                    }
                    sliceMillis = (System.nanoTime() - t0) / 1_000_000;
                    status.set(dev.nnplay.app.ui.common.Messages.format("lab.slice.done", sliceMillis));
                    map.set(m);
                    start = m.surface().defaultStart().clone();
                    for (Lane l : lanes.values()) {
                        l.rate.set(ws.state().training().optimizer().learningRate());
                    }
                    rebuildPaths();
                    return null;
                }, ws.tasks().ui());
    }

    // ---- the paths ------------------------------------------------------------------------------

    /** Every enabled optimizer from the start again, with fresh state. */
    private void rebuildPaths() {
        SurfaceMap m = map.get();
        if (m == null) {
            return;
        }
        for (Lane l : lanes.values()) {
            l.path = l.enabled.get() ? new OptimizerPath(m.surface(),
                    OptimizerSpec.of(l.optimizer, l.rate.get()), start[0], start[1]) : null;
        }
        changed();
    }

    /**
     * Sets the lab as a lesson says: its surface, the optimizers drawn (the first one in focus), the
     * start and the learning rates; what {@code setup} leaves out stays as it is. Paths start over.
     */
    public void apply(dev.nnplay.engine.lesson.LabSetup setup) {
        playing.set(false);
        if (setup.surface() != null && !setup.surface().equals(surfaceId.get())) {
            surfaceId.set(setup.surface());
        }
        if (setup.optimizers() != null) {
            for (Lane l : lanes.values()) {
                l.enabled.set(setup.optimizers().contains(l.optimizer));
            }
            focus.set(setup.optimizers().get(0));
        }
        if (setup.learningRate() != null) {
            setAllRates(setup.learningRate());
        }
        if (setup.rates() != null) {
            setup.rates().forEach((o, lr) -> {
                Lane l = lanes.get(o);
                if (l != null) {
                    l.rate.set(lr);
                }
            });
        }
        if (setup.start() != null) {
            start = new double[] {setup.start().get(0), setup.start().get(1)};
        }
        rebuildPaths();
    }

    /** Starts every path at {@code (x, y)}: a click on the map. */
    public void setStart(double x, double y) {
        start = new double[] {x, y};
        rebuildPaths();
    }

    /** One step of every running path. */
    public void step() {
        boolean any = false;
        for (Lane l : lanes.values()) {
            if (l.path != null && l.path.steps() < MAX_STEPS) {
                any |= l.path.step();
            }
        }
        if (!any) {
            playing.set(false);
        }
        changed();
    }

    /** Every path back to the start. */
    public void reset() {
        playing.set(false);
        rebuildPaths();
    }

    /** Sets every lane's learning rate at once. */
    public void setAllRates(double lr) {
        for (Lane l : lanes.values()) {
            l.rate.set(lr);
        }
    }

    /** Called once a frame: steps while playing, at the chosen speed. */
    public void tick(long nowNanos) {
        if (!playing.get()) {
            lastStepNanos = 0;
            return;
        }
        long interval = (long) (1e9 / Math.max(0.1, speed.get()));
        if (lastStepNanos == 0 || nowNanos - lastStepNanos >= interval) {
            lastStepNanos = nowNanos;
            step();
        }
    }

    private void changed() {
        Lane f = lanes.get(focus.get());
        OptimizerPath p = f == null ? null : f.path;
        if (p != null && !p.diverged()) {
            sheet.set(p.nextUpdate());
            forces.set(p.forces());
        } else {
            sheet.set(null);
            forces.set(null);
        }
        revision.set(revision.get() + 1);
    }

    // ---- one update of the real network ---------------------------------------------------------

    /**
     * Takes one real training step of the playground's network and works it in numbers for the two
     * chosen scalars (the step counts as training, as the playground's own step does).
     */
    public CompletableFuture<Worksheet> stepNetwork() {
        Scalar a = sliceA.get();
        Scalar b = sliceB.get();
        if (a == null || b == null) {
            return refreshScalars().thenCompose(v -> stepNetwork());
        }
        List<NetworkSlice.Coordinate> shown = a.equals(b) ? List.of(a.at()) : List.of(a.at(), b.at());
        ws.pause();
        return ws.onSession(session -> NetworkUpdate.step(session, shown)).whenComplete((w, err) -> {
            if (err != null) {
                status.set(DialogService.reason(err));
            } else {
                networkSheet.set(w);
            }
        });
    }

    // ---- state ----------------------------------------------------------------------------------

    /** The lanes in the order of the optimizer menu. */
    public List<Lane> lanes() {
        return List.copyOf(lanes.values());
    }

    public Lane lane(String optimizer) {
        return lanes.get(optimizer);
    }

    public double[] start() {
        return start.clone();
    }

    /** How long the last network slice's map took, in milliseconds; −1 before the first. */
    public long sliceMillis() {
        return sliceMillis;
    }

    public ObjectProperty<String> surfaceIdProperty() {
        return surfaceId;
    }

    public ReadOnlyObjectProperty<SurfaceMap> mapProperty() {
        return map.getReadOnlyProperty();
    }

    public ObjectProperty<String> focusProperty() {
        return focus;
    }

    public BooleanProperty playingProperty() {
        return playing;
    }

    public DoubleProperty speedProperty() {
        return speed;
    }

    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The focused path's next update, worked in numbers; null when it has none. */
    public ReadOnlyObjectProperty<Worksheet> sheetProperty() {
        return sheet.getReadOnlyProperty();
    }

    /** What moves the focused path's point; null when it has none. */
    public ReadOnlyObjectProperty<Forces> forcesProperty() {
        return forces.getReadOnlyProperty();
    }

    /** The last real step of the network, worked in numbers; null before one. */
    public ReadOnlyObjectProperty<Worksheet> networkSheetProperty() {
        return networkSheet.getReadOnlyProperty();
    }

    /** A line about the map (computing, how long it took, or why it failed). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<Scalar> scalars() {
        return scalars;
    }

    public ObjectProperty<Scalar> sliceAProperty() {
        return sliceA;
    }

    public ObjectProperty<Scalar> sliceBProperty() {
        return sliceB;
    }
}
