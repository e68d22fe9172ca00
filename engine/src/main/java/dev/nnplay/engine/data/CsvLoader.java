package dev.nnplay.engine.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ejml.data.FMatrixRMaj;

/**
 * Reads a CSV file with a header row into a data set: numeric input columns, one label column.
 * Labels that are not all numbers, or are a few small integers, make a classification set whose class
 * names are the distinct labels in order of first appearance (numeric labels sorted).
 */
public final class CsvLoader {

    /** The most distinct integer labels that still count as classes when the task is not given. */
    public static final int MAX_INTEGER_CLASSES = 20;

    private CsvLoader() {
    }

    /** Reads {@code file} as {@code spec} says. */
    public static Dataset load(Path file, CsvSpec spec) {
        List<String> header;
        List<String[]> records = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get().parse(in)) {
            header = parser.getHeaderNames();
            for (CSVRecord r : parser) {
                if (r.size() != header.size()) {
                    throw new DataException(file + ", line " + parser.getCurrentLineNumber() + ": " + r.size()
                            + " values but the header has " + header.size() + " columns");
                }
                records.add(r.values());
            }
        } catch (NoSuchFileException e) {
            throw new DataException(file + ": no such file");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DataException(file + ": cannot be read as CSV (" + e.getMessage() + ")");
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new DataException(file + ": " + e.getMessage());
        }
        if (header.size() < 2) {
            throw new DataException(file + ": needs at least two columns (inputs and a label), found " + header.size());
        }
        if (records.isEmpty()) {
            throw new DataException(file + ": has a header but no rows");
        }
        int label = labelIndex(file, header, spec.label());
        List<Integer> inputCols = new ArrayList<>();
        for (int j = 0; j < header.size(); j++) {
            if (j != label && !spec.ignore().contains(header.get(j))) {
                inputCols.add(j);
            }
        }
        int n = records.size();
        FMatrixRMaj x = new FMatrixRMaj(n, inputCols.size());
        for (int i = 0; i < n; i++) {
            String[] r = records.get(i);
            for (int k = 0; k < inputCols.size(); k++) {
                int j = inputCols.get(k);
                x.data[i * inputCols.size() + k] = number(file, i, header.get(j), r[j]);
            }
        }
        List<String> labels = new ArrayList<>(n);
        for (String[] r : records) {
            labels.add(r[label]);
        }
        Task task = spec.task() != null ? Task.byId(spec.task()) : guessTask(labels);
        List<String> inputNames = new ArrayList<>();
        inputCols.forEach(j -> inputNames.add(header.get(j)));
        FMatrixRMaj y = new FMatrixRMaj(n, 1);
        List<String> classNames = new ArrayList<>();
        if (task == Task.CLASSIFY) {
            Map<String, Integer> index = classIndex(labels);
            classNames.addAll(index.keySet());
            for (int i = 0; i < n; i++) {
                y.data[i] = index.get(labels.get(i));
            }
        } else {
            for (int i = 0; i < n; i++) {
                y.data[i] = number(file, i, header.get(label), labels.get(i));
            }
        }
        return new Dataset(x, y, task, inputNames, List.of(header.get(label)), classNames);
    }

    private static int labelIndex(Path file, List<String> header, String label) {
        if (label == null || label.isBlank()) {
            return header.size() - 1;
        }
        int named = header.indexOf(label);
        if (named >= 0) {
            return named;
        }
        try {
            int i = Integer.parseInt(label.trim());
            if (i >= 0 && i < header.size()) {
                return i;
            }
        } catch (NumberFormatException e) {
            // not an index either
        }
        throw new DataException(file + ": no label column '" + label + "'; the columns are " + header);
    }

    private static float number(Path file, int row, String column, String cell) {
        try {
            float v = Float.parseFloat(cell);
            if (Float.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DataException(file + ", row " + (row + 1) + ", column '" + column + "': "
                + (cell.isEmpty() ? "missing value" : "'" + cell + "' is not a number"));
    }

    static Task guessTask(List<String> labels) {
        java.util.Set<String> distinct = new java.util.HashSet<>();
        for (String s : labels) {
            try {
                double v = Double.parseDouble(s);
                if (v != Math.rint(v)) {
                    return Task.REGRESS;
                }
            } catch (NumberFormatException e) {
                return Task.CLASSIFY;
            }
            distinct.add(s);
        }
        return distinct.size() <= MAX_INTEGER_CLASSES ? Task.CLASSIFY : Task.REGRESS;
    }

    private static Map<String, Integer> classIndex(List<String> labels) {
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(labels));
        boolean numeric = distinct.stream().allMatch(s -> s.matches("-?\\d+(\\.0*)?"));
        if (numeric) {
            distinct.sort(java.util.Comparator.comparingDouble(Double::parseDouble));
        }
        Map<String, Integer> index = new LinkedHashMap<>();
        for (String s : distinct) {
            index.put(s, index.size());
        }
        return index;
    }
}
