package dev.nnplay.app.cli;

import dev.nnplay.engine.data.CsvLoader;
import dev.nnplay.engine.data.CsvNumbers;
import dev.nnplay.engine.data.FileChecks;
import dev.nnplay.engine.data.Task;
import dev.nnplay.engine.project.FileLimits;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.project.AtomicFiles;
import dev.nnplay.engine.project.ModelSignature;
import dev.nnplay.engine.project.Predictor;
import dev.nnplay.engine.project.TrainedModel;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ejml.data.FMatrixRMaj;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code nnplay predict}: the network's outputs for raw input rows. */
@Command(name = "predict", mixinStandardHelpOptions = true,
        description = "Run a project's network on raw input rows (its input transforms applied) and write the outputs.")
final class PredictCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PROJECT.json", description = "A project file, usually with trained weights.")
    private Path projectFile;

    @Option(names = "--input", required = true, paramLabel = "X.csv", description = "Raw input rows ('-' for standard"
            + " input). With a header "
            + "row, columns are matched by name (extra columns such as the label are ignored); without one, the row "
            + "must hold exactly the inputs in order.")
    private Path input;

    @Option(names = "--out", required = true, paramLabel = "Y.csv", description = "Where to write the outputs ('-' "
            + "for standard output): the class and one probability per class, or the predicted values.")
    private Path out;

    @Option(names = "--quiet", description = "Print nothing but errors (predict prints nothing else anyway).")
    private boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (Inputs.isStdin(projectFile) && Inputs.isStdin(input)) {
            throw new UserError("the project and --input cannot both be standard input ('-')");
        }
        TrainedModel m = Inputs.model(projectFile);
        ModelSignature sig = m.signature();
        Rows in = readInputs(input, sig.inputs());
        Predictor predictor = m.predictor(KernelProvider.get());
        FMatrixRMaj y = predictor.predict(in.x());
        checkFinite(y, in.lines(), input);
        List<String> header = new ArrayList<>();
        boolean classify = sig.taskKind() == Task.CLASSIFY;
        if (classify) {
            header.add("class");
        }
        header.addAll(sig.outputNames(y.numCols));
        AtomicFiles.write(out, os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
                p.printRecord(header);
                List<Object> row = new ArrayList<>();
                for (int i = 0; i < y.numRows; i++) {
                    row.clear();
                    if (classify) {
                        row.add(sig.classes().get(predictor.predictedClass(y, i)));
                    }
                    for (int j = 0; j < y.numCols; j++) {
                        row.add(Float.toString(y.data[i * y.numCols + j]));
                    }
                    p.printRecord(row);
                }
            }
        });
        return 0;
    }

    /**
     * The input columns of {@code file}, matched by name when it has a header naming them. The file is
     * read as training reads CSV: past a byte-order mark, with the delimiter detected, numbers written
     * as decimals only.
     */
    static Rows readInputs(Path file, List<String> names) throws IOException {
        List<float[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (CSVParser parser = Inputs.isStdin(file)
                ? CsvLoader.parseRows(new String(Inputs.stdin(FileLimits.MAX_STDIN_CSV_BYTES), StandardCharsets.UTF_8))
                : CsvLoader.openRows(file)) {
            int[] columns = null;
            long line = 0;
            for (CSVRecord rec : parser) {
                line = parser.getCurrentLineNumber();
                if (rec.size() == 1 && rec.get(0).isEmpty()) {
                    continue; // a line of spaces
                }
                if (columns == null) {
                    columns = headerColumns(file, rec, names);
                    if (columns != null) {
                        continue;
                    }
                    if (rec.size() != names.size()) {
                        throw new UserError(Inputs.name(file) + ", line " + line + ": " + rec.size() + " values but the network takes "
                                + names.size() + " inputs (" + FileChecks.clip(String.join(", ", names), 300) + ")");
                    }
                    columns = new int[names.size()];
                    for (int j = 0; j < columns.length; j++) {
                        columns[j] = j;
                    }
                }
                float[] row = new float[columns.length];
                for (int j = 0; j < columns.length; j++) {
                    if (columns[j] >= rec.size()) {
                        throw new UserError(Inputs.name(file) + ", line " + line + ": missing column '"
                                + FileChecks.clip(names.get(j)) + "'");
                    }
                    String cell = rec.get(columns[j]);
                    row[j] = CsvNumbers.parse(cell);
                    if (Float.isNaN(row[j])) {
                        throw new UserError(Inputs.name(file) + ", line " + line + ", column '"
                                + FileChecks.clip(names.get(j)) + "': " + CsvNumbers.problem(cell));
                    }
                }
                rows.add(row);
                lines.add(line);
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new UserError(Inputs.name(file) + ": " + FileChecks.readProblem(e));
        }
        if (rows.isEmpty()) {
            throw new UserError(Inputs.name(file) + ": no input rows");
        }
        FMatrixRMaj x = new FMatrixRMaj(rows.size(), names.size());
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, x.data, i * names.size(), names.size());
        }
        return new Rows(x, lines);
    }

    /** Input rows, and the line of the file each came from. */
    record Rows(FMatrixRMaj x, List<Long> lines) {
    }

    /**
     * Refuses outputs that are not finite numbers (inputs far outside what the network was trained on
     * overflow float32), naming the first rows by their line in {@code file}.
     */
    static void checkFinite(FMatrixRMaj y, List<Long> lines, Path file) {
        List<String> bad = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < y.numRows; i++) {
            for (int j = 0; j < y.numCols; j++) {
                if (!Float.isFinite(y.data[i * y.numCols + j])) {
                    if (count++ < 5) {
                        bad.add(String.valueOf(i < lines.size() ? lines.get(i) : i + 1));
                    }
                    break;
                }
            }
        }
        if (count > 0) {
            throw new UserError(Inputs.name(file) + ": the outputs of " + count + (count == 1 ? " row" : " rows")
                    + " overflowed (not finite numbers), at line" + (bad.size() == 1 ? " " : "s ")
                    + String.join(", ", bad) + (count > bad.size() ? " and more" : "")
                    + "; its inputs are too large for this network. Nothing was written.");
        }
    }

    /** The indices of {@code names} in a header row, or null if the row is data. */
    private static int[] headerColumns(Path file, CSVRecord first, List<String> names) {
        boolean numeric = true;
        for (String cell : first) {
            if (!CsvNumbers.isNumber(cell)) {
                numeric = false;
                break;
            }
        }
        if (numeric) {
            return null;
        }
        List<String> header = first.toList();
        int[] cols = new int[names.size()];
        for (int j = 0; j < names.size(); j++) {
            cols[j] = header.indexOf(names.get(j));
            if (cols[j] < 0) {
                throw new UserError(Inputs.name(file) + ", line 1: the header has no column '"
                        + FileChecks.clip(names.get(j)) + "'; the network's inputs are "
                        + FileChecks.clip(String.join(", ", names), 300));
            }
        }
        return cols;
    }
}
