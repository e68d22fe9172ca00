package dev.nnplay.engine.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * How a CSV file is written, guessed from its first {@value #SAMPLE_CHARS} characters: the delimiter
 * (comma, semicolon or tab: the one that splits the first rows into the most columns, the same number
 * on each row) and whether the first row is a header (it is when one of its cells holds text while
 * the cell below it holds a number, or when it is the only row and holds text; a blank cell, as in
 * pandas' index column, says nothing either way).
 *
 * @param delimiter the field separator
 * @param header    whether the first row names the columns
 */
record CsvFormatGuess(char delimiter, boolean header) {

    /** How much of the file the guess reads. */
    static final int SAMPLE_CHARS = 64 * 1024;
    /** How many rows of the sample the delimiter guess compares. */
    private static final int SAMPLE_ROWS = 50;
    /** The delimiters tried, in order of preference on a tie. */
    private static final char[] DELIMITERS = {',', ';', '\t'};

    /** Guesses what {@code spec} leaves open about {@code file}. */
    static CsvFormatGuess of(Path file, CsvSpec spec) {
        String sample = sample(file);
        char d = spec.delimiterChar() != 0 ? spec.delimiterChar() : delimiter(sample);
        boolean h = spec.header() != null ? spec.header() : header(firstRows(sample, d, 2));
        return new CsvFormatGuess(d, h);
    }

    /** The format Commons CSV reads the file with. */
    CSVFormat format() {
        return format(delimiter);
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(true).get();
    }

    /** Opens {@code file} as UTF-8 text, past a byte-order mark if there is one. */
    static Reader open(Path file) {
        FileChecks.requireFile(file);
        try {
            Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            in.mark(1);
            if (in.read() != '\uFEFF') {
                in.reset();
            }
            return in;
        } catch (NoSuchFileException e) {
            throw new DataException(file + ": no such file");
        } catch (IOException e) {
            throw new DataException(file + ": " + FileChecks.readProblem(e), e);
        }
    }

    private static String sample(Path file) {
        char[] buf = new char[SAMPLE_CHARS];
        int n = 0;
        try (Reader in = open(file)) {
            int r;
            while (n < buf.length && (r = in.read(buf, n, buf.length - n)) > 0) {
                n += r;
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new DataException(file + ": " + FileChecks.readProblem(e), e);
        }
        String s = new String(buf, 0, n);
        if (s.indexOf('\0') >= 0) {
            throw new DataException(file + ": holds binary data, not CSV text");
        }
        if (n == buf.length) {
            int end = Math.max(s.lastIndexOf('\n'), s.lastIndexOf('\r'));
            if (end < 0) {
                throw new DataException(file + ": no line break in the first " + SAMPLE_CHARS / 1024
                        + " KB; this does not look like a CSV file");
            }
            s = s.substring(0, end + 1);
        }
        return s;
    }

    /** Comma, semicolon or tab: most rows of the same width, then the most columns, then the order. */
    static char delimiter(String sample) {
        char best = ',';
        long bestScore = 0;
        for (char d : DELIMITERS) {
            List<List<String>> rows = firstRows(sample, d, SAMPLE_ROWS);
            if (rows.isEmpty() || rows.get(0).size() < 2) {
                continue;
            }
            int width = rows.get(0).size();
            long same = rows.stream().filter(r -> r.size() == width).count();
            long score = same * 10_000 + width;
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    /** Up to {@code max} rows of {@code sample}, fewer where the sample ends inside a quoted cell. */
    static List<List<String>> firstRows(String sample, char delimiter, int max) {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser p = format(delimiter).parse(new StringReader(sample))) {
            for (CSVRecord r : p) {
                rows.add(r.toList());
                if (rows.size() == max) {
                    break;
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            // the sample ends mid-record: judge on the rows before it
        }
        return rows;
    }

    private static boolean header(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        List<String> first = rows.get(0);
        for (int j = 0; j < first.size(); j++) {
            String cell = first.get(j);
            if (!cell.isEmpty() && !CsvNumbers.isNumber(cell)) {
                if (rows.size() < 2 || (j < rows.get(1).size() && CsvNumbers.isNumber(rows.get(1).get(j)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
