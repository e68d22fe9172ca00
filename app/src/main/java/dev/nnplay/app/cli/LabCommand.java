package dev.nnplay.app.cli;

import dev.nnplay.engine.lab.OptimizerPath;
import dev.nnplay.engine.lab.Surface;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.project.AtomicFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nnplay lab}: optimizers' paths across a loss surface, drawn to a PNG and written to a CSV, headless. */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = "Run optimizers from one start across a loss surface and draw their paths on its contour "
                + "map (PNG), or write them (CSV). Every step is the engine's own optimizer.")
final class LabCommand implements Callable<Integer> {
    /** The most steps a path may take. */
    static final int MAX_STEPS = 100_000;

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--surface", defaultValue = "ravine", paramLabel = "NAME",
            description = "line, ravine, saddle, rosenbrock, plateau or minima (default: ${DEFAULT-VALUE}).")
    private String surface;

    @Option(names = "--optimizers", defaultValue = "sgd,momentum,adam", paramLabel = "LIST",
            description = "Comma-separated: sgd, momentum, nesterov, adagrad, rmsprop, adam, adamw "
                    + "(default: ${DEFAULT-VALUE}).")
    private String optimizers;

    @Option(names = "--steps", defaultValue = "50", paramLabel = "N", description = "Steps per path (default: ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--lr", paramLabel = "RATE", description = "One learning rate for all, such as 0.1, or one per "
            + "optimizer, such as sgd=0.4,adam=0.05 (default: a rate suited to each optimizer on the surface).")
    private String lr;

    @Option(names = "--start", paramLabel = "X,Y", description = "Where every path starts (default: the surface's start).")
    private String start;

    @Option(names = "--size", paramLabel = "WxH", description = "Picture size in pixels (default: 900 wide, as "
            + "high as the map's shape needs).")
    private String size;

    @Option(names = "--out", paramLabel = "LAB.png", description = "Write the contour map with the paths.")
    private Path out;

    @Option(names = "--csv", paramLabel = "PATHS.csv", description = "Write every point of every path: optimizer, "
            + "learning rate, step, the two parameters, the loss.")
    private Path csv;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (out == null && csv == null) {
            throw new UserError("nothing to write: give --out LAB.png, --csv PATHS.csv or both");
        }
        if (steps < 0 || steps > MAX_STEPS) {
            throw new UserError("--steps must be 0 to " + MAX_STEPS + ", got " + steps);
        }
        Surface s = surfaceNamed(surface);
        int[] wh = size == null ? new int[] {900, LabPicture.fittingHeight(s, 900)} : size(size);
        double[] from = start == null ? s.defaultStart() : pair("--start", start);
        List<String> types = types(optimizers);
        Map<String, Double> rates = rates(lr, types);
        List<OptimizerPath> paths = new ArrayList<>();
        for (String t : types) {
            double rate = rates.getOrDefault(t, s.suggestedRate(t));
            OptimizerSpec os;
            try {
                os = OptimizerSpec.of(t, rate);
            } catch (IllegalArgumentException e) {
                throw new UserError("--lr for " + t + ": " + e.getMessage());
            }
            OptimizerPath p = new OptimizerPath(s, os, from[0], from[1]);
            p.run(steps);
            paths.add(p);
        }
        if (out != null) {
            var img = new LabPicture(s, paths, wh[0], wh[1]).render();
            AtomicFiles.write(out, o -> {
                if (!ImageIO.write(img, "png", o)) {
                    throw new IOException("no PNG writer");
                }
            });
        }
        if (csv != null) {
            writeCsv(csv, s, paths);
        }
        if (!quiet) {
            PrintWriter w = spec.commandLine().getOut();
            for (OptimizerPath p : paths) {
                w.printf(Locale.ROOT, "%-9s lr %-8s %5d steps   J %s → %s%s%n", p.spec().type(),
                        LabPicture.tick(p.spec().learningRate()), p.steps(), LabPicture.tick(p.loss(0)),
                        LabPicture.tick(p.loss(p.steps())), p.diverged() ? "   (diverged)" : "");
            }
            w.flush();
        }
        return 0;
    }

    private static void writeCsv(Path file, Surface s, List<OptimizerPath> paths) throws IOException {
        AtomicFiles.write(file, os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                p.printRecord("optimizer", "learning_rate", "step", s.paramNames().get(0), s.paramNames().get(1), "loss");
                for (OptimizerPath path : paths) {
                    for (int k = 0; k <= path.steps(); k++) {
                        p.printRecord(path.spec().type(), path.spec().learningRate(), k, (float) path.x(k),
                                (float) path.y(k), path.loss(k));
                    }
                }
            }
        });
    }

    private static Surface surfaceNamed(String name) {
        try {
            return Surface.named(name);
        } catch (IllegalArgumentException e) {
            throw new UserError("--surface: " + e.getMessage());
        }
    }

    static List<String> types(String list) {
        List<String> types = new ArrayList<>();
        for (String t : list.split(",", -1)) {
            String id = t.trim().toLowerCase(Locale.ROOT);
            if (!OptimizerSpec.TYPES.contains(id)) {
                throw new UserError("--optimizers: unknown optimizer '" + t.trim() + "'; expected "
                        + String.join(", ", OptimizerSpec.TYPES));
            }
            if (types.contains(id)) {
                throw new UserError("--optimizers: " + id + " is listed twice");
            }
            types.add(id);
        }
        return types;
    }

    /** {@code 0.1} for all of {@code types}, or {@code sgd=0.4,adam=0.05} for some. */
    static Map<String, Double> rates(String spec, List<String> types) {
        Map<String, Double> rates = new LinkedHashMap<>();
        if (spec == null) {
            return rates;
        }
        if (!spec.contains("=")) {
            double r = number("--lr", spec);
            types.forEach(t -> rates.put(t, r));
            return rates;
        }
        for (String part : spec.split(",", -1)) {
            String[] kv = part.split("=", -1);
            String id = kv[0].trim().toLowerCase(Locale.ROOT);
            if (kv.length != 2 || !types.contains(id)) {
                throw new UserError("--lr: expected OPTIMIZER=RATE for one of " + String.join(", ", types) + ", got '"
                        + part.trim() + "'");
            }
            rates.put(id, number("--lr " + id, kv[1]));
        }
        return rates;
    }

    static double[] pair(String option, String text) {
        String[] p = text.split(",", -1);
        if (p.length != 2) {
            throw new UserError(option + ": expected two numbers X,Y, got '" + text + "'");
        }
        return new double[] {number(option, p[0]), number(option, p[1])};
    }

    static int[] size(String text) {
        String[] p = text.toLowerCase(Locale.ROOT).split("x", -1);
        try {
            int w = Integer.parseInt(p[0].trim());
            int h = Integer.parseInt(p[1].trim());
            if (p.length == 2 && w >= 320 && h >= 240 && w <= 6000 && h <= 6000) {
                return new int[] {w, h};
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            // reported below
        }
        throw new UserError("--size: expected WIDTHxHEIGHT from 320x240 to 6000x6000 pixels, got '" + text + "'");
    }

    private static double number(String option, String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UserError(option + ": '" + text.trim() + "' is not a number");
    }
}
