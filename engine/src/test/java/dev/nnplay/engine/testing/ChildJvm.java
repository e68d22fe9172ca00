package dev.nnplay.engine.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class's {@code main} in a fresh JVM on this test class path, for what one JVM cannot show
 * about itself (its first, interpreted calls; a property read once; a JIT switched off). The child
 * gets the vector module when this JVM has it, and this JVM's forced vector width unless the extra
 * options set one.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** The lines {@code main} printed on standard output; it must exit with status 0 within 5 minutes. */
    public static List<String> run(Class<?> main, String... options) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()) {
            cmd.add("--add-modules");
            cmd.add("jdk.incubator.vector");
        }
        String bits = System.getProperty("nnplay.vectorBits");
        if (bits != null && List.of(options).stream().noneMatch(o -> o.startsWith("-Dnnplay.vectorBits="))) {
            cmd.add("-Dnnplay.vectorBits=" + bits);
        }
        cmd.addAll(List.of(options));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main.getName());
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the JVM did not finish: " + cmd);
        }
        assertEquals(0, p.exitValue(), "exit status of " + cmd);
        return new String(out, StandardCharsets.UTF_8).lines().toList();
    }
}
