package dev.nnplay.app.ui;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.app.ui.compare.CompareView;
import dev.nnplay.app.ui.diagnostics.DiagnosticsPanel;
import dev.nnplay.app.ui.diagnostics.InsideModel;
import dev.nnplay.app.ui.diagnostics.InsidePane;
import dev.nnplay.app.ui.files.FileMenu;
import dev.nnplay.app.ui.lab.LabView;
import dev.nnplay.app.ui.lessons.LessonsViewModel;
import dev.nnplay.engine.train.Snapshot;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;

/**
 * The window's four tabs (playground, inside the network, compare runs, descent lab) and the views
 * that live only in them: the inside view's diagnostics panel and pictures, compare runs and the lab,
 * the last two built when first opened. The playground's state is kept while another tab is shown;
 * the training bar shows above the playground and the inside view only. The selected tab follows the
 * lessons' view, and the lessons' view the selected tab.
 */
final class ModeTabs extends TabPane {
    private final PlaygroundViewModel vm;
    private final FileMenu fileMenu;
    private final DiagnosticsPanel diagnostics;
    /** The inside view: the diagnostics panel and the pictures of what the layers do. */
    private final VBox inside = new VBox(8);
    private final Tab insideTab;
    private final Tab compareTab;
    private InsidePane insidePane;
    /** Compare runs, built when first shown. */
    private CompareView compare;
    private LabView lab;

    ModeTabs(PlaygroundViewModel vm, FileMenu fileMenu, Node playground, Node trainingBar) {
        this.vm = vm;
        this.fileMenu = fileMenu;
        diagnostics = new DiagnosticsPanel(vm.diagnostics());
        diagnostics.setExpanded(true);
        Tab play = new Tab(Messages.get("mode.playground"), playground);
        play.setId("tab-playground");
        insideTab = new Tab(Messages.get("mode.inside"));
        insideTab.setId("tab-inside");
        ScrollPane insideScroll = new ScrollPane(inside);
        insideScroll.setFitToWidth(true);
        insideScroll.getStyleClass().add("edge-to-edge");
        inside.getStyleClass().addAll("panel", "inside-panel");
        inside.getChildren().add(diagnostics);
        insideTab.setContent(insideScroll);
        compareTab = new Tab(Messages.get("mode.compare"));
        compareTab.setId("tab-compare");
        Tab labTab = new Tab(Messages.get("mode.lab"));
        labTab.setId("tab-lab");
        getTabs().addAll(play, insideTab, compareTab, labTab);
        setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getStyleClass().add("modes");
        LessonsViewModel lessons = vm.lessons();
        vm.diagnostics().setOpen(false);
        diagnostics.expandedProperty().addListener((o, a, b) -> vm.diagnostics().setOpen(b && insideTab.isSelected()));
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            boolean inLab = b == labTab;
            boolean inCompare = b == compareTab;
            trainingBar.setVisible(!inLab && !inCompare);
            trainingBar.setManaged(!inLab && !inCompare);
            vm.diagnostics().setOpen(b == insideTab && diagnostics.isExpanded());
            if (inLab && lab == null) {
                lab = new LabView(vm.lab());
                labTab.setContent(lab);
                fileMenu.addPicture(Messages.get("image.lab"), lab.mapNode(), () -> true);
            }
            if (inCompare) {
                compare();
            }
            if (lab != null) {
                if (inLab) {
                    lab.start();
                } else {
                    lab.stop();
                }
            }
            LessonsViewModel.View v = inLab ? LessonsViewModel.View.LAB
                    : inCompare ? LessonsViewModel.View.COMPARE : LessonsViewModel.View.PLAYGROUND;
            if (b != insideTab && lessons.viewProperty().get() != v) {
                lessons.viewProperty().set(v);
            }
        });
        lessons.viewProperty().addListener((o, a, b) -> {
            Tab want = switch (b) {
                case LAB -> labTab;
                case COMPARE -> compareTab;
                case PLAYGROUND -> getSelectionModel().getSelectedItem() == insideTab ? insideTab : play;
            };
            if (getSelectionModel().getSelectedItem() != want) {
                getSelectionModel().select(want);
            }
        });
    }


    /** Once a frame, with the newest snapshot: the inside view while it is shown, compare runs once built. */
    void frame(long now, Snapshot s) {
        if (insideTab.isSelected()) {
            diagnostics.refresh();
            if (insidePane != null) {
                insidePane.frame(s);
            }
        }
        if (compare != null) {
            compare.frame(now);
        }
    }

    void applyTheme(boolean dark) {
        diagnostics.applyTheme(dark);
        if (insidePane != null) {
            insidePane.applyTheme(dark);
        }
    }

    /** Stops the lab's loop and the inside pictures' worker. */
    void stop() {
        if (lab != null) {
            lab.stop();
        }
        if (insidePane != null) {
            insidePane.close();
            insidePane = null;
        }
    }

    /** Compare runs' view, built on first use. */
    CompareView compare() {
        if (compare == null) {
            compare = new CompareView(vm.compare());
            compareTab.setContent(compare);
            fileMenu.addPicture(Messages.get("image.compare"), compare.chartNode(), () -> true);
        }
        return compare;
    }

    /** The descent lab's view, once opened; null before. */
    LabView lab() {
        return lab;
    }

    /** The pictures of the inside view for the network and data now in the workspace. */
    void rebuildInside(boolean dark) {
        if (insidePane != null) {
            insidePane.close();
            inside.getChildren().remove(insidePane);
        }
        insidePane = new InsidePane(vm.newInsideModel());
        insidePane.applyTheme(dark);
        if (insidePane.kind() != InsideModel.Kind.NONE) {
            inside.getChildren().add(insidePane);
        }
    }

    DiagnosticsPanel diagnostics() {
        return diagnostics;
    }

    /** The inside view's whole content, for a picture of it. */
    Node inside() {
        return inside;
    }

    /** The inside view's pictures, for the current network; null before the first frame. */
    InsidePane insidePane() {
        return insidePane;
    }
}
