package dev.nnplay.app.ui.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nnplay.app.cli.Cli;
import dev.nnplay.app.ui.TestPlayground;
import dev.nnplay.engine.data.Dataset;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectIO;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's Open CSV reads a file exactly as {@code nnplay train --csv} does. */
class CsvImportTest {
    @TempDir
    Path tmp;

    private final TestPlayground vm = TestPlayground.headless();

    @AfterEach
    void close() {
        vm.close();
    }

    /** Semicolons between cells, quoted names with a semicolon inside, decimals, a quoted class. */
    private Path semicolonFile() throws Exception {
        StringBuilder b = new StringBuilder("\"petal length; cm\";\"petal width\";\"kind\"\n");
        for (int i = 0; i < 40; i++) {
            boolean big = i % 2 == 0;
            b.append(String.format(java.util.Locale.ROOT, "%.2f;%.2f;\"%s\"%n", (big ? 5 : 1.4) + i * 0.01,
                    (big ? 2 : 0.2) + i * 0.005, big ? "virginica" : "setosa"));
        }
        Path f = tmp.resolve("flowers.csv");
        Files.writeString(f, b, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void aSemicolonSeparatedQuotedFileOpensAsOnTheCommandLine() throws Exception {
        Path f = semicolonFile();
        vm.dialogs().column = "kind";
        assertTrue(vm.model().data().importCsv(f).get(30, TimeUnit.SECONDS), vm.dialogs().errors.toString());
        assertEquals(List.of("column [petal length; cm, petal width, kind]"), vm.dialogs().asked,
                "the picker offers the columns as the reader sees them");
        Dataset window = vm.preparedProperty().get().raw();

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path trained = tmp.resolve("cli.json");
        int status = Cli.run(new String[] {"train", "--csv", f.toString(), "--label", "kind", "--epochs", "0",
                "--standardize", "--quiet", "--out", trained.toString()}, new PrintWriter(out, true),
                new PrintWriter(err, true));
        assertEquals(0, status, err.toString());
        Project p = ProjectIO.read(trained);
        Dataset cli = p.data().load(tmp);

        assertEquals(cli.inputNames(), window.inputNames());
        assertEquals(cli.classNames(), window.classNames());
        assertEquals(cli.task(), window.task());
        assertArrayEquals(cli.x().data, window.x().data);
        assertArrayEquals(cli.y().data, window.y().data);
        assertEquals(p.data().csv().withLabel("kind").label(), vm.dataProperty().get().csv().label());
        assertEquals(p.data().scaling(), vm.dataProperty().get().scaling());
    }

    @Test
    void aFileThatIsNotCsvIsOneMessageAndNothingChanges() throws Exception {
        Path f = tmp.resolve("empty.csv");
        Files.writeString(f, "");
        var before = vm.dataProperty().get();
        assertFalse(vm.model().data().importCsv(f).get(30, TimeUnit.SECONDS));
        assertEquals(1, vm.dialogs().errors.size(), vm.dialogs().errors.toString());
        assertTrue(vm.dialogs().errors.get(0).contains("empty.csv"), vm.dialogs().errors.get(0));
        assertEquals(before, vm.dataProperty().get());
    }
}
