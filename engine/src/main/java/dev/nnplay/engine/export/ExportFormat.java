package dev.nnplay.engine.export;

import java.io.IOException;
import java.nio.file.Path;

/** The formats a network is exported to (by the window and {@code nnplay export}), with the file kind each writes. */
public enum ExportFormat {
    ONNX("ONNX", "*.onnx"),
    NPZ("NumPy .npz", "*.npz"),
    JSON("weights JSON", "*.json"),
    /** One CSV per layer: the target is a folder. */
    CSV("weights CSV", null),
    /** A {@code .py} and the {@code .npz} it loads beside it. */
    PYTORCH("PyTorch snippet", "*.py");

    /** For people, in menus. */
    public final String label;
    /** The file-name pattern, or null when the target is a folder. */
    public final String pattern;

    ExportFormat(String label, String pattern) {
        this.label = label;
        this.pattern = pattern;
    }

    /** Writes {@code m} (of the project called {@code name}) to {@code out}. */
    public void write(ExportedModel m, String name, Path out) throws IOException {
        switch (this) {
            case ONNX -> OnnxExport.write(m, name, out);
            case NPZ -> WeightsExport.writeNpz(m, name, out);
            case JSON -> WeightsExport.writeJson(m, name, out);
            case CSV -> WeightsExport.writeCsv(m, out);
            case PYTORCH -> PytorchSnippet.writeWithNpz(m, name, out);
        }
    }
}
