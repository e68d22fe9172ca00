package dev.nnplay.engine.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nnplay.engine.export.Npz;
import dev.nnplay.engine.export.WeightsImport;
import java.io.ByteArrayInputStream;

/**
 * The .npz and .npy readers under fuzzing: any bytes as an npz (its members' .npy headers, shapes and
 * data) and, the same bytes, as one bare .npy array.
 */
class NpzFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void npz(byte[] data) throws Exception {
        fuzzerTestOneInput(data);
    }

    /** The target, also for Jazzer's own command line. */
    public static void fuzzerTestOneInput(byte[] data) throws Exception {
        ReaderContract.check("w.npz", data, () -> Npz.read(data, "w.npz"));
        if (data.length >= 2 && data[0] == 'P' && data[1] == 'K') {
            ReaderContract.check("w.npz", data, () -> WeightsImport.read(data, "w.npz")); // the layers, their shapes
        }
        ReaderContract.check("a.npy", data, () -> Npz.readNpy(new ByteArrayInputStream(data), data.length, "a.npy"));
    }
}
