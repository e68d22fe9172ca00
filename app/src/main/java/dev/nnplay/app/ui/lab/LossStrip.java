package dev.nnplay.app.ui.lab;

import dev.nnplay.app.ui.common.Messages;
import dev.nnplay.engine.lab.OptimizerPath;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Each path's loss over its steps, on a log scale, in its optimizer's colour. */
final class LossStrip extends Canvas {
    private static final double LEFT = 44;
    private static final double BOTTOM = 22;
    /** Losses below this are drawn at it: a log scale has no room for an exact zero. */
    private static final double FLOOR = 1e-12;

    private final LabViewModel vm;

    LossStrip(LabViewModel vm, double width, double height) {
        super(width, height);
        this.vm = vm;
        vm.revisionProperty().addListener((o, a, b) -> draw());
        draw();
    }

    void draw() {
        GraphicsContext g = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        g.setFill(Color.web("#f7f9fa"));
        g.fillRect(0, 0, w, h);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int steps = 1;
        for (LabViewModel.Lane l : vm.lanes()) {
            OptimizerPath p = l.path();
            if (p == null) {
                continue;
            }
            steps = Math.max(steps, p.steps());
            for (double j : p.losses()) {
                if (Double.isFinite(j)) {
                    double v = Math.log10(Math.max(FLOOR, j));
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        double pw = w - LEFT - 8;
        double ph = h - BOTTOM - 8;
        g.setStroke(Color.web("#c9ced3"));
        g.strokeRect(LEFT, 8, pw, ph);
        g.setFill(Color.web("#24292f"));
        g.setFont(Font.font(11));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        g.fillText(Messages.format("lab.loss.steps", steps), LEFT + pw / 2, 8 + ph + 4);
        if (!(hi >= lo)) {
            return;
        }
        if (hi - lo < 1) {
            hi = lo + 1;
        }
        g.setTextAlign(TextAlignment.RIGHT);
        g.setTextBaseline(VPos.CENTER);
        for (int e = (int) Math.ceil(lo); e <= Math.floor(hi); e += Math.max(1, (int) ((hi - lo) / 4))) {
            double y = 8 + ph - (e - lo) / (hi - lo) * ph;
            g.fillText("10" + SurfaceCanvas.superscript(e), LEFT - 4, y);
            g.setStroke(Color.web("#e6e9ec"));
            g.strokeLine(LEFT, y, LEFT + pw, y);
        }
        for (LabViewModel.Lane l : vm.lanes()) {
            OptimizerPath p = l.path();
            if (p == null) {
                continue;
            }
            double[] js = p.losses();
            g.setStroke(SurfaceCanvas.colour(l.optimizer()).darker());
            g.setLineWidth(2);
            g.beginPath();
            boolean started = false;
            for (int k = 0; k < js.length; k++) {
                if (!Double.isFinite(js[k])) {
                    break;
                }
                double x = LEFT + (double) k / steps * pw;
                double y = 8 + ph - (Math.log10(Math.max(FLOOR, js[k])) - lo) / (hi - lo) * ph;
                if (started) {
                    g.lineTo(x, y);
                } else {
                    g.moveTo(x, y);
                    started = true;
                }
            }
            g.stroke();
        }
    }
}
