package dev.nnplay.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.nnplay.engine.project.ModelSignature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every export says what its inputs and outputs mean: ONNX metadata_props, the npz's meta.*, the JSON fields. */
class ExportMetadataTest {

    @TempDir
    Path tmp;

    private static final ModelSignature SIG = new ModelSignature("classify", List.of("x", "y"), List.of("colour"),
            List.of("red", "green", "blue"));

    private static ExportedModel model() {
        ExportFixtures.Case c = ExportFixtures.featuresMulticlass();
        return ExportedModel.of(c.net(), c.transform(), c.rawInputs(), c.loss(), SIG);
    }

    @Test
    void onnxRuntimeReadsTheMeaningFromMetadataProps() throws IOException, OrtException {
        Path f = tmp.resolve("m.onnx");
        OnnxExport.write(model(), "Colours", f);
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession s = env.createSession(Files.readAllBytes(f), new OrtSession.SessionOptions())) {
            Map<String, String> meta = s.getMetadata().getCustomMetadata();
            assertEquals("NN Playground 0.1.0", meta.get("program"));
            assertEquals(Integer.toString(ExportMetadata.FORMAT_VERSION), meta.get("format_version"));
            assertEquals("Colours", meta.get("name"));
            assertEquals("classify", meta.get("task"));
            assertEquals("[\"x\",\"y\"]", meta.get("inputs"));
            assertEquals("[\"p_red\",\"p_green\",\"p_blue\"]", meta.get("outputs"));
            assertEquals("[\"red\",\"green\",\"blue\"]", meta.get("classes"));
            assertEquals("softmax", meta.get("output_transform"));
            assertTrue(meta.get("transform").startsWith("{\"features\":[\"x1\",\"x2\",\"x1^2\""), meta.get("transform"));
        }
    }

    @Test
    void theNpzHoldsTheMeaningAsStringArraysItsReaderPassesOver() throws IOException {
        Path f = tmp.resolve("m.npz");
        WeightsExport.writeNpz(model(), "Colours", f);
        Map<String, List<String>> meta = Npz.readStrings(f);
        assertEquals(List.of("x", "y"), meta.get("meta.inputs"));
        assertEquals(List.of("red", "green", "blue"), meta.get("meta.classes"));
        assertEquals(List.of("classify"), meta.get("meta.task"));
        assertEquals(List.of("NN Playground 0.1.0"), meta.get("meta.program"));
        assertEquals(List.of("Colours"), meta.get("meta.name"));
        assertTrue(Npz.read(f).keySet().stream().noneMatch(k -> k.startsWith("meta.")), "floats only from read()");
        assertEquals(3, WeightsImport.read(f).layers().size(), "import still reads the layers");
    }

    @Test
    void stringArraysKeepAnyUnicodeText() throws IOException {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        Npz.write(Map.of(), Map.of("meta.classes", List.of("鸢尾", "", "a😀b")), b);
        Path f = Files.write(tmp.resolve("u.npz"), b.toByteArray());
        assertEquals(List.of("鸢尾", "", "a😀b"), Npz.readStrings(f).get("meta.classes"));
    }

    @Test
    void theJsonExportNamesInputsOutputsAndClasses() throws IOException {
        Path f = tmp.resolve("m.json");
        WeightsExport.writeJson(model(), "Colours", f);
        String json = Files.readString(f);
        assertTrue(json.contains("\"program\" : \"NN Playground 0.1.0\""), json);
        assertTrue(json.contains("\"task\" : \"classify\""), json);
        assertTrue(json.contains("\"inputs\" : [ \"x\", \"y\" ]"), json);
        assertTrue(json.contains("\"outputs\" : [ \"p_red\", \"p_green\", \"p_blue\" ]"), json);
        assertTrue(json.contains("\"classes\" : [ \"red\", \"green\", \"blue\" ]"), json);
        assertEquals(3, WeightsImport.read(f).layers().size(), "and it reads back");
    }
}
