package dev.nabla.bench.core;

import dev.nabla.core.algebra.Real;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import java.util.concurrent.TimeUnit;

/** The cost of {@code f} itself: by hand on doubles (the baseline of every ratio) and through Nabla's algebra on {@link Real}. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EvaluationBenchmark {

    /** {@code f(x)} written on {@code double[]}. */
    @Benchmark
    public double plainDouble(GradientPoint p) {
        return SinExpLog.value(p.x);
    }

    /** The Nabla lambda on {@link Real}: the cost of the algebra without derivatives. */
    @Benchmark
    public double nablaValueOnReal(GradientPoint p) {
        return SinExpLog.NABLA.apply(Real.of(p.x)).doubleValue();
    }
}
