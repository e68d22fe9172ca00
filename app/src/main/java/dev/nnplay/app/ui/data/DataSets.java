package dev.nnplay.app.ui.data;

import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.data.Generators;
import dev.nnplay.engine.data.Task;
import java.util.ArrayList;
import java.util.List;

/**
 * The built-in data sets as the data panel offers them: each generator's name, task and a small
 * sample for its thumbnail, drawn once. Knows no Node.
 */
public final class DataSets {
    /** Points in a thumbnail's sample. */
    static final int SAMPLE = 160;

    /** One built-in data set. */
    public record Entry(String name, Task task, Dataset sample) {
    }

    private final List<Entry> entries = new ArrayList<>();

    public DataSets() {
        for (String name : Generators.NAMES) {
            try {
                Dataset d = Generators.generate(new GeneratorSpec(name, SAMPLE, 0.0, 3, null));
                entries.add(new Entry(name, d.task(), d));
            } catch (RuntimeException e) {
                // a generator that needs settings the panel does not offer: left out of the panel
            }
        }
    }

    /** The data sets for {@code task}, in the engine's order. */
    public List<Entry> entries(Task task) {
        return entries.stream().filter(e -> e.task() == task).toList();
    }

    /** The first data set of {@code task}, or null when there is none. */
    public String first(Task task) {
        List<Entry> es = entries(task);
        return es.isEmpty() ? null : es.get(0).name();
    }
}
