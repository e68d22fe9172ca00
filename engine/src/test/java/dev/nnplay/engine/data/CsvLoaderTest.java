package dev.nnplay.engine.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLoaderTest {

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path f = dir.resolve("table.csv");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private CsvResult read(String text, CsvSpec spec) throws IOException {
        Path f = write(text);
        return CsvLoader.read(f, new CsvSpec(f.toString(), spec.label(), spec.task(), spec.ignore(),
                spec.dropInvalid(), spec.delimiter(), spec.header()));
    }

    private CsvResult read(String text) throws IOException {
        return read(text, CsvSpec.of("unused"));
    }

    /** Asserts that reading fails with a message that names the file and holds every {@code part}. */
    private void fails(String text, CsvSpec spec, String... parts) throws IOException {
        DataException e = assertThrows(DataException.class, () -> read(text, spec));
        assertTrue(e.getMessage().contains("table.csv"), e.getMessage());
        for (String p : parts) {
            assertTrue(e.getMessage().contains(p), "'" + p + "' missing from: " + e.getMessage());
        }
    }

    private void fails(String text, String... parts) throws IOException {
        fails(text, CsvSpec.of("unused"), parts);
    }

    // --- broken files: each message names the place -------------------------------------------

    @Test
    void missingColumn() throws IOException {
        fails("a,b,c\n1,2,x\n4,5\n", "line 3", "column 'c'", "only 2 values", "the header has 3");
    }

    @Test
    void extraColumn() throws IOException {
        fails("a,b,c\n1,2,x\n4,5,y,7\n", "line 3", "4 values", "the header has 3");
    }

    @Test
    void nonNumberCell() throws IOException {
        fails("a,b,c\n1,2,x\n1,two,y\n", "line 3", "column 'b' (number 2)", "'two' is not a number");
    }

    @Test
    void emptyCell() throws IOException {
        fails("a,b,c\n1,,x\n", "line 2", "column 'b'", "missing value");
    }

    @Test
    void emptyLabel() throws IOException {
        fails("a,b,c\n1,2,x\n1,2,\n", "line 3", "column 'c'", "missing label");
    }

    @Test
    void emptyFile() throws IOException {
        fails("", "is empty");
        fails("\n\n  \n", "is empty");
    }

    @Test
    void headerOnly() throws IOException {
        fails("a,b,c\n", "has a header but no rows");
    }

    @Test
    void unknownLabelColumn() throws IOException {
        fails("a,b,c\n1,2,3\n", CsvSpec.of("x").withLabel("z"), "no label column 'z'", "a, b, c");
        fails("a,b,c\n1,2,3\n", CsvSpec.of("x").withLabel("3"), "no label column '3'");
    }

    @Test
    void unknownIgnoredColumn() throws IOException {
        fails("a,b,c\n1,2,3\n", CsvSpec.of("x").withIgnore(List.of("q")), "no ignored column 'q'");
    }

    @Test
    void tooManyColumns() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j <= CsvLoader.MAX_COLUMNS; j++) {
            sb.append(j == 0 ? "" : ",").append(j);
        }
        fails(sb + "\n" + sb + "\n", "has " + (CsvLoader.MAX_COLUMNS + 1) + " columns", "at most 4096");
    }

    @Test
    void oneColumnHintsAtTheDelimiter() throws IOException {
        fails("a|b\n1|2\n", "at least two columns", "comma");
    }

    @Test
    void regressionLabelMustBeANumber() throws IOException {
        fails("a,b\n1,2.5\n2,n/a\n", CsvSpec.of("x").withTask("regress"), "line 3", "column 'b'", "'n/a' is not a number");
    }

    @Test
    void oneClassIsNotAClassification() throws IOException {
        fails("a,b\n1,x\n2,x\n", "only one class ('x')");
    }

    @Test
    void labelCannotAlsoBeIgnored() throws IOException {
        fails("a,b,c\n1,2,3\n", CsvSpec.of("x").withIgnore(List.of("c")), "'c' is both the label and ignored");
    }

    @Test
    void binaryFile() throws IOException {
        fails("a,b\n1,\0\n", "binary");
    }

    @Test
    void unclosedQuote() throws IOException {
        fails("a,b\n1,\"x\n2,y\n", "line 2: a quoted cell is not closed before the end of the file");
    }

    // --- dropping invalid rows -------------------------------------------------------------------

    @Test
    void dropInvalidCountsAndExplains() throws IOException {
        CsvResult r = read("a,b,c\n1,2,x\n1,,y\n3,4\nq,5,x\n6,7,y\n", CsvSpec.of("x").withDropInvalid(true));
        assertEquals(2, r.data().size());
        assertEquals(3, r.droppedRows());
        assertEquals(3, r.dropReasons().size());
        assertTrue(r.dropReasons().get(0).startsWith("line 3, column 'b'"), r.dropReasons().get(0));
        assertTrue(r.summary().contains("dropped 3"), r.summary());
        assertArrayEquals(new float[] {1, 2, 6, 7}, r.data().x().data);
    }

    @Test
    void droppingEveryRowIsAnError() throws IOException {
        fails("a,b\nx,1\ny,2\n", CsvSpec.of("x").withDropInvalid(true), "no valid rows", "all 2 were dropped", "line 2");
    }

    // --- detection ---------------------------------------------------------------------------------

    @Test
    void semicolonAndTabAreDetected() throws IOException {
        CsvResult semi = read("a;b;c\n1,5;2;x\n3;4;y\n".replace("1,5", "1.5"));
        assertEquals(';', semi.delimiter());
        assertArrayEquals(new float[] {1.5f, 2, 3, 4}, semi.data().x().data);
        CsvResult tab = read("a\tb\tc\n1\t2\tx\n3\t4\ty\n");
        assertEquals('\t', tab.delimiter());
        assertEquals(List.of("a", "b"), tab.data().inputNames());
    }

    @Test
    void givenDelimiterWins() throws IOException {
        CsvResult r = read("a|b|c\n1|2|x\n3|4|y\n", new CsvSpec("x", null, null, null, false, "|", null));
        assertEquals('|', r.delimiter());
        assertEquals(2, r.data().inputs());
    }

    @Test
    void numericFirstRowMeansNoHeader() throws IOException {
        CsvResult r = read("1,2,0\n3,4,1\n");
        assertFalse(r.header());
        assertEquals(List.of("col1", "col2"), r.data().inputNames());
        assertEquals(List.of("col3"), r.data().targetNames());
        assertEquals(2, r.data().size());
    }

    @Test
    void textLabelsInTheFirstRowAreNotAHeader() throws IOException {
        CsvResult r = read("1,2,cat\n3,4,dog\n");
        assertFalse(r.header());
        assertEquals(List.of("cat", "dog"), r.data().classNames());
    }

    @Test
    void pandasIndexHeaderAndByteOrderMark() throws IOException {
        CsvResult r = read("\uFEFF,x,y,label\n0,1,2,a\n1,3,4,b\n", CsvSpec.of("x").withIgnore(List.of("col1")));
        assertTrue(r.header());
        assertEquals(List.of("x", "y"), r.data().inputNames());
    }

    @Test
    void quotedCellsMayHoldTheDelimiter() throws IOException {
        CsvResult r = read("a,b,kind\n1,2,\"big, red\"\n3,4,\"small \"\"one\"\"\"\n");
        assertEquals(List.of("big, red", "small \"one\""), r.data().classNames());
    }

    @Test
    void repeatedAndBlankHeaderNamesAreMadeUnique() throws IOException {
        CsvResult r = read("x,x,,y\n1,2,3,a\n4,5,6,b\n");
        assertEquals(List.of("x", "x_2", "col3"), r.data().inputNames());
    }

    // --- labels and tasks -------------------------------------------------------------------------

    @Test
    void labelByNameOrIndexAndIgnoredColumns() throws IOException {
        String t = "id,a,kind,b\n7,1,x,2\n8,3,y,4\n";
        CsvResult byName = read(t, CsvSpec.of("x").withLabel("kind").withIgnore(List.of("id")));
        CsvResult byIndex = read(t, CsvSpec.of("x").withLabel("2").withIgnore(List.of("0")));
        for (CsvResult r : List.of(byName, byIndex)) {
            assertEquals(List.of("a", "b"), r.data().inputNames());
            assertArrayEquals(new float[] {1, 2, 3, 4}, r.data().x().data);
            assertArrayEquals(new float[] {0, 1}, r.data().y().data);
        }
    }

    @Test
    void fewIntegersAreClassesInNumericOrder() throws IOException {
        Dataset d = read("a,c\n1,10\n2,2\n3,10\n4,-1\n").data();
        assertEquals(Task.CLASSIFY, d.task());
        assertEquals(List.of("-1", "2", "10"), d.classNames());
        assertArrayEquals(new float[] {2, 1, 2, 0}, d.y().data);
    }

    @Test
    void fractionsOrManyIntegersAreRegression() throws IOException {
        assertEquals(Task.REGRESS, read("a,c\n1,0.5\n2,1\n").data().task());
        StringBuilder sb = new StringBuilder("a,c\n");
        for (int i = 0; i <= CsvLoader.MAX_INTEGER_CLASSES; i++) {
            sb.append(i).append(',').append(i * 3).append('\n');
        }
        Dataset d = read(sb.toString()).data();
        assertEquals(Task.REGRESS, d.task());
        assertEquals(60f, d.y().data[20]);
    }

    @Test
    void taskOverridesTheGuess() throws IOException {
        Dataset d = read("a,c\n1,0\n2,1\n", CsvSpec.of("x").withTask("regress")).data();
        assertEquals(Task.REGRESS, d.task());
        assertTrue(d.classNames().isEmpty());
        Dataset c = read("a,c\n1,0.5\n2,1.5\n", CsvSpec.of("x").withTask("classify")).data();
        assertEquals(List.of("0.5", "1.5"), c.classNames());
    }

    @Test
    void severalRegressionTargets() throws IOException {
        Dataset d = read("u,v,x,w\n1,10,2,20\n3,30,4,40\n", CsvSpec.of("x").withLabel("v, w")).data();
        assertEquals(Task.REGRESS, d.task());
        assertEquals(List.of("u", "x"), d.inputNames());
        assertEquals(List.of("v", "w"), d.targetNames());
        assertArrayEquals(new float[] {10, 20, 30, 40}, d.y().data);
        fails("u,v,w\n1,2,3\n", CsvSpec.of("x").withLabel("v,w").withTask("classify"), "one label column");
    }

    @Test
    void tooManyDistinctTextLabels() throws IOException {
        StringBuilder sb = new StringBuilder("a,c\n");
        for (int i = 0; i <= CsvTargets.MAX_CLASSES; i++) {
            sb.append(i).append(",k").append(i).append('\n');
        }
        fails(sb.toString(), "more than 1000 distinct values");
    }

    // --- preview and the project file ----------------------------------------------------------

    @Test
    void peekShowsTheStart() throws IOException {
        Path f = write("a;b;c\n1;2;x\n3;4;y\n5;6;z\n");
        CsvPreview p = CsvLoader.peek(f, 2);
        assertEquals(';', p.delimiter());
        assertTrue(p.header());
        assertEquals(List.of("a", "b", "c"), p.columns());
        assertEquals(List.of(List.of("1", "2", "x"), List.of("3", "4", "y")), p.rows());
        Path g = write("1,2\n3,4\n");
        assertEquals(List.of("col1", "col2"), CsvLoader.peek(g, 10).columns());
        assertEquals(2, CsvLoader.peek(g, 10).rows().size());
    }

    @Test
    void specJsonStaysCompatible() throws IOException {
        ObjectMapper json = new ObjectMapper();
        CsvSpec old = json.readValue("{\"path\":\"a.csv\",\"label\":\"y\",\"ignore\":[\"id\"],\"dropInvalid\":true}",
                CsvSpec.class);
        assertEquals(new CsvSpec("a.csv", "y", null, List.of("id"), true), old);
        CsvSpec full = new CsvSpec("a.csv", "y", "regress", List.of(), false, "tab", false);
        assertEquals("\t", full.delimiter());
        assertEquals(full, json.readValue(json.writeValueAsString(full), CsvSpec.class));
        assertThrows(IllegalArgumentException.class, () -> new CsvSpec("a.csv", null, null, null, false, "ab", null));
    }
}
