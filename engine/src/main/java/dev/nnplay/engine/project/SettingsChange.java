package dev.nnplay.engine.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.nnplay.engine.data.Feature;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.Init;
import dev.nnplay.engine.nn.LayerSpec;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.optim.Regularization;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * A few settings to change at once, as a lesson's step applies them with one click or a compare run
 * differs from the others. Every field is optional: null leaves that setting as it is. The names are
 * those of the project file ({@code docs/file-formats.md}).
 *
 * @param learningRate     the optimizer's base learning rate
 * @param optimizer        the optimizer's kind ({@link OptimizerSpec#TYPES}); its own settings return to
 *                         their defaults, the learning rate stays unless {@code learningRate} is given
 * @param loss             the loss ({@link Loss#id()})
 * @param outputActivation the output layer's activation
 * @param activation       the activation of every hidden layer
 * @param hidden           the hidden layers' sizes, input side first; empty for none (a linear model).
 *                         New layers take {@code activation}, or the first old layer's, or ReLU
 * @param dropout          the dropout after every hidden layer, in {@code [0, 1)}
 * @param init             the initializer ({@link Init#id()})
 * @param batchSize        samples per step
 * @param features         the 2-D input features ({@link Feature#id()})
 * @param regularization   the weight penalty ({@code {"type": "l2", "rate": 0.01}}); type none for none
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SettingsChange(Double learningRate, String optimizer, String loss, String outputActivation,
                             String activation, List<Integer> hidden, Float dropout, String init, Integer batchSize,
                             List<String> features, Regularization regularization) {

    /** No change. */
    public static final SettingsChange NONE =
            new SettingsChange(null, null, null, null, null, null, null, null, null, null, null);

    public SettingsChange {
        if (learningRate != null) {
            OptimizerSpec.of("sgd", learningRate); // the same range check as the project's
        }
        if (optimizer != null) {
            optimizer = OptimizerSpec.of(optimizer, 0.1).type();
        }
        if (loss != null) {
            loss = Loss.byId(loss).id();
        }
        if (outputActivation != null) {
            outputActivation = Activation.byId(outputActivation).id();
        }
        if (activation != null) {
            activation = Activation.byId(activation).id();
        }
        if (hidden != null) {
            hidden = List.copyOf(hidden);
            if (hidden.size() > NetworkSpec.MAX_HIDDEN) {
                throw new IllegalArgumentException("at most " + NetworkSpec.MAX_HIDDEN + " hidden layers, got "
                        + hidden.size());
            }
            hidden.forEach(u -> LayerSpec.of(u, Activation.RELU));
        }
        if (dropout != null && !(dropout >= 0f && dropout < 1f)) {
            throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
        }
        if (init != null) {
            init = Init.byId(init).id();
        }
        if (batchSize != null && (batchSize < 1 || batchSize > TrainingSpec.MAX_BATCH)) {
            throw new IllegalArgumentException("batchSize must be 1 to " + TrainingSpec.MAX_BATCH + ", got " + batchSize);
        }
        if (features != null) {
            features = List.copyOf(features);
            features = features.stream().map(f -> Feature.byId(f).id()).toList();
        }
    }

    /** A change of the learning rate alone. */
    public static SettingsChange learningRate(double lr) {
        return new SettingsChange(lr, null, null, null, null, null, null, null, null, null, null);
    }

    /** Whether nothing would change. */
    @JsonIgnore
    public boolean isEmpty() {
        return equals(NONE);
    }

    /**
     * Whether applying this needs a fresh network (a reset): the layers, their activations, the
     * initializer, the inputs or the loss change. The learning rate, optimizer, penalty and batch size
     * can change while training runs.
     */
    @JsonIgnore
    public boolean changesStructure() {
        return loss != null || outputActivation != null || activation != null || hidden != null || dropout != null
                || init != null || features != null;
    }

    /** {@code p} with these settings. Structural changes drop the weights; the others keep them. */
    public Project applyTo(Project p) {
        Project out = p;
        if (changesStructure()) {
            out = out.withNetwork(network(p.network()));
            if (features != null) {
                out = out.withData(p.data().withFeatures(features));
            }
        }
        TrainingSpec t = training(out.training());
        return t.equals(out.training()) ? out : out.withTraining(t);
    }

    /** {@code n} with this change's network settings. */
    public NetworkSpec network(NetworkSpec n) {
        List<LayerSpec> layers = new ArrayList<>(n.hidden());
        if (hidden != null) {
            String f = activation != null ? activation : layers.isEmpty() ? Activation.RELU.id()
                    : layers.get(0).activation();
            List<LayerSpec> resized = new ArrayList<>();
            for (int i = 0; i < hidden.size(); i++) {
                resized.add(i < layers.size() ? layers.get(i).withUnits(hidden.get(i))
                        : LayerSpec.of(hidden.get(i), Activation.byId(f)));
            }
            layers = resized;
        }
        layers.replaceAll(l -> {
            LayerSpec m = activation != null ? l.withActivation(Activation.byId(activation)) : l;
            return dropout != null ? m.withDropout(dropout) : m;
        });
        return new NetworkSpec(layers, outputActivation != null ? outputActivation : n.outputActivation(),
                init != null ? init : n.init(), n.initValue());
    }

    /** {@code t} with this change's training settings. */
    public TrainingSpec training(TrainingSpec t) {
        TrainingSpec out = t;
        if (loss != null) {
            out = out.withLoss(Loss.byId(loss));
        }
        OptimizerSpec o = out.optimizer();
        if (optimizer != null && !optimizer.equals(o.type())) {
            o = o.withType(optimizer);
        }
        if (learningRate != null) {
            o = o.withLearningRate(learningRate);
        }
        out = out.withOptimizer(o);
        if (regularization != null) {
            out = out.withRegularization(regularization);
        }
        if (batchSize != null) {
            out = out.withBatchSize(batchSize);
        }
        return out;
    }

    /** This change followed by {@code later}: {@code later}'s fields win where both set one. */
    public SettingsChange then(SettingsChange later) {
        return new SettingsChange(or(later.learningRate, learningRate), or(later.optimizer, optimizer),
                or(later.loss, loss), or(later.outputActivation, outputActivation), or(later.activation, activation),
                or(later.hidden, hidden), or(later.dropout, dropout), or(later.init, init),
                or(later.batchSize, batchSize), or(later.features, features),
                or(later.regularization, regularization));
    }

    private static <T> T or(T a, T b) {
        return a != null ? a : b;
    }
}
