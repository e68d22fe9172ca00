package dev.nnplay.app.ui.diagnostics;

import dev.nnplay.app.ui.common.Palette;
import javafx.scene.paint.Color;

/**
 * The colours of the diagnostics' small charts, light or dark: blue for the quantity, green for the
 * healthy band, red for trouble (stuck units, gradients that are exactly zero).
 *
 * @param background the plot's fill
 * @param grid       reference lines
 * @param text       labels
 * @param line       the quantity's curve
 * @param band       the healthy band's fill
 * @param alarm      stuck units, exact zeros
 * @param heatFrom   a heat strip's empty cell, packed ARGB
 * @param heatTo     a heat strip's fullest cell, packed ARGB
 */
record Theme(Color background, Color grid, Color text, Color line, Color band, Color alarm, int heatFrom, int heatTo) {

    static final Theme LIGHT = new Theme(Color.web("#fbfbfc"), Color.web("#d9dde1"), Color.web("#3a3f44"),
            Color.web("#0877bd"), Color.web("#2ca02c", 0.18), Color.web("#d62728"), 0xFFFBFBFC, Palette.BLUE);
    static final Theme DARK = new Theme(Color.web("#1f2326"), Color.web("#3b4247"), Color.web("#d6dadd"),
            Color.web("#4ea8e6"), Color.web("#3cc13c", 0.22), Color.web("#ff6b6b"), 0xFF1F2326, 0xFF4EA8E6);

    static Theme of(boolean dark) {
        return dark ? DARK : LIGHT;
    }

    /**
     * A heat strip's cell colour for a fill {@code t} in (0, 1]: a square root and a floor of a quarter,
     * so that a bin holding a single value still shows.
     */
    Color heat(double t) {
        int argb = Palette.mix(heatFrom, heatTo, 0.25 + 0.75 * Math.sqrt(Math.max(0, Math.min(1, t))));
        return Color.rgb((argb >> 16) & 255, (argb >> 8) & 255, argb & 255);
    }
}
