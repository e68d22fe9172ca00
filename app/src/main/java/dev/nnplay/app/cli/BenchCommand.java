package dev.nnplay.app.cli;

import dev.nnplay.engine.bench.Bench;
import dev.nnplay.engine.kernel.KernelProvider;
import dev.nnplay.engine.kernel.Kernels;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nnplay bench}: training and matrix-product speed on this machine. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure training speed (samples/s) and matrix products (GFLOP/s) on this machine.")
final class BenchCommand implements Callable<Integer> {

    @Spec
    private picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "One JSON object per line, for scripts.")
    private boolean json;

    @Option(names = "--kernels", defaultValue = "auto", paramLabel = "K",
            description = "auto, reference or panama (default: ${DEFAULT-VALUE}).")
    private String kernels;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N",
            description = "Threads for large products (default: ${DEFAULT-VALUE}).")
    private int threads;

    @Option(names = "--seconds", defaultValue = "2", paramLabel = "S",
            description = "Measuring time per case, after an unmeasured warm-up of half that, at least 2 s (default: ${DEFAULT-VALUE}).")
    private double seconds;

    @Parameters(arity = "0..*", paramLabel = "CASE", description = "Cases to run, quoted, such as 'gemm 512' "
            + "(default: all of them).")
    private List<String> cases;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new UserError("--threads must be at least 1, got " + threads);
        }
        if (!(seconds > 0 && seconds <= 600)) {
            throw new UserError("--seconds must be above 0 and at most 600, got " + seconds);
        }
        List<String> run = cases == null || cases.isEmpty() ? Bench.CASES : cases;
        for (String c : run) {
            if (!Bench.CASES.contains(c)) {
                throw new UserError("unknown case '" + c + "'; the cases are: " + String.join(", ", Bench.CASES));
            }
        }
        Kernels k = KernelProvider.select(kernels);
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            out.printf(Locale.ROOT, "%-30s %-10s %7s %16s%n", "case", "kernels", "threads", "speed");
        }
        for (String c : run) {
            Bench.Result r = Bench.run(c, k, threads, seconds);
            if (json) {
                out.println(r.toJson());
            } else {
                String speed = Double.isNaN(r.gflops())
                        ? String.format(Locale.ROOT, "%,.0f samples/s", r.samplesPerS())
                        : String.format(Locale.ROOT, "%.1f GFLOP/s", r.gflops());
                out.printf(Locale.ROOT, "%-30s %-10s %7d %16s%n", c, r.kernels(), r.threads(), speed);
            }
            out.flush();
        }
        return 0;
    }
}
