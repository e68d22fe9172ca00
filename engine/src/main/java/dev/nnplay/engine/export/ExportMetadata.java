package dev.nnplay.engine.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.nnplay.engine.project.ModelSignature;
import dev.nnplay.engine.project.ProjectIO;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an export means, written into every export beside the numbers: the program and the export
 * format's version, the project's name, the task, the raw input columns' names, the output columns'
 * names, the class names, the input transform and the output transform. The same keys are used in
 * ONNX {@code metadata_props}, as {@code meta.KEY} string arrays in the {@code .npz}, and as fields of
 * the JSON export (docs/file-formats.md lists them).
 */
public final class ExportMetadata {

    /** The program's name and version, as {@code nnplay --version} prints it. */
    public static final String PROGRAM = "NN Playground 0.1.0";
    /** The version of the export formats' layout (array names, metadata keys). */
    public static final int FORMAT_VERSION = 2;

    private ExportMetadata() {
    }

    /**
     * The metadata of {@code m} (of the project called {@code name}), key to list of strings; single
     * values are lists of one. Input, output and class names are present only when {@code m} knows
     * them.
     */
    public static Map<String, List<String>> of(ExportedModel m, String name) {
        Map<String, List<String>> meta = new LinkedHashMap<>();
        meta.put("program", List.of(PROGRAM));
        meta.put("format_version", List.of(Integer.toString(FORMAT_VERSION)));
        meta.put("name", List.of(name == null ? "" : name));
        ModelSignature sig = m.signature();
        if (sig != null) {
            meta.put("task", List.of(sig.task()));
            meta.put("inputs", sig.inputs());
            meta.put("outputs", sig.outputNames(m.outputs()));
            meta.put("classes", sig.classes());
            meta.put("targets", sig.targets());
        }
        meta.put("transform", List.of(json(m.transform())));
        meta.put("output_transform", List.of(WeightsExport.outputTransform(m.loss())));
        return meta;
    }

    /** The keys whose value is a list of names; the others hold one value. */
    public static final java.util.Set<String> LIST_KEYS = java.util.Set.of("inputs", "outputs", "classes", "targets");

    /** Single values as they are, lists as a JSON array of strings: the form ONNX's string pairs take. */
    public static Map<String, String> flat(ExportedModel m, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> e : of(m, name).entrySet()) {
            out.put(e.getKey(), LIST_KEYS.contains(e.getKey()) ? json(e.getValue()) : e.getValue().get(0));
        }
        return out;
    }

    private static String json(Object o) {
        try {
            return ProjectIO.mapper().writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("export metadata could not be turned into JSON", e);
        }
    }
}
