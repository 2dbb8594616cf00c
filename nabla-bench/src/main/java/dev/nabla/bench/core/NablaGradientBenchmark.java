package dev.nabla.bench.core;

import dev.nabla.core.forward.Forward;
import dev.nabla.core.reverse.Reverse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

import java.util.concurrent.TimeUnit;

/** {@code ∇f(x)} by Nabla's reverse mode (tape) and forward mode (vector duals), on the same lambda. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class NablaGradientBenchmark {

    /** {@link Reverse#gradient}: one recording, one backward sweep. */
    @Benchmark
    public double[] nablaReverseGradient(GradientPoint p) {
        return Reverse.gradient(SinExpLog.NABLA, p.x);
    }

    /** {@link Forward#gradient}: one pass with a (sparse-aware) tangent per input. */
    @Benchmark
    public double[] nablaForwardGradient(GradientPoint p) {
        return Forward.gradient(SinExpLog.NABLA, p.x);
    }
}
