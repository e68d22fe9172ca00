package dev.nnplay.engine.data;

import java.util.List;

/**
 * The start of a CSV file, for the column picker: the detected delimiter and header, the column
 * names, and the first rows as text.
 *
 * @param delimiter the detected field separator
 * @param header    whether the first row was taken as the column names
 * @param columns   the column names ({@code col1, col2, …} without a header)
 * @param rows      the first rows, cells as written (rows may be shorter or longer than the header)
 */
public record CsvPreview(char delimiter, boolean header, List<String> columns, List<List<String>> rows) {

    public CsvPreview {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
