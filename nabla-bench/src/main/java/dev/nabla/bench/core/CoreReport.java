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
 * Runs the core gradient benchmarks and prints their Markdown table with the ratios
 * ({@link RatioTable}). Takes JMH's own command-line options ({@code -f 1 -wi 3 -i 5 …}); without a
 * benchmark pattern it runs the benchmarks of the headline table. With {@code -Dnabla.bench.report=FILE}
 * the table is also written to {@code FILE}.
 */
public final class CoreReport {
    private CoreReport() {}

    /** The benchmarks of the headline table (the reverse-mode breakdown is run by name). */
    static final String INCLUDE = "dev\\.nabla\\.bench\\.core\\.(Evaluation|NablaGradient|HipparchusGradient)Benchmark\\..*";

    /** Runs JMH with {@code args} and prints the table. */
    public static void main(String[] args) throws Exception {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder options = new OptionsBuilder();
        options.parent(cli);
        if (cli.getIncludes().isEmpty()) options.include(INCLUDE);
        Collection<RunResult> results = new Runner(options.build()).run();
        String table = table(results).toMarkdown();
        System.out.println();
        System.out.println(table);
        String file = System.getProperty("nabla.bench.report");
        if (file != null) write(Path.of(file), table);
    }

    static RatioTable table(Collection<RunResult> results) {
        RatioTable table = new RatioTable();
        for (RunResult run : results) {
            String benchmark = run.getParams().getBenchmark();
            String variant = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            int n = Integer.parseInt(run.getParams().getParam("n"));
            Result<?> primary = run.getPrimaryResult();
            if (!primary.getScoreUnit().equals("ns/op")) {
                throw new IllegalStateException(benchmark + ": scores must be in ns/op, got " + primary.getScoreUnit());
            }
            table.put(n, variant, new RatioTable.Score(primary.getScore(), primary.getScoreError()));
        }
        return table;
    }

    private static void write(Path file, String table) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(file, table);
    }
}
