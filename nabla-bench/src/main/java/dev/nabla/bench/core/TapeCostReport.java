package dev.nabla.bench.core;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs {@link TapeCostBenchmark} (JMH options as arguments, e.g. {@code -f 1 -wi 2 -i 3}) with
 * {@link CpuTimeProfiler} and prints a Markdown table: nanoseconds per recorded operation (recording and
 * backward sweep together), by the wall clock and by CPU time, and reverse ÷ plain.
 */
public final class TapeCostReport {
    private TapeCostReport() {}

    /** Runs JMH with {@code args} and prints the table. */
    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (cli.getIncludes().isEmpty()) options.include("dev\\.nabla\\.bench\\.core\\.TapeCostBenchmark\\..*");
        options.addProfiler(CpuTimeProfiler.class);
        System.out.println(table(new Runner(options.build()).run()));
    }

    /** The table of {@code results}. */
    static String table(Collection<RunResult> results) {
        Map<String, double[]> rows = new TreeMap<>();
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            String variant = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            String function = run.getParams().getParam("function");
            int n = Integer.parseInt(run.getParams().getParam("n"));
            String key = String.format(Locale.ROOT, "%s|%06d", function, n);
            double[] row = rows.computeIfAbsent(key, k -> new double[4]);
            Result<?> cpu = run.getSecondaryResults().get(CpuTimeProfiler.RESULT);
            int at = variant.equals("plain") ? 0 : 2;
            row[at] = run.getPrimaryResult().getScore();
            row[at + 1] = cpu == null ? Double.NaN : cpu.getScore();
        }
        StringBuilder out = new StringBuilder();
        out.append("| function | N | recorded ops | reverse ns/op (wall) | reverse ns/op (CPU) | reverse ÷ plain (CPU) | plain µs | reverse µs |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, double[]> e : rows.entrySet()) {
            String[] key = e.getKey().split("\\|");
            TapeCost function = TapeCost.valueOf(key[0]);
            int n = Integer.parseInt(key[1]);
            int ops = function.recordedOperations(n);
            double[] r = e.getValue();
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.2f | %.2f |%n",
                    function.name().toLowerCase(Locale.ROOT), n, ops, r[2] / ops, r[3] / ops, r[3] / r[1], r[0] / 1e3, r[2] / 1e3));
        }
        return out.toString();
    }
}
