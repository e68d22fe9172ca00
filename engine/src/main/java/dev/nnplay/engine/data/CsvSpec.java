package dev.nnplay.engine.data;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A CSV file as a data set.
 *
 * @param path        the file, relative to the project file's folder (or absolute)
 * @param label       the target column by name, or by 0-based index written as a number; null for the
 *                    last column. Several regression targets: comma-separated names.
 * @param task        {@code classify} or {@code regress}; null to decide from the labels (strings or a
 *                    few integers mean classes)
 * @param ignore      columns to leave out, by name
 * @param dropInvalid drop rows with a missing or non-numeric input (and report how many) instead of
 *                    stopping at the first
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record CsvSpec(String path, String label, String task, List<String> ignore, boolean dropInvalid) {

    public CsvSpec {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("a CSV data set needs a path");
        }
        ignore = ignore == null ? List.of() : List.copyOf(ignore);
        if (task != null) {
            Task.byId(task);
        }
    }
}
