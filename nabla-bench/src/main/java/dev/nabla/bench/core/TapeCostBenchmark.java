package dev.nabla.bench.core;

import dev.nabla.core.reverse.Reverse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * The tape's cost per recorded cheap operation: {@link Reverse#gradient} of each {@link TapeCost}
 * function (recording and backward sweep together) beside its hand-written plain evaluation.
 * {@link TapeCostReport} divides by {@link TapeCost#recordedOperations}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class TapeCostBenchmark {

    /** The size N. */
    @Param({"1024", "16384"})
    public int n;

    /** The function. */
    @Param({"SUM", "DOT", "NORMAL"})
    public TapeCost function;

    private double[] x;

    /** Draws the point. */
    @Setup
    public void setUp() {
        x = function.point(n);
    }

    /** The gradient by the tape: recording plus backward sweep. */
    @Benchmark
    public double[] reverseGradient() {
        return Reverse.gradient(function.function(), x);
    }

    /** The function on plain doubles, by hand. */
    @Benchmark
    public double plain() {
        return function.plain(x);
    }
}
