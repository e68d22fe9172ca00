package dev.nnplay.engine.lesson;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A lesson's {@code lesson.json}: everything about it but its words. The words are in one text file
 * per language ({@link LessonText}); the network and data in a project file beside it.
 *
 * @param format  always {@link #FORMAT}
 * @param version the format version, {@link #VERSION}
 * @param project the project file's name in the lesson's folder; null for {@code project.json}
 * @param view    {@code playground} or {@code lab}: where the lesson opens
 * @param lab     how the lab is set when the lesson opens (view lab; optional otherwise)
 * @param code    lines of code shown beside the text in monospace, such as the PyTorch equivalent; or null
 * @param steps   the steps, in order; at least one
 * @param compare the runs compare-runs starts (two to four), or empty when the lesson compares none
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"format", "version", "project", "view", "lab", "code", "steps", "compare"})
public record LessonSpec(String format, int version, String project, String view, LabSetup lab, String code,
                         List<LessonStep> steps, List<CompareRun> compare) {

    /** The value of {@code format} in every lesson file. */
    public static final String FORMAT = "nnplay-lesson";
    /** The format version this program reads and writes. */
    public static final int VERSION = 1;
    /** The view that shows the network. */
    public static final String PLAYGROUND = "playground";
    /** The descent lab. */
    public static final String LAB = "lab";

    public LessonSpec {
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("'format' is '" + format + "', not '" + FORMAT + "': not a lesson file");
        }
        if (version < 1 || version > VERSION) {
            throw new IllegalArgumentException("format version " + version + " is not supported (this program reads "
                    + "version " + VERSION + ")");
        }
        project = project == null ? "project.json" : project;
        if (project.contains("/") || project.contains("\\") || !project.endsWith(".json")) {
            throw new IllegalArgumentException("project must be a .json file in the lesson's folder, got '" + project + "'");
        }
        view = view == null ? PLAYGROUND : view.toLowerCase(Locale.ROOT);
        if (!view.equals(PLAYGROUND) && !view.equals(LAB)) {
            throw new IllegalArgumentException("view must be playground or lab, got '" + view + "'");
        }
        if (view.equals(LAB) && (lab == null || lab.surface() == null)) {
            throw new IllegalArgumentException("a lesson that opens in the lab needs 'lab' with a 'surface'");
        }
        steps = steps == null ? List.of() : List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a lesson needs at least one step");
        }
        compare = compare == null ? List.of() : List.copyOf(compare);
        if (compare.size() == 1 || compare.size() > 4) {
            throw new IllegalArgumentException("compare needs two to four runs, got " + compare.size());
        }
        unique(steps.stream().map(LessonStep::id).toList(), "step");
        unique(compare.stream().map(CompareRun::id).toList(), "run");
        if (compare.isEmpty() && steps.stream().anyMatch(s -> s.action() == Action.COMPARE)) {
            throw new IllegalArgumentException("a step compares runs, but the lesson has no 'compare' runs");
        }
    }

    private static void unique(List<String> ids, String what) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new IllegalArgumentException("two " + what + "s are called '" + id + "'");
            }
        }
    }

    /** Whether the lesson opens in the descent lab. */
    public boolean opensInLab() {
        return view.equals(LAB);
    }

    /** The step called {@code id}. */
    public LessonStep step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step '" + id + "'"));
    }

    /** The run called {@code id}. */
    public CompareRun run(String id) {
        return compare.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no run '" + id + "'"));
    }
}
