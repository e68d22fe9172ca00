package dev.nnplay.engine.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.data.CsvLoader;
import dev.nnplay.engine.data.CsvSpec;
import dev.nnplay.engine.data.DataException;
import dev.nnplay.engine.project.ProjectException;
import dev.nnplay.engine.project.ProjectIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that fuzzing once turned into an internal error, each now its reader's own message naming the
 * file: a weights JSON that is not UTF-8, a truncated .npz member, NaN in an .npz, a negative epoch, a
 * folder or a named pipe given as a file (named as such, never waited on), a 50 MB cell.
 */
class ReaderFailuresTest {

    @TempDir
    Path tmp;

    @Test
    void aWeightsJsonThatIsNotUtf8() throws IOException {
        Path f = tmp.resolve("w.json");
        Files.write(f, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});
        WeightsFileException e = assertThrows(WeightsFileException.class, () -> WeightsImport.read(f));
        assertEquals(f + ": is not UTF-8 text; a weights file is JSON or .npz", e.getMessage());
    }

    @Test
    void aProjectThatIsNotUtf8() throws IOException {
        Path f = tmp.resolve("p.json");
        Files.write(f, new byte[] {'{', (byte) 0xFF, '}'});
        assertEquals(f + ": is not UTF-8 text; a project file is JSON",
                assertThrows(ProjectException.class, () -> ProjectIO.read(f)).getMessage());
    }

    /** An npz whose one member's header promises 100 floats but holds 10. */
    @Test
    void aTruncatedNpzMember() throws IOException {
        ByteArrayOutputStream npy = new ByteArrayOutputStream();
        Npz.writeNpy(NpyArray.of(new float[100]), npy);
        byte[] whole = npy.toByteArray();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 360);
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("layer0.weight.npy"));
            z.write(cut);
            z.closeEntry();
        }
        WeightsFileException e = assertThrows(WeightsFileException.class,
                () -> Npz.read(zip.toByteArray(), "w.npz"));
        assertTrue(e.getMessage().startsWith("w.npz"), e.getMessage());
        assertTrue(e.getMessage().contains("ends before the data its header announces"), e.getMessage());
    }

    @Test
    void nanInAnNpzIsNotImported() throws IOException {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("layer0.weight", NpyArray.of(new float[][] {{1f, Float.NaN}}));
        arrays.put("layer0.bias", NpyArray.of(new float[] {0f}));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Npz.write(arrays, out);
        WeightsFileException e = assertThrows(WeightsFileException.class,
                () -> WeightsImport.read(out.toByteArray(), "w.npz"));
        assertEquals("w.npz, layer0.weight: value 1 is NaN; only finite numbers are read", e.getMessage());
    }

    @Test
    void aNegativeEpochNamesTheField() throws IOException {
        String json = Files.readString(Path.of("..", "assets", "examples", "linear-regression.json"))
                .replace("\"epoch\" : 0", "\"epoch\" : -1");
        ProjectException e = assertThrows(ProjectException.class, () -> ProjectIO.parse(json, "p.json"));
        assertEquals("p.json: line 34, column 3: weights: epoch and step must not be negative", e.getMessage());
    }

    @Test
    void aFolderIsNamedAsSuch() {
        assertEquals(tmp + ": is a folder, not a file",
                assertThrows(ProjectException.class, () -> ProjectIO.read(tmp)).getMessage());
        assertEquals(tmp + ": is a folder, not a file",
                assertThrows(DataException.class, () -> CsvLoader.read(tmp, CsvSpec.of(tmp.toString()))).getMessage());
        assertEquals(tmp + ": is a folder, not a file",
                assertThrows(WeightsFileException.class, () -> WeightsImport.read(tmp)).getMessage());
    }

    @Test
    void aNamedPipeIsNamedAsSuchAndNeverWaitedOn() throws Exception {
        Path fifo = tmp.resolve("data.csv");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, mk.waitFor());
        String msg = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(DataException.class, () -> CsvLoader.read(fifo, CsvSpec.of(fifo.toString())))
                        .getMessage());
        assertEquals(fifo + ": is a named pipe or a device, not a regular file; give a file", msg);
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(ProjectException.class,
                () -> ProjectIO.read(fifo)));
    }

    @Test
    void aHugeCellIsShownShort() throws IOException {
        Path f = tmp.resolve("big.csv");
        String cell = "x".repeat(50_000_000);
        Files.writeString(f, "a,b,label\n1,2,p\n3," + cell + ",q\n", StandardCharsets.UTF_8);
        String msg = assertThrows(DataException.class, () -> CsvLoader.read(f, CsvSpec.of(f.toString())))
                .getMessage();
        assertEquals(f + ", line 3, column 'b' (number 2): '" + "x".repeat(39) + "…' is not a number", msg);
    }
}
