package dev.nnplay.engine.data;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;

/**
 * A CSV file as a data set. Only {@code path} is needed; everything else is detected or defaults.
 *
 * @param path        the file, relative to the project file's folder (or absolute)
 * @param label       the target column by name, or by 0-based index written as a number; null for the
 *                    last column. Several regression targets: comma-separated names or indices.
 * @param task        {@code classify} or {@code regress}; null to decide from the labels (strings or a
 *                    few integers mean classes)
 * @param ignore      columns to leave out, by name or 0-based index
 * @param dropInvalid drop rows with a missing or non-numeric value (and report how many) instead of
 *                    stopping at the first
 * @param delimiter   the field separator, one character ({@code tab}, {@code comma} and
 *                    {@code semicolon} are understood too); null to detect comma, semicolon or tab
 * @param header      whether the first row names the columns; null to detect (a first row with text
 *                    where the second row has numbers is a header)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CsvSpec(String path, String label, String task, List<String> ignore, boolean dropInvalid,
                      String delimiter, Boolean header) {

    public CsvSpec {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a CSV data set needs a path");
        }
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        if (task != null) {
            Task.byId(task);
        }
        delimiter = delimiter == null ? null : String.valueOf(delimiterChar(delimiter));
    }

    /** A file whose delimiter and header are detected. */
    public CsvSpec(String path, String label, String task, List<String> ignore, boolean dropInvalid) {
        this(path, label, task, ignore, dropInvalid, null, null);
    }

    /** The file alone: the last column is the label, everything else detected. */
    public static CsvSpec of(String path) {
        return new CsvSpec(path, null, null, null, false);
    }

    /** The delimiter as a character, or 0 to detect it. */
    @JsonIgnore
    public char delimiterChar() {
        return delimiter == null ? 0 : delimiter.charAt(0);
    }

    private static char delimiterChar(String d) {
        switch (d.toLowerCase(Locale.ROOT)) {
            case "tab", "\\t":
                return '\t';
            case "comma":
                return ',';
            case "semicolon":
                return ';';
            default:
                if (d.length() != 1 || d.charAt(0) == '"' || d.charAt(0) == '\n' || d.charAt(0) == '\r') {
                    throw new IllegalArgumentException("a CSV delimiter is one character other than a quote or a"
                            + " line break, such as ',', ';' or 'tab'; got '" + d + "'");
                }
                return d.charAt(0);
        }
    }

    /** This spec reading the file at {@code p}. */
    public CsvSpec withPath(String p) {
        return new CsvSpec(p, label, task, ignore, dropInvalid, delimiter, header);
    }

    /** This spec with {@code label} as the target column(s). */
    public CsvSpec withLabel(String l) {
        return new CsvSpec(path, l, task, ignore, dropInvalid, delimiter, header);
    }

    /** This spec with another task, or null to detect it. */
    public CsvSpec withTask(String t) {
        return new CsvSpec(path, label, t, ignore, dropInvalid, delimiter, header);
    }

    /** This spec leaving out {@code columns}. */
    public CsvSpec withIgnore(List<String> columns) {
        return new CsvSpec(path, label, task, columns, dropInvalid, delimiter, header);
    }

    /** This spec dropping invalid rows, or not. */
    public CsvSpec withDropInvalid(boolean drop) {
        return new CsvSpec(path, label, task, ignore, drop, delimiter, header);
    }
}
