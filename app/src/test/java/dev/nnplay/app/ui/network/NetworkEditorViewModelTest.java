package dev.nnplay.app.ui.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.nn.Activation;
import dev.nnplay.engine.nn.NetworkSpec;
import org.junit.jupiter.api.Test;

class NetworkEditorViewModelTest {
    private NetworkSpec spec = NetworkSpec.of(Activation.TANH, 4, 2);
    private final NetworkEditorViewModel editor = new NetworkEditorViewModel(() -> spec, s -> {
        spec = s;
        return true;
    });

    @Test
    void editsUndoAndRedo() {
        editor.addLayer();
        assertEquals(3, spec.hidden().size());
        assertEquals(NetworkEditorViewModel.NEW_LAYER_UNITS, spec.hidden().get(2).units());
        editor.changeUnits(0, +1);
        assertEquals(5, spec.hidden().get(0).units());
        editor.setActivation(1, Activation.RELU);
        editor.setDropout(1, 0.2f);
        assertEquals("relu", spec.hidden().get(1).activation());
        assertEquals(0.2f, spec.hidden().get(1).dropout());

        editor.undo();
        editor.undo();
        assertEquals("tanh", spec.hidden().get(1).activation());
        assertTrue(editor.canRedoProperty().get());
        editor.redo();
        assertEquals("relu", spec.hidden().get(1).activation());
        editor.changeUnits(0, -10);
        assertEquals(1, spec.hidden().get(0).units(), "a layer keeps at least one neuron");
        assertFalse(editor.canRedoProperty().get(), "a new edit drops the redo history");
    }

    @Test
    void aRefusedEditIsNotRecorded() {
        NetworkEditorViewModel refusing = new NetworkEditorViewModel(() -> spec, s -> false);
        refusing.addLayer();
        assertEquals(2, spec.hidden().size());
        assertFalse(refusing.canUndoProperty().get());
    }
}
