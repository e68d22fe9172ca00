package dev.nnplay.engine.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.loss.Loss;
import dev.nnplay.engine.nn.Activation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpzTest {

    @TempDir
    Path tmp;

    @Test
    void writeThenReadGivesTheSameArrays() throws IOException {
        ExportedModel m = ExportFixtures.featuresMulticlass().model();
        Map<String, NpyArray> arrays = WeightsExport.arrays(m);
        Path file = tmp.resolve("w.npz");
        Npz.write(arrays, file);
        Map<String, NpyArray> back = Npz.read(file);
        assertEquals(List.of("layer0.weight", "layer0.bias", "layer1.weight", "layer1.bias", "layer2.weight",
                "layer2.bias", "transform.center", "transform.scale"), List.copyOf(back.keySet()));
        assertEquals(arrays, back);
        assertArrayEquals(new int[] {8, 7}, back.get("layer0.weight").shape());
        assertArrayEquals(m.linears().get(0).w().weight()[3], back.get("layer0.weight").rows()[3]);
    }

    @Test
    void headerIsPaddedToSixtyFourBytesAndEndsInNewline() throws IOException {
        var out = new java.io.ByteArrayOutputStream();
        Npz.writeNpy(NpyArray.of(new float[] {1f, 2f, 3f}), out);
        byte[] b = out.toByteArray();
        int headerLength = (b[8] & 0xff) | (b[9] & 0xff) << 8;
        assertEquals(0, (10 + headerLength) % 64);
        String header = new String(b, 10, headerLength, StandardCharsets.US_ASCII);
        assertTrue(header.startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }"), header);
        assertEquals('\n', header.charAt(header.length() - 1));
        assertEquals(10 + headerLength + 12, b.length);
    }

    @Test
    void aHugeShapeIsRefusedBeforeAllocating() {
        byte[] npy = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (100000, 100000), }", 8);
        var e = assertThrows(WeightsFileException.class,
                () -> Npz.readNpy(new ByteArrayInputStream(npy), npy.length, "x.npy"));
        assertTrue(e.getMessage().contains("larger than"), e.getMessage());
    }

    @Test
    void aShapeThatDisagreesWithTheEntrySizeIsRefused() {
        byte[] npy = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (10,), }", 8);
        var e = assertThrows(WeightsFileException.class,
                () -> Npz.readNpy(new ByteArrayInputStream(npy), npy.length, "x.npy"));
        assertTrue(e.getMessage().contains("needs 40 bytes of data, the entry has 8"), e.getMessage());
        var eof = assertThrows(WeightsFileException.class,
                () -> Npz.readNpy(new ByteArrayInputStream(npy), -1, "x.npy"));
        assertTrue(eof.getMessage().contains("ends before"), eof.getMessage());
    }

    @Test
    void otherDtypesAndFortranOrderAreRefused() {
        byte[] f8 = npy("{'descr': '<f8', 'fortran_order': False, 'shape': (1,), }", 8);
        assertTrue(assertThrows(WeightsFileException.class,
                () -> Npz.readNpy(new ByteArrayInputStream(f8), -1, "x.npy")).getMessage().contains("'<f8'"));
        byte[] fortran = npy("{'descr': '<f4', 'fortran_order': True, 'shape': (1,), }", 4);
        assertTrue(assertThrows(WeightsFileException.class,
                () -> Npz.readNpy(new ByteArrayInputStream(fortran), -1, "x.npy")).getMessage().contains("Fortran"));
    }

    @Test
    void aZipWithAnotherEntryIsRefusedByName() throws IOException {
        Path file = tmp.resolve("bad.npz");
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write(1);
            zip.closeEntry();
        }
        var e = assertThrows(WeightsFileException.class, () -> Npz.read(file));
        assertTrue(e.getMessage().contains("'notes.txt'"), e.getMessage());
    }

    @Test
    void npzImportGivesBackTheWeights() throws IOException {
        ExportedModel m = ExportFixtures.plain(Activation.ELU, 3, 2, Loss.MSE).model();
        Path file = tmp.resolve("w.npz");
        WeightsExport.writeNpz(m, file);
        var w = WeightsImport.read(file);
        assertEquals(m.linears().size(), w.layers().size());
        for (int i = 0; i < w.layers().size(); i++) {
            assertArrayEquals(m.linears().get(i).w().bias(), w.layers().get(i).bias());
            for (int o = 0; o < w.layers().get(i).outputs(); o++) {
                assertArrayEquals(m.linears().get(i).w().weight()[o], w.layers().get(i).weight()[o]);
            }
        }
    }

    /** An npy of the given header and {@code dataBytes} zero bytes. */
    private static byte[] npy(String dict, int dataBytes) {
        byte[] h = (dict + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] b = new byte[10 + h.length + dataBytes];
        byte[] magic = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) h.length, (byte) (h.length >> 8)};
        System.arraycopy(magic, 0, b, 0, 10);
        System.arraycopy(h, 0, b, 10, h.length);
        return b;
    }
}
