package dev.nnplay.engine.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.engine.testing.ChildJvm;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CSV file whose numbers would not fit in the heap once read and prepared is refused while it is
 * read, with the figures, instead of ending in an OutOfMemoryError: 400 000 rows of 10 columns under
 * a 64 MiB heap, in a JVM of its own.
 */
class CsvMemoryTest {

    @TempDir
    Path tmp;

    @Test
    void aCsvTooLargeForTheHeapIsRefusedWhileItIsRead() throws Exception {
        Path f = tmp.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(f)) {
            w.write("a,b,c,d,e,f,g,h,i,y\n");
            for (int r = 0; r < 400_000; r++) {
                w.write(r % 7 + ",1,2,3,4,5,6,7,8," + r % 3 + "\n");
            }
        }
        List<String> out = ChildJvm.run(Read.class, "-Xmx64m", "-Dnnplay.test.file=" + f);
        assertEquals(1, out.size(), out.toString());
        String m = out.get(0);
        assertTrue(m.startsWith(f + ", line "), m);
        assertTrue(m.contains(": too large for memory: the first ") && m.contains(" rows need about ")
                && m.endsWith("; use fewer rows or columns, or start the program with a larger -Xmx"), m);
    }

    /** Reads the file named by {@code nnplay.test.file}; prints the refusal, or "read" and the row count. */
    public static final class Read {
        public static void main(String[] args) throws IOException {
            Path f = Path.of(System.getProperty("nnplay.test.file"));
            try {
                Dataset d = CsvLoader.load(f, CsvSpec.of(f.toString()));
                System.out.println("read " + d.size());
            } catch (DataException e) {
                System.out.println(e.getMessage());
            }
        }
    }
}
