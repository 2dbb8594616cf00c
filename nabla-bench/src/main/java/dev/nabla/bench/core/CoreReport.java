package dev.nabla.bench.core;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * Runs the core gradient benchmarks and prints their Markdown tables with the ratios
 * ({@link RatioTable}): once for the wall-clock scores and once for the CPU time per operation that
 * {@link CpuTimeProfiler} measures alongside. Takes JMH's own command-line options
 * ({@code -f 1 -wi 3 -i 5 …}); without a benchmark pattern it runs the benchmarks of the headline
 * table. With {@code -Dnabla.bench.report=FILE} the tables are also written to {@code FILE}.
 */
public final class CoreReport {
    private CoreReport() {}

    /** The benchmarks of the headline table (the reverse-mode breakdown is run by name). */
    static final String INCLUDE = "dev\\.nabla\\.bench\\.core\\.(Evaluation|NablaGradient|CompiledGradient|HipparchusGradient)Benchmark\\..*";

    /** Runs JMH with {@code args} and prints the table. */
    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (cli.getIncludes().isEmpty()) options.include(INCLUDE);
        options.addProfiler(CpuTimeProfiler.class);
        Collection<RunResult> results = new Runner(options.build()).run();
        String table = "Wall-clock time (JMH score, ns/op ± 99.9% confidence half-width):\n\n"
                + table(results, false).toMarkdown()
                + "\nCPU time of the benchmark JVM (`" + CpuTimeProfiler.RESULT + "`, ns/op ± 99.9% confidence half-width):\n\n"
                + table(results, true).toMarkdown();
        System.out.println();
        System.out.println(table);
        String file = System.getProperty("nabla.bench.report");
        if (file != null) write(Path.of(file), table);
    }

    /** The table of wall-clock scores, or of CPU time per operation when {@code cpu} is set. */
    static RatioTable table(Collection<RunResult> results, boolean cpu) {
        RatioTable table = new RatioTable();
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            String variant = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            int n = Integer.parseInt(run.getParams().getParam("n"));
            Result<?> score = cpu ? run.getSecondaryResults().get(CpuTimeProfiler.RESULT) : run.getPrimaryResult();
            if (score == null) continue;
            if (!score.getScoreUnit().equals("ns/op")) {
                throw new IllegalStateException(benchmark + ": scores must be in ns/op, got " + score.getScoreUnit());
            }
            table.put(n, variant, new RatioTable.Score(score.getScore(), score.getScoreError()));
        }
        return table;
    }

    private static void write(Path file, String table) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, table);
    }
}
