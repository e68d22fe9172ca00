package dev.nnplay.engine.export;

import dev.nnplay.engine.data.InputTransform;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.ActivationLayer;
import dev.nnplay.engine.nn.Dense;
import dev.nnplay.engine.nn.Layer;
import dev.nnplay.engine.nn.Network;
import dev.nnplay.engine.project.DenseWeights;
import dev.nnplay.engine.project.LoadedProject;
import dev.nnplay.engine.project.ModelSignature;
import dev.nnplay.engine.project.TrainedModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A trained network as every export writes it: the input transform, then the stages in order (dense
 * layers and activations; dropout is left out, as at prediction time), then the loss's output
 * transform. It is the same function {@link dev.nnplay.engine.project.Predictor} computes.
 *
 * @param rawInputs number of raw input columns the model takes
 * @param transform features and scaling applied to the raw inputs
 * @param stages    the layers, input side first
 * @param loss      decides the output transform (sigmoid for bce, softmax for softmax_ce)
 * @param signature what the inputs and outputs mean (names, task); null when unknown
 */
public record ExportedModel(int rawInputs, InputTransform transform, List<Stage> stages, Loss loss,
                            ModelSignature signature) {

    /** One step of the network. */
    public sealed interface Stage permits Linear, Act {
    }

    /**
     * A dense layer, {@code y = x·Wᵀ + b}.
     *
     * @param index the dense layer's number from the input side; names it {@code layer<index>}
     * @param w     its weights, {@code weight[out][in]}
     */
    public record Linear(int index, DenseWeights w) implements Stage {
        /** The name used in every export, such as {@code layer0}. */
        public String name() {
            return "layer" + index;
        }
    }

    /**
     * An element-wise activation.
     *
     * @param f     the function
     * @param alpha its setting (leaky ReLU's slope, ELU's alpha)
     */
    public record Act(Activation f, float alpha) implements Stage {
    }

    public ExportedModel {
        stages = List.copyOf(stages);
    }

    /** The model of a loaded project: its current network, fitted transform, loss and signature. */
    public static ExportedModel of(LoadedProject lp) {
        return of(TrainedModel.of(lp));
    }

    /** The model of a trained project, read with or without its data. */
    public static ExportedModel of(TrainedModel tm) {
        return of(tm.network(), tm.transform(), tm.signature().inputs().size(), tm.project().training().lossFunction(),
                tm.signature());
    }

    /** The model of {@code net} behind {@code transform}, for {@code rawInputs} raw columns, meaning unknown. */
    public static ExportedModel of(Network net, InputTransform transform, int rawInputs, Loss loss) {
        return of(net, transform, rawInputs, loss, null);
    }

    /** The model of {@code net} behind {@code transform}, for {@code rawInputs} raw columns. */
    public static ExportedModel of(Network net, InputTransform transform, int rawInputs, Loss loss,
                                   ModelSignature signature) {
        List<DenseWeights> weights = LoadedProject.weightsOf(net, 0, 0).layers();
        List<Stage> stages = new ArrayList<>();
        int dense = 0;
        for (Layer layer : net.layers()) {
            if (layer instanceof Dense) {
                stages.add(new Linear(dense, weights.get(dense)));
                dense++;
            } else if (layer instanceof ActivationLayer a && a.function() != Activation.IDENTITY) {
                stages.add(new Act(a.function(), a.parameter()));
            }
        }
        return new ExportedModel(rawInputs, transform, stages, loss, signature);
    }

    /** The dense layers, input side first. */
    public List<Linear> linears() {
        List<Linear> out = new ArrayList<>();
        for (Stage s : stages) {
            if (s instanceof Linear l) {
                out.add(l);
            }
        }
        return out;
    }

    /** The activation after dense layer {@code index}, or identity when none follows it. */
    public Act activationAfter(int index) {
        for (int i = 0; i < stages.size() - 1; i++) {
            if (stages.get(i) instanceof Linear l && l.index() == index && stages.get(i + 1) instanceof Act a) {
                return a;
            }
        }
        return new Act(Activation.IDENTITY, 0f);
    }

    /** The number of outputs. */
    public int outputs() {
        List<Linear> l = linears();
        return l.get(l.size() - 1).w().outputs();
    }
}
