package dev.nnplay.engine.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nnplay.engine.nn.Rng;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Where a project's data comes from and how it is prepared: a generator, a CSV file, or rows kept in
 * the project (examples and drawn points); which 2-D features the network sees; the test share; and
 * the scaling.
 *
 * @param source    {@code generator}, {@code csv} or {@code inline}
 * @param generator the generator's settings (source generator)
 * @param csv       the file and its columns (source csv)
 * @param inline    the rows (source inline)
 * @param features  2-D feature names ({@link Feature#id()}); empty to feed the raw columns
 * @param testRatio the share of rows held out for testing, in {@code [0, 1)}
 * @param scaling   {@code none}, {@code standardize} or {@code minmax}, fitted on the training rows
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DataSpec(String source, GeneratorSpec generator, CsvSpec csv, InlineData inline,
                       List<String> features, double testRatio, String scaling) {

    public DataSpec {
        source = source == null ? null : source.toLowerCase(Locale.ROOT);
        if (source == null) {
            source = generator != null ? "generator" : csv != null ? "csv" : inline != null ? "inline" : null;
        }
        if (source == null) {
            throw new IllegalArgumentException("data needs a source: generator, csv or inline");
        }
        switch (source) {
            case "generator" -> require(generator, "generator");
            case "csv" -> require(csv, "csv");
            case "inline" -> require(inline, "inline");
            default -> throw new IllegalArgumentException("unknown data source '" + source
                    + "'; expected generator, csv or inline");
        }
        features = features == null ? List.of() : List.copyOf(features);
        features.forEach(Feature::byId);
        if (!(testRatio >= 0 && testRatio < 1)) {
            throw new IllegalArgumentException("testRatio must be in [0, 1), got " + testRatio);
        }
        scaling = scaling == null ? "none" : scaling.toLowerCase(Locale.ROOT);
        if (!InputTransform.SCALINGS.contains(scaling)) {
            throw new IllegalArgumentException("unknown scaling '" + scaling + "'; expected none, standardize or minmax");
        }
    }

    private static void require(Object part, String name) {
        if (part == null) {
            throw new IllegalArgumentException("data source is " + name + " but the '" + name + "' settings are missing");
        }
    }

    /**
     * Generated data with the playground's defaults: half held out, and x1 and x2 as features for the
     * 2-D sets (1-D curves feed their one raw column, since the 2-D features need two).
     */
    public static DataSpec generated(GeneratorSpec g) {
        List<String> f = Generators.info(g.name()).isTwoD() ? List.of("x1", "x2") : List.of();
        return new DataSpec("generator", g, null, null, f, 0.5, "none");
    }

    /**
     * A CSV file as the command line and the window both read it: delimiter, header and quoting
     * detected, {@code label} the column to predict (null for the last), the task guessed from it, the
     * inputs scaled to mean 0 and standard deviation 1 when {@code standardize}.
     */
    public static DataSpec csv(String path, String label, String task, double testRatio, boolean standardize) {
        return new DataSpec("csv", null, new CsvSpec(path, label, task, List.of(), false), null, List.of(), testRatio,
                standardize ? "standardize" : "none");
    }

    /** The raw rows; {@code baseDir} resolves a relative CSV path. */
    public Dataset load(Path baseDir) {
        return switch (source) {
            case "generator" -> Generators.generate(generator);
            case "csv" -> CsvLoader.load(resolve(baseDir, csv.path()), csv);
            case "inline" -> inline.toDataset();
            default -> throw new AssertionError(source);
        };
    }

    /**
     * Loads, cuts and fits the transform on the training part. {@code seed} is the project's seed: the
     * cut draws from its split stream ({@link Rng#seedFor}), as everywhere else.
     */
    public PreparedData prepare(Path baseDir, long seed) {
        return prepare(baseDir, seed, null);
    }

    /**
     * As {@link #prepare(Path, long)}, but with {@code fitted} as the transform when it is not null:
     * trained weights belong to the transform they were trained with, so a project that records one
     * replays it rather than fitting anew.
     */
    public PreparedData prepare(Path baseDir, long seed, InputTransform fitted) {
        Dataset raw = load(baseDir);
        long splitSeed = Rng.seedFor(seed, Rng.Purpose.SPLIT);
        return fitted == null
                ? PreparedData.of(raw, testRatio, splitSeed, features, scaling)
                : PreparedData.of(raw, Split.of(raw, testRatio, splitSeed), fitted);
    }

    /** {@code path} against {@code baseDir} unless it is absolute. */
    public static Path resolve(Path baseDir, String path) {
        Path p = Path.of(path);
        return p.isAbsolute() || baseDir == null ? p : baseDir.resolve(p).normalize();
    }

    /**
     * This spec as seen from {@code toDir} rather than {@code fromDir}: a relative CSV path is rewritten
     * so that it still names the same file (relative again where the two folders share a root, absolute
     * otherwise). Used when a project is saved into another folder than the one it was read from.
     */
    public DataSpec rebased(Path fromDir, Path toDir) {
        if (csv == null || fromDir == null || toDir == null || Path.of(csv.path()).isAbsolute()) {
            return this;
        }
        Path from = fromDir.toAbsolutePath().normalize();
        Path to = toDir.toAbsolutePath().normalize();
        if (from.equals(to)) {
            return this;
        }
        Path file = from.resolve(csv.path()).normalize();
        String p;
        try {
            p = to.relativize(file).toString();
        } catch (IllegalArgumentException e) {
            p = file.toString();
        }
        if (p.isEmpty()) {
            p = file.toString();
        }
        return new DataSpec(source, generator, csv.withPath(p.replace(java.io.File.separatorChar, '/')), inline,
                features, testRatio, scaling);
    }

    /** This spec with other features. */
    public DataSpec withFeatures(List<String> f) {
        return new DataSpec(source, generator, csv, inline, f, testRatio, scaling);
    }

    /** This spec with another test share. */
    public DataSpec withTestRatio(double r) {
        return new DataSpec(source, generator, csv, inline, features, r, scaling);
    }

    /** This spec with another generator (source generator). */
    public DataSpec withGenerator(GeneratorSpec g) {
        return new DataSpec("generator", g, null, null, features, testRatio, scaling);
    }

    /** This spec with inline rows (drawn points). */
    public DataSpec withInline(InlineData d) {
        return new DataSpec("inline", null, null, d, features, testRatio, scaling);
    }
}
