package dev.nnplay.app.ui.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.optim.OptimizerSpec;
import org.junit.jupiter.api.Test;

/** The optimizer settings keep whether biases are spared from weight decay, for every kind. */
class OptimizerSettingsTest {

    @Test
    void spareBiasesIsKeptAndDefaultsToPyTorchsDecayOfEveryParameter() {
        OptimizerSpec adamw = OptimizerSpec.of("adamw", 0.01);
        assertFalse(new OptimizerSettings(adamw).build().sparesBiases(), "PyTorch's default decays biases too");
        OptimizerSpec spared = new OptimizerSettings(adamw.withSpareBiases(true)).build();
        assertTrue(spared.sparesBiases());
        assertEquals(0.01, spared.weightDecay());
        assertTrue(new OptimizerSettings(OptimizerSpec.of("sgd", 0.1).withSpareBiases(true)).build().sparesBiases(),
                "plain SGD has no settings of its own but the penalty's decay still spares the biases");
        assertTrue(spared.withType("momentum").sparesBiases(), "a change of kind keeps it");
    }
}
