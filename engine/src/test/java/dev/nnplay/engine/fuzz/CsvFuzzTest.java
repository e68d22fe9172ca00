package dev.nnplay.engine.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nnplay.engine.data.CsvLoader;
import dev.nnplay.engine.data.CsvSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CSV reader under fuzzing: any bytes as a data file, read with the format guessed. In {@code mvn
 * verify} it replays the committed inputs and then fuzzes for a few seconds (the {@code fuzz-csv}
 * execution); docs/reliability.md has the long run.
 */
class CsvFuzzTest {

    private static final Path FILE;

    static {
        try {
            FILE = Files.createTempFile("nnplay-fuzz-", ".csv");
            FILE.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5s")
    void csv(byte[] data) throws Exception {
        fuzzerTestOneInput(data);
    }

    /** The target, also for Jazzer's own command line. */
    public static void fuzzerTestOneInput(byte[] data) throws Exception {
        Files.write(FILE, data);
        ReaderContract.check(FILE.toString(), data, () -> CsvLoader.read(FILE, CsvSpec.of(FILE.toString())));
    }
}
