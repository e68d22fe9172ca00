package dev.nnplay.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import java.nio.FloatBuffer;
import java.util.Map;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ONNX export, run by ONNX Runtime, against {@link dev.nnplay.engine.project.Predictor}. */
class OnnxExportTest {

    private static final float TOLERANCE = 1e-5f;

    @ParameterizedTest
    @EnumSource(Activation.class)
    void everyActivationMatchesThePredictor(Activation f) throws OrtException {
        ExportFixtures.Case c = ExportFixtures.plain(f, 3, 2, Loss.MSE);
        assertMatches(c, 100);
    }

    @Test
    void binaryClassifierOutputsProbabilities() throws OrtException {
        ExportFixtures.Case c = ExportFixtures.plain(Activation.RELU, 2, 1, Loss.BCE_LOGITS);
        float[] y = assertMatches(c, 100);
        for (float v : y) {
            assertTrue(v >= 0f && v <= 1f, "a probability: " + v);
        }
    }

    @Test
    void multiclassWithFeaturesAndStandardizingMatchesThePredictor() throws OrtException {
        float[] y = assertMatches(ExportFixtures.featuresMulticlass(), 100);
        for (int i = 0; i < 100; i++) {
            assertEquals(1f, y[3 * i] + y[3 * i + 1] + y[3 * i + 2], 1e-5f, "softmax rows sum to 1");
        }
    }

    /** Runs 100 random rows through both; returns ONNX Runtime's outputs. */
    private static float[] assertMatches(ExportFixtures.Case c, int rows) throws OrtException {
        FMatrixRMaj x = ExportFixtures.randomRows(rows, c.rawInputs(), 99);
        FMatrixRMaj expected = c.predict(x);
        float[] actual = runOnnx(OnnxExport.toBytes(c.model()), x);
        assertEquals(expected.data.length, actual.length);
        float worst = 0f;
        for (int i = 0; i < actual.length; i++) {
            worst = Math.max(worst, Math.abs(actual[i] - expected.data[i]));
        }
        assertTrue(worst <= TOLERANCE, "max |onnx − predictor| = " + worst);
        return actual;
    }

    static float[] runOnnx(byte[] model, FMatrixRMaj x) throws OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession s = env.createSession(model, new OrtSession.SessionOptions());
             OnnxTensor in = OnnxTensor.createTensor(env, FloatBuffer.wrap(x.data), new long[] {x.numRows, x.numCols});
             OrtSession.Result r = s.run(Map.of("input", in))) {
            OnnxTensor out = (OnnxTensor) r.get("output").orElseThrow();
            FloatBuffer fb = out.getFloatBuffer();
            float[] y = new float[fb.remaining()];
            fb.get(y);
            return y;
        }
    }
}
