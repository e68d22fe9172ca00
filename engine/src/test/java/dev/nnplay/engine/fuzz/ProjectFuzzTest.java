package dev.nnplay.engine.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nnplay.engine.project.Project;
import dev.nnplay.engine.project.ProjectIO;
import java.nio.charset.StandardCharsets;

/**
 * The project reader under fuzzing: any bytes as a project file's text. What it reads it must write
 * and read back to the same JSON (the symmetry the program promises).
 */
class ProjectFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void project(byte[] data) throws Exception {
        fuzzerTestOneInput(data);
    }

    /** The target, also for Jazzer's own command line. */
    public static void fuzzerTestOneInput(byte[] data) throws Exception {
        String text = new String(data, StandardCharsets.UTF_8);
        ReaderContract.check("p.json", data, () -> {
            Project p = ProjectIO.parse(text, "p.json");
            String json = ProjectIO.toJson(p);
            String again = ProjectIO.toJson(ProjectIO.parse(json, "p.json"));
            if (!json.equals(again)) {
                throw new AssertionError("written, read back and written again, the project differs:\n" + json
                        + "\n" + again);
            }
        });
    }
}
