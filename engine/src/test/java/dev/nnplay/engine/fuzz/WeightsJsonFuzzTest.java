package dev.nnplay.engine.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nnplay.engine.export.WeightsImport;

/** The JSON weights reader (import-weights) under fuzzing: any bytes that do not start as a zip. */
class WeightsJsonFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void weightsJson(byte[] data) throws Exception {
        fuzzerTestOneInput(data);
    }

    /** The target, also for Jazzer's own command line. */
    public static void fuzzerTestOneInput(byte[] data) throws Exception {
        if (data.length >= 2 && data[0] == 'P' && data[1] == 'K') {
            return; // an npz: NpzFuzzTest's
        }
        ReaderContract.check("w.json", data, () -> WeightsImport.read(data, "w.json"));
    }
}
