package dev.nnplay.app.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command-line walk-through, read from README.md and run line by line with the built
 * launcher in a folder laid out as a fresh clone: every line must succeed as written, each making what
 * the next one uses, and none may print a warning.
 */
class ReadmeWalkthroughIT {

    @TempDir
    Path tmp;

    /** The command lines of the first {@code sh} block under "## The command line" (comments and blanks left out). */
    static List<String> walkthrough() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int i = lines.indexOf("## The command line");
        assertTrue(i >= 0, "README.md has a '## The command line' section");
        while (i < lines.size() && !lines.get(i).equals("```sh")) {
            i++;
        }
        List<String> commands = new ArrayList<>();
        for (i++; i < lines.size() && !lines.get(i).equals("```"); i++) {
            String l = lines.get(i).trim();
            if (!l.isEmpty() && !l.startsWith("#")) {
                commands.add(l);
            }
        }
        return commands;
    }

    @Test
    void everyLineRunsAsWrittenAndFeedsTheNext() throws Exception {
        List<String> commands = walkthrough();
        assertTrue(commands.size() >= 8, "the walk-through has its steps: " + commands);
        Path clone = Shell.freshClone(tmp);
        String piped = null;
        for (String line : commands) {
            Shell.Result r = Shell.run(clone, line);
            assertEquals(0, r.status(), line + "\n" + r);
            assertFalse(r.err().contains("WARNING"), "no JVM warning: " + line + "\n" + r);
            assertFalse(r.err().contains("Exception"), line + "\n" + r);
            if (!line.contains(" train ") && !line.contains(" bench ")) {
                assertEquals("", r.err(), "nothing on standard error: " + line);
            }
            if (line.contains("--out -")) {
                piped = r.out();
            }
        }
        for (String made : new String[] {"trained.json", "history.csv", "rows.csv", "predictions.csv", "digits.onnx",
            "digits.npz", "restored.json"}) {
            assertTrue(Files.size(clone.resolve(made)) > 0, made + " was made");
        }
        List<String> predictions = Files.readAllLines(clone.resolve("predictions.csv"));
        assertEquals(6, predictions.size(), "a header and the five rows");
        assertTrue(predictions.get(0).startsWith("class,p_0,p_1,"), predictions.get(0));
        assertTrue(piped != null && piped.startsWith(predictions.get(0) + "\n"), "the piped predict: " + piped);
        assertEquals(3, piped.split("\n").length, piped);
        assertEquals(predictions.get(1), piped.split("\n")[1], "the restored weights predict as the trained ones");
    }
}
