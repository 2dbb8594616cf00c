package dev.nabla.bench.core;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;

/**
 * A JMH profiler that reports the CPU time the benchmark JVM spent per operation,
 * {@code cpu.time.norm = (process CPU time over the iteration) / (operations in it)}, in ns/op. On a
 * shared machine the wall-clock score grows with every other process that competes for the cores;
 * the CPU time counts only the cycles this benchmark (and its garbage collector) actually used, so
 * ratios between benchmarks stay comparable. Use it as {@code -prof dev.nabla.bench.core.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
    /** The name of the secondary result. */
    public static final String RESULT = "cpu.time.norm";

    private final com.sun.management.OperatingSystemMXBean os = operatingSystem();
    private long before;

    /** The profiler; JMH instantiates it by name. */
    public CpuTimeProfiler() {}

    @Override
    public String getDescription() {
        return "CPU time of the benchmark JVM per operation (robust to other load on the machine)";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
        before = os.getProcessCpuTime();
    }

    @Override
    public Collection<? extends Result> afterIteration(BenchmarkParams benchmark, IterationParams iteration,
                                                       IterationResult result) {
        long spent = os.getProcessCpuTime() - before;
        long ops = result.getMetadata().getAllOps();
        if (ops <= 0) return List.of();
        return List.of(new ScalarResult(RESULT, spent / (double) ops, "ns/op", AggregationPolicy.AVG));
    }

    private static com.sun.management.OperatingSystemMXBean operatingSystem() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                && os.getProcessCpuTime() >= 0) {
            return os;
        }
        throw new IllegalStateException("CpuTimeProfiler: this JVM does not report its process CPU time");
    }
}
