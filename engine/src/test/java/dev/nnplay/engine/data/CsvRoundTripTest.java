package dev.nnplay.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Random valid tables, written as CSV and read back: the numbers, names and classes come back unchanged. */
class CsvRoundTripTest {

    /** The kinds of label column. */
    enum LabelKind { TEXT_CLASSES, INTEGER_CLASSES, REGRESSION }

    /**
     * A table as written: input values row by row, a label per row, where the label column stands.
     *
     * @param names     the input columns' names, then the label's
     * @param inputs    rows × inputs values
     * @param labels    one label text per row
     * @param labelAt   the label column's position in the file
     * @param delimiter the field separator
     * @param header    whether a header row is written
     * @param kind      what the labels are
     */
    record Table(List<String> names, float[][] inputs, List<String> labels, int labelAt, char delimiter,
                 boolean header, LabelKind kind) {

        String csv() throws IOException {
            StringWriter out = new StringWriter();
            try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(delimiter)
                    .setRecordSeparator("\n").get())) {
                if (header) {
                    p.printRecord(inFileOrder(names.subList(0, names.size() - 1), names.get(names.size() - 1)));
                }
                for (int i = 0; i < inputs.length; i++) {
                    List<String> cells = new ArrayList<>();
                    for (float v : inputs[i]) {
                        cells.add(Float.toString(v));
                    }
                    p.printRecord(inFileOrder(cells, labels.get(i)));
                }
            }
            return out.toString();
        }

        private List<String> inFileOrder(List<String> inputCells, String label) {
            List<String> row = new ArrayList<>(inputCells);
            row.add(labelAt, label);
            return row;
        }
    }

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<Integer> inputCount = Arbitraries.integers().between(1, 6);
        Arbitrary<Integer> rowCount = Arbitraries.integers().between(2, 40);
        Arbitrary<Character> delimiter = Arbitraries.of(',', ';', '\t');
        Arbitrary<Boolean> header = Arbitraries.of(true, false);
        Arbitrary<LabelKind> kind = Arbitraries.of(LabelKind.class);
        Arbitrary<Long> seed = Arbitraries.longs();
        return Combinators.combine(inputCount, rowCount, delimiter, header, kind, seed).as(CsvRoundTripTest::table);
    }

    /** A table drawn from {@code seed}, so that jqwik's shrinking keeps the shape it chose. */
    static Table table(int d, int n, char delimiter, boolean header, LabelKind kind, long seed) {
        Random r = new Random(seed);
        LinkedHashSet<String> names = new LinkedHashSet<>();
        while (names.size() < d + 1) {
            names.add(word(r, 1 + r.nextInt(8), false));
        }
        float[][] x = new float[n][d];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                x[i][j] = switch (r.nextInt(4)) {
                    case 0 -> r.nextInt(2001) - 1000;
                    case 1 -> (float) r.nextGaussian();
                    case 2 -> Float.intBitsToFloat(r.nextInt()) % 1e30f;
                    default -> (float) (r.nextDouble() * 1e-6);
                };
                if (!Float.isFinite(x[i][j])) {
                    x[i][j] = 0.25f;
                }
            }
        }
        List<String> classes = new ArrayList<>();
        for (int k = 0, m = 2 + r.nextInt(4); k < m; k++) {
            classes.add(kind == LabelKind.TEXT_CLASSES ? word(r, 1 + r.nextInt(6), true) : String.valueOf(r.nextInt(50) - 10));
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            labels.add(kind == LabelKind.REGRESSION ? Float.toString((float) (r.nextGaussian() * 100))
                    : classes.get(r.nextInt(classes.size())));
        }
        return new Table(new ArrayList<>(names), x, labels, r.nextInt(d + 1), delimiter, header, kind);
    }

    /** Letters, and inside a class name also spaces, quotes and delimiters; never a number. */
    private static String word(Random r, int len, boolean awkward) {
        String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_éß";
        String inner = awkward ? letters + " ,;\t\"'" : letters;
        StringBuilder sb = new StringBuilder().append(letters.charAt(r.nextInt(letters.length())));
        for (int i = 1; i < len; i++) {
            sb.append((i == len - 1 ? letters : inner).charAt(r.nextInt((i == len - 1 ? letters : inner).length())));
        }
        return sb.toString();
    }

    @Property(tries = 200)
    void tablesReadBackUnchanged(@ForAll("tables") Table t) throws IOException {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(t.labels()));
        Assume.that(t.kind() == LabelKind.REGRESSION || distinct.size() >= 2);
        Path file = Files.createTempFile("roundtrip", ".csv");
        try {
            Files.writeString(file, t.csv(), StandardCharsets.UTF_8);
            String task = t.kind() == LabelKind.REGRESSION ? "regress" : null;
            CsvResult r = CsvLoader.read(file, new CsvSpec(file.toString(), String.valueOf(t.labelAt()), task,
                    null, false));
            check(t, distinct, r);
        } finally {
            Files.delete(file);
        }
    }

    private static void check(Table t, List<String> distinct, CsvResult r) {
        Dataset d = r.data();
        int inputs = t.inputs()[0].length;
        assertEquals(t.delimiter(), r.delimiter());
        assertEquals(t.header(), r.header());
        assertEquals(0, r.droppedRows());
        assertEquals(t.inputs().length, d.size());
        List<String> fileNames = t.header() ? new ArrayList<>(t.names().subList(0, inputs)) : CsvLoader.defaultNames(inputs + 1);
        if (t.header()) {
            fileNames.add(t.labelAt(), t.names().get(inputs));
        }
        String labelName = fileNames.remove(t.labelAt());
        assertEquals(fileNames, d.inputNames());
        assertEquals(List.of(labelName), d.targetNames());
        float[] x = new float[d.size() * inputs];
        for (int i = 0; i < d.size(); i++) {
            System.arraycopy(t.inputs()[i], 0, x, i * inputs, inputs);
        }
        assertArrayEquals(x, d.x().data);
        float[] y = new float[d.size()];
        List<String> classes = classOrder(t.kind(), distinct);
        for (int i = 0; i < y.length; i++) {
            y[i] = t.kind() == LabelKind.REGRESSION ? Float.parseFloat(t.labels().get(i)) : classes.indexOf(t.labels().get(i));
        }
        assertEquals(t.kind() == LabelKind.REGRESSION ? List.of() : classes, d.classNames());
        assertArrayEquals(y, d.y().data);
    }

    /** Text classes in order of first appearance; whole-number classes by value. */
    private static List<String> classOrder(LabelKind kind, List<String> distinct) {
        if (kind != LabelKind.INTEGER_CLASSES) {
            return distinct;
        }
        TreeMap<Integer, String> byValue = new TreeMap<>();
        distinct.forEach(s -> byValue.put(Integer.parseInt(s), s));
        return new ArrayList<>(byValue.values());
    }
}
