package dev.nnplay.engine.data;

import java.util.List;

/**
 * A CSV file read into a data set, with what the reader decided and what it left out.
 *
 * @param data        the rows kept
 * @param droppedRows how many rows were dropped as invalid ({@link CsvSpec#dropInvalid()}); 0 otherwise
 * @param dropReasons why the first few were dropped, each naming the line and column
 * @param delimiter   the field separator used
 * @param header      whether the first row was read as the column names
 */
public record CsvResult(Dataset data, int droppedRows, List<String> dropReasons, char delimiter, boolean header) {

    /** How many reasons are kept at most. */
    public static final int MAX_REASONS = 5;

    public CsvResult {
        dropReasons = List.copyOf(dropReasons);
    }

    /** One line for a status bar or the command line, such as "150 rows, 4 inputs, 3 classes; dropped 2 (…)". */
    public String summary() {
        String kind = data.task() == Task.CLASSIFY ? data.numClasses() + " classes"
                : data.y().numCols + (data.y().numCols == 1 ? " target" : " targets");
        String s = data.size() + " rows, " + data.inputs() + " inputs, " + kind;
        return droppedRows == 0 ? s : s + "; dropped " + droppedRows + " invalid (" + String.join("; ", dropReasons)
                + (droppedRows > dropReasons.size() ? "; …" : "") + ")";
    }
}
