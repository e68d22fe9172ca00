package dev.nnplay.engine.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.data.Task;
import java.util.List;

/**
 * What a trained network's inputs and outputs mean, saved beside its weights so that prediction,
 * export and weight import need the project file alone, never the data it was trained on.
 *
 * @param task    {@code classify} or {@code regress}
 * @param inputs  the raw input columns' names, in the order the network takes them (before the
 *                project's features and scaling)
 * @param targets the predicted columns' names (for classification, the label column's name)
 * @param classes the class names in output order; empty for regression
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ModelSignature(String task, List<String> inputs, List<String> targets, List<String> classes) {

    public ModelSignature {
        if (task == null) {
            throw new IllegalArgumentException("signature.task is missing; expected classify or regress");
        }
        Task t = Task.byId(task);
        task = t.id();
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        targets = targets == null ? List.of() : List.copyOf(targets);
        classes = classes == null ? List.of() : List.copyOf(classes);
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("signature.inputs must name at least one input column");
        }
        if (t == Task.CLASSIFY && classes.size() < 2) {
            throw new IllegalArgumentException("signature.classes must name at least two classes for classify");
        }
        if (t == Task.REGRESS && !classes.isEmpty()) {
            throw new IllegalArgumentException("signature.classes must be empty for regress");
        }
    }

    /** The meaning of a network trained on {@code raw}. */
    public static ModelSignature of(Dataset raw) {
        return new ModelSignature(raw.task().id(), raw.inputNames(), raw.targetNames(), raw.classNames());
    }

    /**
     * The names of a network's {@code outputs} output columns, as {@code nnplay predict} heads them:
     * {@code p_CLASS} per class (one output: the probability of the second class), the target names for
     * regression ({@code y1, y2, ...} when they do not match the count).
     */
    public List<String> outputNames(int outputs) {
        List<String> names = new java.util.ArrayList<>();
        if (taskKind() == Task.CLASSIFY) {
            if (outputs == 1) {
                names.add("p_" + classes.get(1));
            } else {
                classes.forEach(c -> names.add("p_" + c));
            }
        } else if (targets.size() == outputs) {
            names.addAll(targets);
        } else {
            for (int j = 0; j < outputs; j++) {
                names.add("y" + (j + 1));
            }
        }
        return names;
    }

    /** The task as an enum. */
    @JsonIgnore
    public Task taskKind() {
        return Task.byId(task);
    }
}
