package dev.nabla.bench.core;

import dev.nabla.symbolic.jit.Compiled;
import dev.nabla.symbolic.jit.CompiledGradient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * {@code ∇f(x)} by a compiled gradient ({@link Compiled#gradient}: the lambda {@link SinExpLog#NABLA}
 * traced once, forward and reverse pass emitted as bytecode), beside the tape and the plain
 * evaluation of {@link EvaluationBenchmark} at the same {@code n}. Compilation happens in the setup and
 * is not timed; each call writes the gradient into a preallocated array.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CompiledGradientBenchmark {

    /** The compiled gradient of {@link SinExpLog#NABLA} for the point's {@code n}, and its output array. */
    @State(Scope.Thread)
    public static class CompiledState {
        CompiledGradient gradient;
        double[] out;

        /** Compiles once per trial. */
        @Setup
        public void compile(GradientPoint p) {
            gradient = Compiled.gradient(SinExpLog.NABLA, p.n);
            out = new double[p.n];
        }
    }

    /** {@link CompiledGradient#gradient(double[], double[])}: value and gradient, nothing allocated. */
    @Benchmark
    public double[] compiledGradient(GradientPoint p, CompiledState c) {
        c.gradient.gradient(p.x, c.out);
        return c.out;
    }
}
