package dev.nnplay.app.ui;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.common.NoticeText;
import dev.nnplay.app.ui.display.ChartImages;
import dev.nnplay.app.ui.display.Display;
import dev.nnplay.app.ui.display.Fit;
import dev.nnplay.app.ui.common.Tips;
import dev.nnplay.app.ui.common.LatestWinsWorker;

import dev.nnplay.app.ui.charts.ChartsView;
import dev.nnplay.app.ui.common.DialogService;
import dev.nnplay.app.ui.common.ObservableWorkspace;
import dev.nnplay.app.ui.common.Throttle;
import dev.nnplay.app.ui.compare.CompareView;
import dev.nnplay.app.ui.diagnostics.DiagnosticsPanel;
import dev.nnplay.app.ui.diagnostics.InsidePane;
import dev.nnplay.app.ui.lab.LabView;
import dev.nnplay.app.ui.lessons.LessonPanel;
import dev.nnplay.app.ui.lessons.LessonsMenu;
import dev.nnplay.app.ui.measure.FrameStats;
import dev.nnplay.app.ui.network.NetworkViewModel;
import dev.nnplay.app.ui.training.TrainingBar;
import dev.nnplay.app.ui.charts.ChartsViewModel;
import dev.nnplay.app.ui.data.DataPanel;
import dev.nnplay.app.ui.data.FeaturesPanel;
import dev.nnplay.app.ui.files.FileMenu;
import dev.nnplay.app.ui.files.FilesViewModel;
import dev.nnplay.app.ui.network.NetworkEditorViewModel;
import dev.nnplay.app.ui.network.NetworkView;
import dev.nnplay.app.ui.output.Evaluation;
import dev.nnplay.app.ui.output.GridResult;
import dev.nnplay.app.ui.output.OutputEvaluator;
import dev.nnplay.app.ui.output.OutputPane;
import dev.nnplay.app.ui.output.OutputShape;
import dev.nnplay.app.ui.output.OutputViewModel;
import dev.nnplay.engine.train.Snapshot;
import javafx.animation.AnimationTimer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The whole window, read left to right as TensorFlow Playground: data, features, the network, the
 * output. One {@link AnimationTimer} pulls the newest snapshot each frame and, only when it changed,
 * recolours the links, adds to the charts and hands the weights to the output worker, which evaluates
 * the grid (or curve, or table) off the FX thread, newest first; a finished evaluation is drawn in
 * the frame that finds it (heat map and every thumbnail).
 */
public final class PlaygroundView extends BorderPane {
    private static final PseudoClass SHOWN = PseudoClass.getPseudoClass("shown");

    private final PlaygroundViewModel vm;
    private final ObservableWorkspace ows;
    private final OutputViewModel outputModel;
    private final ChartsViewModel chartsModel;
    private final NetworkView network;
    private final OutputPane output;
    private final ChartsView charts;
    private final StatusBar status;
    /** The playground, inside, compare runs and lab tabs, and the views that live only in them. */
    private final ModeTabs modes;
    /** Below this width the lesson list folds away by itself, so the playground keeps the window. */
    private static final double LESSONS_UNFOLDED_FROM = 1300;
    /** The window's files: open, save, export, recovery. */
    private final FilesViewModel files;
    private final FileMenu fileMenu;
    private final Label banner = new Label();
    /** Zoom and presentation mode. */
    private final Display display = new Display();
    private final FrameStats frames = new FrameStats();
    private final AnimationTimer timer;
    private OutputEvaluator evaluator;
    /** Evaluates off the FX thread; created by {@link #start()}. */
    private LatestWinsWorker<Drawn> worker;
    /** The snapshot whose evaluation the output shows. */
    private Snapshot evaluated;
    /** Set when the structure or data changed: the evaluator and the graph are rebuilt next frame. */
    private boolean structureChanged = true;
    private Snapshot drawn;
    private GridResult lastResult;
    /**
     * JFreeChart redraws the whole chart in Java2D on every change (10-60 ms here): while playing that
     * happens off the FX thread (see ChartsView), at most four times a second; every point is kept.
     */
    private final Throttle chartPace = new Throttle(250_000_000L);
    private boolean chartDirty;
    /**
     * A table of every test row cannot be read while it changes 12 times a second, and costs the FX
     * thread and the renderer what the training thread then lacks: while playing, 3 a second.
     */
    private final Throttle tablePace = new Throttle(330_000_000L);
    private boolean dark;

    public PlaygroundView(PlaygroundViewModel vm, DialogService dialogs, Runnable toggleTheme) {
        this.vm = vm;
        this.ows = vm.observable();
        this.outputModel = vm.output();
        this.chartsModel = vm.charts();
        getStyleClass().add("playground");
        network = new NetworkView(vm.network(), outputModel);
        output = new OutputPane(vm.data(), outputModel);
        charts = new ChartsView(chartsModel);
        status = new StatusBar(vm.training().kernelsName(), vm.undo().statusProperty());

        banner.setId("banner");
        banner.getStyleClass().add("banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setVisible(false);

        files = vm.files();
        fileMenu = new FileMenu(files, dialogs);
        VBox top = new VBox(fileMenu, new TrainingBar(vm.training(), toggleTheme), banner);
        setTop(top);

        ScrollPane graph = new ScrollPane(network);
        graph.getStyleClass().addAll("edge-to-edge", "graph-scroll");
        graph.setFitToHeight(false);
        graph.setPrefViewportWidth(380);
        graph.setMinViewportWidth(240);
        VBox networkColumn = new VBox(6, networkHeader(vm.network()), graph);
        networkColumn.getStyleClass().addAll("panel", "network-panel");
        VBox.setVgrow(graph, Priority.ALWAYS);
        HBox.setHgrow(networkColumn, Priority.ALWAYS);

        Label outTitle = new Label(Messages.get("output.title"));
        outTitle.getStyleClass().add("panel-title");
        CheckBox showTest = new CheckBox(Messages.get("output.showtest"));
        showTest.setId("show-test");
        showTest.selectedProperty().bindBidirectional(outputModel.showTestProperty());
        Tips.install(showTest, Messages.get("output.showtest.tip"));
        CheckBox discretize = new CheckBox(Messages.get("output.discretize"));
        discretize.setId("discretize");
        discretize.selectedProperty().bindBidirectional(outputModel.discretizeProperty());
        Tips.install(discretize, Messages.get("output.discretize.tip"));
        discretize.disableProperty().bind(output.outputShapeProperty().isNotEqualTo(OutputShape.MAP));
        showTest.disableProperty().bind(output.outputShapeProperty().isEqualTo(OutputShape.TABLE));
        VBox outputColumn = new VBox(8, outTitle, output, new javafx.scene.layout.FlowPane(12, 4, showTest, discretize),
                charts);
        outputColumn.getStyleClass().addAll("panel", "output-panel");
        VBox.setVgrow(charts, Priority.ALWAYS);

        FeaturesPanel features = new FeaturesPanel(vm.data());
        HBox columns = new HBox(Fit.scrolling(new DataPanel(vm.data(), vm.training())), Fit.scrolling(features),
                networkColumn, Fit.scrolling(outputColumn));
        Fit.compactBelow(this, display, features::setCompact);
        columns.getStyleClass().add("columns");
        modes = new ModeTabs(vm, fileMenu, columns, top.getChildren().get(1));
        setCenter(modes);
        setBottom(status);
        setRight(new LessonPanel(vm.lessons()));
        Fit.narrowerThan(this, display, LESSONS_UNFOLDED_FROM, vm.lessons()::windowNarrow);
        fileMenu.getMenus().add(new LessonsMenu(vm.lessons()));
        fileMenu.addPicture(Messages.get("image.diagnostics"), modes.diagnostics().exportNode(), () -> true);
        fileMenu.addPicture(Messages.get("image.inside"), modes.inside(), () -> true);
        fileMenu.addPicture(Messages.get("image.heatmap"), output, () -> !vm.data().drawModeProperty().get());
        fileMenu.addPicture(Messages.get("image.network"), network, () -> true);
        ChartImages.offer(fileMenu, charts, Messages.get("image.charts"), dialogs);

        ows.generationProperty().addListener((o, a, b) -> {
            structureChanged = true;
            charts.redraw(false); // the curves start over: empty after a reset, an opened project's rows
        });
        ows.errorProperty().addListener((o, a, b) -> updateBanner());
        outputModel.focusProperty().addListener((o, a, b) -> {
            if (b != null && lastResult != null && b.layer() >= lastResult.layers().size()) {
                outputModel.focusProperty().set(null);
            }
        });
        display.attach(this);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame(now);
            }
        };
    }

    private HBox networkHeader(NetworkViewModel model) {
        NetworkEditorViewModel editor = model.editor();
        Label title = new Label(Messages.get("network.title"));
        title.getStyleClass().add("panel-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Button add = new Button(null, FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignP.PLUS));
        add.setId("add-layer");
        add.setOnAction(e -> editor.addLayer());
        Tips.install(add, Messages.get("network.layer.add.tip"));
        Button remove = new Button(null, FontIcon.of(org.kordamp.ikonli.materialdesign2.MaterialDesignM.MINUS));
        remove.setId("remove-layer");
        remove.setOnAction(e -> editor.removeLayer());
        Tips.install(remove, Messages.get("network.layer.remove.tip"));
        Label count = new Label();
        count.setId("layer-count");
        count.getStyleClass().add("layer-count");
        Runnable setCount = () -> {
            int n = model.networkProperty().get().hidden().size();
            count.setText(n == 0 ? Messages.get("network.layers.none")
                    : n == 1 ? Messages.get("network.layers.one") : Messages.format("network.layers", n));
        };
        model.networkProperty().addListener((o, a, b) -> setCount.run());
        setCount.run();
        Button undo = new Button(null, FontIcon.of(MaterialDesignU.UNDO));
        undo.setId("undo");
        undo.disableProperty().bind(vm.undo().canUndoProperty().not());
        undo.setOnAction(e -> vm.undo().undo());
        Tips.install(undo, Messages.get("undo.tip"));
        Button redo = new Button(null, FontIcon.of(MaterialDesignR.REDO));
        redo.setId("redo");
        redo.disableProperty().bind(vm.undo().canRedoProperty().not());
        redo.setOnAction(e -> vm.undo().redo());
        Tips.install(redo, Messages.get("redo.tip"));
        for (Button b : new Button[] {add, remove, undo, redo}) {
            b.getStyleClass().addAll("button-icon", "flat");
        }
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Label hint = new Label(null, FontIcon.of(MaterialDesignL.LIGHTBULB_OUTLINE));
        Tips.install(hint, Messages.get("network.hint"));
        HBox h = new HBox(6, title, add, remove, count, grow, hint, undo, redo);
        h.setAlignment(Pos.CENTER_LEFT);
        return h;
    }

    /** Starts the frame loop and the output worker. */
    public void start() {
        if (worker == null) {
            worker = new LatestWinsWorker<>("nnplay-output");
        }
        timer.start();
    }

    /** Stops the frame loop and the output worker. */
    public void stop() {
        timer.stop();
        modes.stop();
        if (worker != null) {
            worker.close();
            worker = null;
        }
        charts.close();
    }

    /** An evaluation and the snapshot it was made from. */
    private record Drawn(Snapshot snapshot, Evaluation evaluation) {
    }

    /** One frame: pull the snapshot, and redraw only what changed with it (or with the structure). */
    void frame(long now) {
        long t0 = System.nanoTime();
        vm.poll();
        if (structureChanged) {
            structureChanged = false;
            rebuildStructure();
        }
        Snapshot s = ows.snapshotProperty().get();
        boolean playing = ows.playingProperty().get();
        // by identity, not poll()'s answer: a test's awaitIdle() may have taken the snapshot already
        if (s != drawn && worker != null) {
            drawn = s;
            if (evaluator.shape() != OutputShape.TABLE || tablePace.take(now, playing)) {
                OutputEvaluator ev = evaluator;
                worker.submit(() -> {
                    Evaluation e = ev.evaluate(s.weights());
                    return e == null ? null : new Drawn(s, e);
                });
            }
            network.update(s, null);
            chartDirty |= chartsModel.add(s);
            status.update(s);
            updateBanner();
            vm.diagnostics().accept(s);
        }
        modes.frame(now, s);
        Drawn d = worker != null ? worker.take() : null;
        if (d != null && d.evaluation().source() == evaluator) {
            evaluated = d.snapshot();
            output.show(d.evaluation());
            if (d.evaluation().grid() != null) {
                lastResult = d.evaluation().grid();
                network.update(d.snapshot(), lastResult);
            } else if (d.evaluation().curve() != null) {
                network.updateCurves(d.evaluation().curve());
            }
        }
        network.frame(now, playing);
        if (chartDirty && chartPace.take(now, playing)) {
            charts.redraw(playing);
            chartDirty = false;
        }
        charts.frame(playing);
        frames.record(now, System.nanoTime() - t0);
    }

    private void rebuildStructure() {
        modes.rebuildInside(dark);
        evaluator = outputModel.newEvaluator();
        output.switchTo(evaluator.shape());
        network.rebuild();
        drawn = null;
        evaluated = null;
        lastResult = null;
    }

    private void updateBanner() {
        String err = ows.errorProperty().get();
        Snapshot s = ows.snapshotProperty().get();
        String text = !err.isEmpty() ? err : NoticeText.of(s.notice());
        banner.setText(text);
        banner.setVisible(!text.isEmpty());
        banner.pseudoClassStateChanged(SHOWN, !text.isEmpty());
        String kind = s.diverged() || !err.isEmpty() ? "danger" : "info";
        if (!banner.getStyleClass().contains(kind)) { // a change of style classes costs a CSS pass
            banner.getStyleClass().removeAll("danger", "info");
            banner.getStyleClass().add(kind);
        }
    }

    // ---- for tests and measurements -------------------------------------------------------------

    /** The frame timings so far. */
    public FrameStats frames() {
        return frames;
    }

    /** The heat map's pixels as last drawn. */
    public int[] heatMapPixels() {
        return output.pixels();
    }

    /** Whether the output shows the newest snapshot (its evaluation arrived and was drawn). */
    public boolean outputCurrent() {
        return evaluated != null && evaluated == ows.snapshotProperty().get();
    }

    /** The output views. */
    public OutputPane output() {
        return output;
    }

    /** Points in the loss curve. */
    public int chartPoints() {
        return chartsModel.points();
    }

    /** Recolours the charts for the theme. */
    public void applyTheme(boolean dark) {
        this.dark = dark;
        charts.applyTheme(dark);
        modes.applyTheme(dark);
    }

    public FilesViewModel files() {
        return files;
    }

    public FileMenu fileMenu() {
        return fileMenu;
    }

    /** The tabs: playground, inside, compare runs, lab. */
    public TabPane tabs() {
        return modes;
    }

    /** The inside view's diagnostics panel. */
    public DiagnosticsPanel diagnosticsPanel() {
        return modes.diagnostics();
    }

    /** The inside view's pictures, for the current network; null before the first frame. */
    public InsidePane insidePane() {
        return modes.insidePane();
    }

    /** Compare runs' view, built when first asked for. */
    public CompareView compare() {
        return modes.compare();
    }

    /** The descent lab's view, once opened; null before. */
    public LabView lab() {
        return modes.lab();
    }

    /** Zoom and presentation mode. */
    public Display display() {
        return display;
    }

    public OutputViewModel outputModel() {
        return outputModel;
    }
}
