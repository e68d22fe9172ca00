package dev.nnplay.engine.export;

import dev.nnplay.engine.data.Feature;
import dev.nnplay.engine.project.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A Python file that rebuilds the network in PyTorch: the {@code nn.Sequential}, the lines that load
 * the {@code .npz} export into it, the input transform as a {@code preprocess} function, and
 * {@code predict} (raw rows to the outputs {@code nnplay predict} gives).
 */
public final class PytorchSnippet {

    private PytorchSnippet() {
    }

    /** Where the weights the snippet loads go: {@code model.py} → {@code model.npz} in the same folder. */
    public static Path npzBeside(Path py) {
        String file = py.getFileName().toString();
        String base = file.endsWith(".py") ? file.substring(0, file.length() - 3) : file;
        return py.resolveSibling(base + ".npz");
    }

    /**
     * Writes the snippet to {@code py} and the {@code .npz} it loads beside it ({@link #npzBeside}) as one
     * write: both are complete on disk before either is renamed into place.
     */
    public static void writeWithNpz(ExportedModel m, String name, Path py) throws IOException {
        if (AtomicFiles.isStdio(py)) {
            throw new java.nio.file.FileSystemException("-", null, "the PyTorch export is a .py and an .npz beside it;"
                    + " give a file name, not standard output");
        }
        Path npz = npzBeside(py);
        byte[] bytes = source(m, name, npz.getFileName().toString()).getBytes(StandardCharsets.UTF_8);
        java.util.Map<Path, AtomicFiles.Writer> files = new java.util.LinkedHashMap<>();
        files.put(npz, WeightsExport.npzWriter(m, name));
        files.put(py, out -> out.write(bytes));
        AtomicFiles.writeAll(files);
    }

    /** Writes the snippet to {@code file}, loading weights from {@code npzName} beside it. */
    public static void write(ExportedModel m, String name, String npzName, Path file) throws IOException {
        byte[] bytes = source(m, name, npzName).getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    /** The Python source. */
    public static String source(ExportedModel m, String name, String npzName) {
        StringBuilder py = new StringBuilder();
        py.append("\"\"\"").append(name.replace("\"", "'").replace("\\", "/"))
                .append(": a network exported by NN Playground, rebuilt in PyTorch.\n\n")
                .append("The weights are in the .npz written beside this file. Use it as\n\n")
                .append("    model, predict = load()\n    y = predict(raw_rows)   # the outputs of `nnplay predict`\n")
                .append("\"\"\"\n")
                .append("import os\n\nimport numpy as np\nimport torch\nfrom torch import nn\n\n")
                .append("NPZ = os.path.join(os.path.dirname(os.path.abspath(__file__)), ").append(pyString(npzName))
                .append(")\n\n\n")
                .append("class Sine(nn.Module):\n    def forward(self, x):\n        return torch.sin(x)\n\n\n")
                .append("def build_model():\n    return nn.Sequential(\n");
        for (ExportedModel.Stage s : m.stages()) {
            String module = s instanceof ExportedModel.Linear l
                    ? "nn.Linear(" + l.w().inputs() + ", " + l.w().outputs() + ")"
                    : torchModule((ExportedModel.Act) s);
            py.append("        ").append(module).append(",\n");
        }
        py.append("    )\n\n\n")
                .append("def load_weights(model, path=NPZ):\n")
                .append("    \"\"\"Copies layer<i>.weight (out, in) and layer<i>.bias into the Linear layers; returns\n")
                .append("    the input scaling's center and scale (None when the inputs are not scaled).\"\"\"\n")
                .append("    arrays = np.load(path)\n")
                .append("    linears = [m for m in model if isinstance(m, nn.Linear)]\n")
                .append("    with torch.no_grad():\n")
                .append("        for i, layer in enumerate(linears):\n")
                .append("            layer.weight.copy_(torch.from_numpy(arrays[f\"layer{i}.weight\"]))\n")
                .append("            layer.bias.copy_(torch.from_numpy(arrays[f\"layer{i}.bias\"]))\n")
                .append("    if \"transform.center\" not in arrays:\n        return None, None\n")
                .append("    return torch.from_numpy(arrays[\"transform.center\"]), "
                        + "torch.from_numpy(arrays[\"transform.scale\"])\n\n\n")
                .append("def preprocess(x, center=None, scale=None):\n")
                .append("    \"\"\"Raw rows (N, ").append(m.rawInputs()).append(") to the network's inputs.\"\"\"\n")
                .append("    x = torch.as_tensor(x, dtype=torch.float32)\n");
        if (!m.transform().features().isEmpty()) {
            List<String> columns = new ArrayList<>();
            for (String id : m.transform().features()) {
                columns.add(featureExpression(Feature.byId(id)));
            }
            py.append("    x1, x2 = x[:, 0:1], x[:, 1:2]\n")
                    .append("    x = torch.cat([").append(String.join(", ", columns)).append("], dim=1)\n");
        }
        py.append("    if center is not None:\n        x = (x - center) / scale\n    return x\n\n\n")
                .append("def load(path=NPZ):\n")
                .append("    model = build_model()\n")
                .append("    center, scale = load_weights(model, path)\n")
                .append("    model.eval()\n\n")
                .append("    def predict(x):\n")
                .append("        with torch.no_grad():\n")
                .append("            y = model(preprocess(x, center, scale))\n")
                .append("        return ").append(outputExpression(m)).append("\n\n")
                .append("    return model, predict\n\n\n")
                .append("if __name__ == \"__main__\":\n")
                .append("    model, predict = load()\n")
                .append("    print(model)\n")
                .append("    print(predict(torch.zeros(1, ").append(m.rawInputs()).append(")))\n");
        return py.toString();
    }

    private static String torchModule(ExportedModel.Act a) {
        return switch (a.f()) {
            case IDENTITY -> "nn.Identity()";
            case RELU -> "nn.ReLU()";
            case LEAKY_RELU -> "nn.LeakyReLU(negative_slope=" + a.alpha() + ")";
            case ELU -> "nn.ELU(alpha=" + a.alpha() + ")";
            case SIGMOID -> "nn.Sigmoid()";
            case TANH -> "nn.Tanh()";
            case SOFTPLUS -> "nn.Softplus()";
            case GELU -> "nn.GELU()";
            case SINE -> "Sine()";
        };
    }

    private static String featureExpression(Feature f) {
        return switch (f) {
            case X1 -> "x1";
            case X2 -> "x2";
            case X1_SQUARED -> "x1 * x1";
            case X2_SQUARED -> "x2 * x2";
            case X1_TIMES_X2 -> "x1 * x2";
            case SIN_X1 -> "torch.sin(x1)";
            case SIN_X2 -> "torch.sin(x2)";
        };
    }

    private static String outputExpression(ExportedModel m) {
        return switch (WeightsExport.outputTransform(m.loss())) {
            case "sigmoid" -> "torch.sigmoid(y)";
            case "softmax" -> "torch.softmax(y, dim=1)";
            default -> "y";
        };
    }

    private static String pyString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
