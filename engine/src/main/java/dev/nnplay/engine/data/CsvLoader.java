package dev.nnplay.engine.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ejml.data.FMatrixRMaj;

/**
 * Reads a CSV file into a data set: numeric input columns and one label column (or several numeric
 * target columns for regression). The delimiter and the header are detected unless given
 * ({@link CsvFormatGuess}); without a header the columns are named {@code col1, col2, …}. Labels that
 * are text, or at most {@value CsvTargets#MAX_INTEGER_CLASSES} distinct whole numbers, make a
 * classification whose class names are the labels in order of first appearance (whole numbers sorted
 * by value); other numbers make a regression. {@link CsvSpec#task()} overrides the guess.
 *
 * <p>The file streams through once into growable float arrays, so a 100 MB file costs its numbers,
 * not its text. The limits ({@link #MAX_ROWS}, {@link #MAX_COLUMNS}, {@link #MAX_VALUES}) are checked
 * before the arrays grow past them. Every problem is a {@link DataException} naming the file, the line
 * and the column.
 */
public final class CsvLoader {

    /** The most distinct integer labels that still count as classes when the task is not given. */
    public static final int MAX_INTEGER_CLASSES = CsvTargets.MAX_INTEGER_CLASSES;
    /** The most data rows a file may have. */
    public static final int MAX_ROWS = 1_000_000;
    /** The most columns a file may have. */
    public static final int MAX_COLUMNS = 4096;
    /** The most numbers (rows × used columns) a file may hold: 200 MB of floats. */
    public static final long MAX_VALUES = 50_000_000L;

    /** Every so many rows (a power of two) the memory the data will need is checked. */
    private static final int MEMORY_CHECK_ROWS = 1 << 14;
    /**
     * Floats per value alive at the peak: the growing array and its copy as it grows, the exact array,
     * the prepared (transformed) rows and their split into parts.
     */
    private static final int MEMORY_COPIES = 5;

    private CsvLoader() {
    }

    /** Reads {@code file} as {@code spec} says; rows dropped under {@link CsvSpec#dropInvalid()} are not reported. */
    public static Dataset load(Path file, CsvSpec spec) {
        return read(file, spec).data();
    }

    /** Reads {@code file} as {@code spec} says, reporting the detected format and any dropped rows. */
    public static CsvResult read(Path file, CsvSpec spec) {
        CsvFormatGuess guess = CsvFormatGuess.of(file, spec);
        try (Reader in = CsvFormatGuess.open(file); CSVParser parser = guess.format().parse(in)) {
            return new Reading(file, spec, guess, parser).run();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new DataException(file + ": " + FileChecks.readProblem(e), e);
        }
    }

    /**
     * A parser over the rows of {@code file} as {@link #read} sees them: UTF-8 past a byte-order mark,
     * the delimiter detected (comma, semicolon or tab), cells trimmed, blank lines skipped; the first
     * row is returned like the others, whether it is a header or not. For files of inputs to predict.
     */
    public static CSVParser openRows(Path file) {
        CsvFormatGuess guess = CsvFormatGuess.of(file, CsvSpec.of(file.toString()));
        try {
            return guess.format().parse(CsvFormatGuess.open(file));
        } catch (IOException e) {
            throw new DataException(file + ": " + FileChecks.readProblem(e), e);
        }
    }

    /** As {@link #openRows(Path)}, for text already read (such as standard input). */
    public static CSVParser parseRows(String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String sample = t.substring(0, Math.min(t.length(), CsvFormatGuess.SAMPLE_CHARS));
        try {
            return CsvFormatGuess.format(CsvFormatGuess.delimiter(sample)).parse(new java.io.StringReader(t));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The detected delimiter and header, the column names, and up to {@code rows} data rows as text,
     * for a column picker. Reads only the start of the file.
     */
    public static CsvPreview peek(Path file, int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be at least 0, got " + rows);
        }
        CsvFormatGuess guess = CsvFormatGuess.of(file, CsvSpec.of(file.toString()));
        List<List<String>> records = new ArrayList<>();
        try (Reader in = CsvFormatGuess.open(file); CSVParser parser = guess.format().parse(in)) {
            for (CSVRecord r : parser) {
                if (isBlank(r)) {
                    continue;
                }
                records.add(r.toList());
                if (records.size() == rows + 1) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new DataException(file + ": " + FileChecks.readProblem(e), e);
        }
        if (records.isEmpty()) {
            return new CsvPreview(guess.delimiter(), guess.header(), List.of(), List.of());
        }
        List<String> names = guess.header() ? columnNames(records.get(0)) : defaultNames(records.get(0).size());
        List<List<String>> data = records.subList(guess.header() ? 1 : 0, records.size());
        return new CsvPreview(guess.delimiter(), guess.header(), names,
                data.subList(0, Math.min(rows, data.size())));
    }

    /** The header's names: blank ones become {@code colN}, repeated ones get {@code _N} (their column number). */
    static List<String> columnNames(List<String> header) {
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int j = 0; j < header.size(); j++) {
            String n = header.get(j).isEmpty() ? "col" + (j + 1) : header.get(j);
            while (!seen.add(n)) {
                n = n + "_" + (j + 1);
            }
            names.add(n);
        }
        return names;
    }

    static List<String> defaultNames(int width) {
        List<String> names = new ArrayList<>();
        for (int j = 0; j < width; j++) {
            names.add("col" + (j + 1));
        }
        return names;
    }

    /** One pass over one file. */
    private static final class Reading {
        /** The file, for messages. */
        private final Path file;
        /** What the user asked for. */
        private final CsvSpec spec;
        /** The delimiter and header in use. */
        private final CsvFormatGuess guess;
        /** The records. */
        private final CSVParser parser;
        /** The column names, once the first record is read. */
        private List<String> names;
        /** The positions of the input columns. */
        private int[] inputs;
        /** The label column(s). */
        private CsvTargets targets;
        /** The positions of the label columns. */
        private int[] labels;
        /** The inputs of the rows kept, row-major. */
        private FloatArray x;
        /** How many rows were kept. */
        private int rows;
        /** How many rows were dropped, and why the first few were. */
        private int dropped;
        private final List<String> reasons = new ArrayList<>();

        Reading(Path file, CsvSpec spec, CsvFormatGuess guess, CSVParser parser) {
            this.file = file;
            this.spec = spec;
            this.guess = guess;
            this.parser = parser;
        }

        CsvResult run() {
            int records = 0;
            float[] row = null;
            for (CSVRecord r : parser) {
                long line = parser.getCurrentLineNumber();
                if (isBlank(r)) {
                    continue;
                }
                if (records++ == 0) {
                    setUp(r);
                    row = new float[inputs.length];
                    if (guess.header()) {
                        continue;
                    }
                }
                String problem = parse(r, line, row);
                if (problem == null) {
                    keep(row, r, line);
                } else if (spec.dropInvalid()) {
                    if (dropped++ < CsvResult.MAX_REASONS) {
                        reasons.add(problem);
                    }
                } else {
                    throw new DataException(file + ", " + problem);
                }
            }
            return finish(records);
        }

        private void setUp(CSVRecord first) {
            int width = first.size();
            if (width > MAX_COLUMNS) {
                throw new DataException(file + ": has " + width + " columns; at most " + MAX_COLUMNS + " are allowed");
            }
            if (width < 2) {
                throw new DataException(file + ": needs at least two columns (inputs and a label), found " + width
                        + " with the delimiter " + describe(guess.delimiter()));
            }
            names = guess.header() ? columnNames(first.toList()) : defaultNames(width);
            labels = labelColumns();
            Set<Integer> skip = new HashSet<>();
            for (int l : labels) {
                skip.add(l);
            }
            for (String ref : spec.ignore()) {
                int j = column(ref, "ignored column");
                if (!skip.add(j) && contains(labels, j)) {
                    throw new DataException(file + ": column '" + FileChecks.clip(names.get(j)) + "' is both the label and ignored");
                }
            }
            inputs = new int[width - skip.size()];
            for (int j = 0, k = 0; j < width; j++) {
                if (!skip.contains(j)) {
                    inputs[k++] = j;
                }
            }
            if (inputs.length == 0) {
                throw new DataException(file + ": no input columns are left beside the label and the ignored ones");
            }
            try {
                targets = new CsvTargets(labels, spec.task() == null ? null : Task.byId(spec.task()));
            } catch (IllegalArgumentException e) {
                throw new DataException(file + ": " + e.getMessage());
            }
            x = new FloatArray(1024 * inputs.length);
        }

        private int[] labelColumns() {
            String l = spec.label();
            if (l == null || l.isBlank()) {
                return new int[] {names.size() - 1};
            }
            if (names.contains(l.trim())) {
                return new int[] {names.indexOf(l.trim())};
            }
            String[] parts = l.split(",");
            int[] cols = new int[parts.length];
            for (int i = 0; i < parts.length; i++) {
                cols[i] = column(parts[i].trim(), "label column");
                for (int k = 0; k < i; k++) {
                    if (cols[k] == cols[i]) {
                        throw new DataException(file + ": the label column '" + FileChecks.clip(names.get(cols[i])) + "' is named twice");
                    }
                }
            }
            return cols;
        }

        /** The column {@code ref} names: a column name, or else a 0-based index. */
        private int column(String ref, String role) {
            int named = names.indexOf(ref);
            if (named >= 0) {
                return named;
            }
            if (ref.matches("\\d{1,9}") && Integer.parseInt(ref) < names.size()) {
                return Integer.parseInt(ref);
            }
            throw new DataException(file + ": no " + role + " '" + FileChecks.clip(ref) + "'; the columns are "
                    + FileChecks.clip(String.join(", ", names), 300) + " (or an index 0 to " + (names.size() - 1) + ")");
        }

        /** Parses the inputs of {@code r} into {@code row}; returns what is wrong, or null. */
        private String parse(CSVRecord r, long line, float[] row) {
            if (r.size() != names.size()) {
                String what = r.size() < names.size() ? "only " + r.size() : String.valueOf(r.size());
                String col = r.size() < names.size() ? ", column '" + FileChecks.clip(names.get(r.size())) + "' (number "
                        + (r.size() + 1) + ") and after: missing;" : ":";
                return "line " + line + col + " " + what + " values, but " + (guess.header() ? "the header has "
                        : "the first row has ") + names.size() + " columns";
            }
            for (int k = 0; k < inputs.length; k++) {
                String cell = r.get(inputs[k]);
                float v = CsvNumbers.parse(cell);
                if (Float.isNaN(v)) {
                    return at(line, inputs[k]) + CsvNumbers.problem(cell);
                }
                row[k] = v;
            }
            try {
                targets.check(r.toList());
            } catch (CsvTargets.BadLabel e) {
                return at(line, e.column) + e.getMessage();
            }
            return null;
        }

        private String at(long line, int column) {
            return "line " + line + ", column '" + FileChecks.clip(names.get(column)) + "' (number " + (column + 1)
                    + "): ";
        }

        private void keep(float[] row, CSVRecord r, long line) {
            if (rows == MAX_ROWS || (long) (rows + 1) * (inputs.length + labels.length) > MAX_VALUES) {
                throw new DataException(file + ", line " + line + ": more than " + rows + " rows; the limit is "
                        + Math.min(MAX_ROWS, MAX_VALUES / (inputs.length + labels.length)) + " rows for "
                        + (inputs.length + labels.length) + " columns");
            }
            if ((rows & (MEMORY_CHECK_ROWS - 1)) == 0 && rows > 0) {
                checkMemory(line);
            }
            x.add(row, row.length);
            targets.add(r.toList());
            rows++;
        }

        /**
         * Refuses, before the arrays grow further, data whose rows so far would not fit in memory with
         * the copies reading and preparing make ({@link #MEMORY_COPIES}).
         */
        private void checkMemory(long line) {
            long need = (long) rows * (inputs.length + labels.length) * Float.BYTES * MEMORY_COPIES;
            if (need > Heap.limit()) {
                throw new DataException(file + ", line " + line + ": too large for memory: the first " + rows
                        + " rows need about " + Heap.format(need) + " once read and prepared, and the program may use "
                        + Heap.format(Heap.max()) + "; use fewer rows or columns, or start the program with a larger"
                        + " -Xmx");
            }
        }

        private CsvResult finish(int records) {
            if (records == 0) {
                throw new DataException(file + ": is empty");
            }
            if (rows == 0) {
                throw new DataException(file + (dropped > 0
                        ? ": no valid rows; all " + dropped + " were dropped, the first at " + reasons.get(0)
                        : ": has a header but no rows"));
            }
            FMatrixRMaj xm = FMatrixRMaj.wrap(rows, inputs.length, x.toArray());
            x = null;
            String labelName = names.get(labels[0]);
            FMatrixRMaj y = targets.targets(rows, file.toString(), labelName);
            List<String> inputNames = new ArrayList<>();
            for (int j : inputs) {
                inputNames.add(names.get(j));
            }
            List<String> targetNames = new ArrayList<>();
            for (int j : labels) {
                targetNames.add(names.get(j));
            }
            Dataset d = new Dataset(xm, y, targets.task(), inputNames, targetNames, targets.classNames());
            return new CsvResult(d, dropped, reasons, guess.delimiter(), guess.header());
        }
    }

    /** A line of spaces only: Commons CSV skips empty lines but not those. */
    private static boolean isBlank(CSVRecord r) {
        return r.size() == 1 && r.get(0).isEmpty();
    }

    private static boolean contains(int[] a, int v) {
        for (int e : a) {
            if (e == v) {
                return true;
            }
        }
        return false;
    }

    private static String describe(char d) {
        return switch (d) {
            case '\t' -> "tab";
            case ',' -> "comma";
            case ';' -> "semicolon";
            default -> "'" + d + "'";
        };
    }
}
