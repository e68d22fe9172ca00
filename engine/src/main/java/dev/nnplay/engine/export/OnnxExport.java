package dev.nnplay.engine.export;

import dev.nnplay.engine.data.Feature;
import dev.nnplay.engine.data.InputTransform;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.project.AtomicFiles;
import dev.nnplay.engine.project.DenseWeights;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes an {@link ExportedModel} as an ONNX model (opset 13, IR version 7) that takes the same raw
 * rows as {@code nnplay predict}: graph input {@code input} {@code [N, rawInputs]} float, output
 * {@code output} {@code [N, outputs]} float. In the graph: the features (Slice, Mul, Sin, Concat), the
 * scaling (Sub center, Div scale), one Gemm per dense layer ({@code transB = 1}, weights stored
 * {@code out × in} as PyTorch's), the activations, and Sigmoid or Softmax for the cross-entropies.
 * GELU is composed as {@code x · 0.5 · (1 + erf(x / √2))}, since the Gelu operator needs opset 20.
 *
 * <p>Field numbers used, from onnx.proto:
 * <ul>
 * <li>ModelProto: ir_version 1, producer_name 2, producer_version 3, doc_string 6, graph 7, opset_import 8,
 * metadata_props 14 (StringStringEntryProto: key 1, value 2; the keys of {@link ExportMetadata})</li>
 * <li>OperatorSetIdProto: domain 1, version 2</li>
 * <li>GraphProto: node 1, name 2, initializer 5, input 11, output 12</li>
 * <li>NodeProto: input 1, output 2, name 3, op_type 4, attribute 5</li>
 * <li>AttributeProto: name 1, f 2, i 3, type 20 (FLOAT = 1, INT = 2)</li>
 * <li>TensorProto: dims 1, data_type 2 (FLOAT = 1, INT64 = 7), name 8, raw_data 9 (little-endian)</li>
 * <li>ValueInfoProto: name 1, type 2; TypeProto: tensor_type 1; TypeProto.Tensor: elem_type 1, shape 2;
 * TensorShapeProto: dim 1; Dimension: dim_value 1, dim_param 2</li>
 * </ul>
 */
public final class OnnxExport {

    /** The operator set the graph uses. */
    public static final int OPSET = 13;
    /** The IR version that goes with {@link #OPSET}. */
    public static final int IR_VERSION = 7;

    private static final int FLOAT = 1;
    private static final int INT64 = 7;
    private static final int ATTR_FLOAT = 1;
    private static final int ATTR_INT = 2;

    /** The graph's nodes, in order. */
    private final List<ProtoMessage> nodes = new ArrayList<>();
    /** Constant tensors: weights, biases, center, scale, slice bounds. */
    private final List<ProtoMessage> initializers = new ArrayList<>();
    /** Names of {@link #initializers}, so a shared constant is stored once. */
    private final java.util.Set<String> initializerNames = new java.util.HashSet<>();
    /** Counter for fresh tensor names. */
    private int next;

    private OnnxExport() {
    }

    /** The model's bytes, without a project name in its metadata. */
    public static byte[] toBytes(ExportedModel m) {
        return toBytes(m, "");
    }

    /** The model's bytes; {@code name} is the project's, for the metadata. */
    public static byte[] toBytes(ExportedModel m, String name) {
        return new OnnxExport().model(m, name);
    }

    /** Writes the model to {@code file} atomically. */
    public static void write(ExportedModel m, Path file) throws IOException {
        write(m, "", file);
    }

    /** Writes the model of the project called {@code name} to {@code file} atomically. */
    public static void write(ExportedModel m, String name, Path file) throws IOException {
        byte[] bytes = toBytes(m, name);
        AtomicFiles.write(file, out -> out.write(bytes));
    }

    private byte[] model(ExportedModel m, String name) {
        String x = transform("input", m.transform());
        for (ExportedModel.Stage s : m.stages()) {
            x = s instanceof ExportedModel.Linear l ? dense(x, l) : activation(x, (ExportedModel.Act) s);
        }
        if (m.loss() == Loss.BCE_LOGITS) {
            x = node("Sigmoid", x);
        } else if (m.loss() == Loss.SOFTMAX_CE) {
            x = node("Softmax", List.of(x), intAttr("axis", 1));
        }
        nodes.add(nodeProto("Identity", List.of(x), "output", List.of()));

        ProtoMessage graph = new ProtoMessage();
        nodes.forEach(n -> graph.message(1, n));
        graph.string(2, "nnplay");
        initializers.forEach(t -> graph.message(5, t));
        graph.message(11, valueInfo("input", m.rawInputs()));
        graph.message(12, valueInfo("output", m.outputs()));
        ProtoMessage model = new ProtoMessage()
                .int64(1, IR_VERSION)
                .string(2, "NN Playground")
                .string(3, ExportMetadata.PROGRAM.substring(ExportMetadata.PROGRAM.lastIndexOf(' ') + 1))
                .string(6, "A multilayer perceptron with its input transform; input: raw rows, output: "
                        + (m.loss().classification() ? "probabilities" : "predicted values"))
                .message(7, graph)
                .message(8, new ProtoMessage().string(1, "").int64(2, OPSET));
        ExportMetadata.flat(m, name).forEach((k, v) -> model.message(14, new ProtoMessage().string(1, k).string(2, v)));
        return model.toByteArray();
    }

    private String transform(String x, InputTransform t) {
        if (!t.features().isEmpty()) {
            String x1 = node("Slice", x, int64s("x1_start", 0), int64s("x1_end", 1), int64s("axis_1", 1));
            String x2 = node("Slice", x, int64s("x2_start", 1), int64s("x2_end", 2), "axis_1");
            List<String> columns = new ArrayList<>();
            for (String id : t.features()) {
                columns.add(switch (Feature.byId(id)) {
                    case X1 -> x1;
                    case X2 -> x2;
                    case X1_SQUARED -> node("Mul", x1, x1);
                    case X2_SQUARED -> node("Mul", x2, x2);
                    case X1_TIMES_X2 -> node("Mul", x1, x2);
                    case SIN_X1 -> node("Sin", x1);
                    case SIN_X2 -> node("Sin", x2);
                });
            }
            x = node("Concat", columns, intAttr("axis", 1));
        }
        if (t.center().length > 0) {
            x = node("Sub", x, floats("transform.center", t.center(), t.center().length));
            x = node("Div", x, floats("transform.scale", t.scale(), t.scale().length));
        }
        return x;
    }

    private String dense(String x, ExportedModel.Linear l) {
        DenseWeights w = l.w();
        float[] flat = new float[w.outputs() * w.inputs()];
        for (int o = 0; o < w.outputs(); o++) {
            System.arraycopy(w.weight()[o], 0, flat, o * w.inputs(), w.inputs());
        }
        String weight = floats(l.name() + ".weight", flat, w.outputs(), w.inputs());
        String bias = floats(l.name() + ".bias", w.bias(), w.outputs());
        return node("Gemm", List.of(x, weight, bias), intAttr("transB", 1));
    }

    private String activation(String x, ExportedModel.Act a) {
        return switch (a.f()) {
            case IDENTITY -> x;
            case RELU -> node("Relu", x);
            case LEAKY_RELU -> node("LeakyRelu", List.of(x), floatAttr("alpha", a.alpha()));
            case ELU -> node("Elu", List.of(x), floatAttr("alpha", a.alpha()));
            case SIGMOID -> node("Sigmoid", x);
            case TANH -> node("Tanh", x);
            case SOFTPLUS -> node("Softplus", x);
            case SINE -> node("Sin", x);
            case GELU -> {
                String erf = node("Erf", node("Div", x, scalar("sqrt2", (float) Math.sqrt(2))));
                String half = node("Mul", node("Add", erf, scalar("one", 1f)), scalar("half", 0.5f));
                yield node("Mul", x, half);
            }
        };
    }

    private String node(String op, String... inputs) {
        return node(op, List.of(inputs), List.of());
    }

    private String node(String op, List<String> inputs, ProtoMessage attribute) {
        return node(op, inputs, List.of(attribute));
    }

    private String node(String op, List<String> inputs, List<ProtoMessage> attributes) {
        String out = op.toLowerCase(java.util.Locale.ROOT) + "_" + next++;
        nodes.add(nodeProto(op, inputs, out, attributes));
        return out;
    }

    private ProtoMessage nodeProto(String op, List<String> inputs, String output, List<ProtoMessage> attributes) {
        ProtoMessage n = new ProtoMessage();
        inputs.forEach(i -> n.string(1, i));
        n.string(2, output).string(3, output).string(4, op);
        attributes.forEach(a -> n.message(5, a));
        return n;
    }

    private static ProtoMessage intAttr(String name, long value) {
        return new ProtoMessage().string(1, name).int64(3, value).int32(20, ATTR_INT);
    }

    private static ProtoMessage floatAttr(String name, float value) {
        return new ProtoMessage().string(1, name).float32(2, value).int32(20, ATTR_FLOAT);
    }

    /** Adds a float initializer of the given shape (no dims: a scalar) once; returns its name. */
    private String floats(String name, float[] values, int... dims) {
        ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            b.putFloat(v);
        }
        return initializer(name, FLOAT, b.array(), dims);
    }

    private String scalar(String name, float value) {
        return floats(name, new float[] {value});
    }

    private String int64s(String name, long value) {
        byte[] raw = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array();
        return initializer(name, INT64, raw, 1);
    }

    private String initializer(String name, int type, byte[] raw, int... dims) {
        if (!initializerNames.add(name)) {
            return name;
        }
        ProtoMessage t = new ProtoMessage();
        for (int d : dims) {
            t.int64(1, d);
        }
        initializers.add(t.int32(2, type).string(8, name).bytes(9, raw));
        return name;
    }

    private static ProtoMessage valueInfo(String name, int columns) {
        ProtoMessage shape = new ProtoMessage()
                .message(1, new ProtoMessage().string(2, "N"))
                .message(1, new ProtoMessage().int64(1, columns));
        ProtoMessage tensor = new ProtoMessage().int32(1, FLOAT).message(2, shape);
        return new ProtoMessage().string(1, name).message(2, new ProtoMessage().message(1, tensor));
    }
}
