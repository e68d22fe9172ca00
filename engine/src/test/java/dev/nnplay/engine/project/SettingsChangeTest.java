package dev.nnplay.engine.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.nnplay.engine.data.DataSpec;
import dev.nnplay.engine.data.GeneratorSpec;
import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.LayerSpec;
import dev.nnplay.engine.nn.NetworkSpec;
import dev.nnplay.engine.optim.OptimizerSpec;
import dev.nnplay.engine.optim.Regularization;
import dev.nnplay.engine.train.TrainingSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsChangeTest {

    private static final Project BASE = Project.of("p", "", 3,
            DataSpec.generated(new GeneratorSpec("circle", 50, 0, 1, null)),
            new NetworkSpec(List.of(new LayerSpec(4, "tanh", null, 0.1f), LayerSpec.of(3, Activation.TANH)),
                    "identity", "he_uniform", null),
            new TrainingSpec("bce", null, new OptimizerSpec("momentum", 0.1, 0.5, null, null, null, null, null, null,
                    null), null, null, 10, 20, true));

    private static SettingsChange parse(String json) throws JsonProcessingException {
        return ProjectIO.mapper().readValue(json, SettingsChange.class);
    }

    @Test
    void trainingSettingsKeepTheWeights() throws JsonProcessingException {
        Project trained = BASE.withTrained(null, new ProjectWeights(List.of(new DenseWeights(new float[][] {{1f}}, new float[] {0f})), 0, 0));
        SettingsChange c = parse("{\"learningRate\": 3, \"batchSize\": 1, \"regularization\": {\"type\": \"l2\", \"rate\": 0.01}}");
        assertFalse(c.changesStructure());
        Project p = c.applyTo(trained);
        assertEquals(3, p.training().optimizer().learningRate());
        assertEquals(0.5, p.training().optimizer().momentum(), "the optimizer's own settings stay");
        assertEquals(1, p.training().batchSize());
        assertEquals(new Regularization("l2", 0.01), p.training().regularization());
        assertNotNull(p.weights());
        assertEquals(BASE.network(), p.network());
    }

    @Test
    void anotherOptimizerKeepsTheRateUnlessGiven() throws JsonProcessingException {
        assertEquals(OptimizerSpec.of("adam", 0.1), parse("{\"optimizer\": \"Adam\"}").applyTo(BASE).training().optimizer());
        assertEquals(OptimizerSpec.of("sgd", 0.5),
                parse("{\"optimizer\": \"sgd\", \"learningRate\": 0.5}").applyTo(BASE).training().optimizer());
    }

    @Test
    void structureChangesRebuildTheStackAndDropWeights() throws JsonProcessingException {
        Project trained = BASE.withTrained(null, new ProjectWeights(List.of(new DenseWeights(new float[][] {{1f}}, new float[] {0f})), 0, 0));
        SettingsChange c = parse("{\"activation\": \"relu\", \"dropout\": 0, \"features\": [\"x1*x2\"], \"init\": \"zeros\"}");
        assertTrue(c.changesStructure());
        Project p = c.applyTo(trained);
        assertNull(p.weights());
        assertEquals(List.of("x1*x2"), p.data().features());
        assertEquals("zeros", p.network().init());
        for (LayerSpec l : p.network().hidden()) {
            assertEquals("relu", l.activation());
            assertEquals(0f, l.dropout());
        }
        NetworkSpec resized = parse("{\"hidden\": [8, 3, 2]}").network(BASE.network());
        assertEquals(List.of(8, 3, 2), resized.hidden().stream().map(LayerSpec::units).toList());
        assertEquals("tanh", resized.hidden().get(2).activation(), "new layers take the first layer's activation");
        assertEquals(0.1f, resized.hidden().get(0).dropout(), "kept layers keep their dropout");
        assertTrue(parse("{\"hidden\": []}").network(BASE.network()).hidden().isEmpty());
    }

    @Test
    void laterChangesWin() throws JsonProcessingException {
        SettingsChange a = parse("{\"learningRate\": 0.1, \"batchSize\": 4}");
        SettingsChange b = parse("{\"learningRate\": 0.2}");
        assertEquals(parse("{\"learningRate\": 0.2, \"batchSize\": 4}"), a.then(b));
        assertTrue(SettingsChange.NONE.isEmpty());
        assertEquals(BASE, SettingsChange.NONE.applyTo(BASE));
    }

    @Test
    void badValuesAreRefusedWithTheirName() {
        String[][] cases = {
            {"{\"learningRate\": 0}", "learning rate must be above 0"},
            {"{\"optimizer\": \"lbfgs\"}", "unknown optimizer 'lbfgs'"},
            {"{\"activation\": \"swish\"}", "unknown activation"},
            {"{\"batchSize\": 0}", "batchSize must be 1 to"},
            {"{\"features\": [\"x3\"]}", "unknown feature 'x3'"},
            {"{\"dropout\": 1}", "dropout must be in [0, 1)"},
            {"{\"hidden\": [0]}", "a layer needs 1 to"},
            {"{\"learningrate\": 1}", "learningrate"},
        };
        for (String[] c : cases) {
            Exception e = assertThrows(Exception.class, () -> parse(c[0]));
            assertTrue(ProjectIO.describe((JsonProcessingException) e).contains(c[1]),
                    c[0] + ": " + ProjectIO.describe((JsonProcessingException) e));
        }
    }
}
