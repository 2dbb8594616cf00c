package dev.nabla.bench.core;

import dev.nabla.symbolic.jit.Compiled;
import dev.nabla.symbolic.jit.CompiledSum;
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
 * The gradient of the Gaussian-mixture data term ({@link MixtureDataTerm}) over 1000 points by
 * {@link Compiled#sum} — one point's term compiled once, run once per point — beside the term's value
 * written by hand on doubles. Sizes as ADBench's {@code d2_K5}, {@code d10_K5}, {@code d10_K25}. The
 * setup checks the compiled value against the hand-written one before anything is timed.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Thread)
public class MixtureBenchmark {
    /** {@code d_K}: dimension and number of components. */
    @Param({"2_5", "10_5", "10_25"})
    public String size;

    MixtureDataTerm problem;
    CompiledSum gradient;
    double[] out;

    /** Builds the problem and compiles one point's term; fails if the compiled value is wrong. */
    @Setup
    public void setUp() {
        String[] dk = size.split("_");
        problem = new MixtureDataTerm(Integer.parseInt(dk[0]), Integer.parseInt(dk[1]), 1000);
        int p = problem.theta.length;
        gradient = Compiled.sum(problem::term, p, problem.d);
        out = new double[p];
        double compiled = gradient.gradient(problem.theta, problem.points, out);
        double plain = problem.value(problem.theta);
        if (Math.abs(compiled - plain) > 1e-10 * Math.abs(plain)) {
            throw new IllegalStateException("mixture " + size + ": compiled value " + compiled + " differs from " + plain);
        }
    }

    /** The data term by hand on doubles: the baseline. */
    @Benchmark
    public double plainObjective() {
        return problem.value(problem.theta);
    }

    /** Value and gradient by the compiled sum. */
    @Benchmark
    public double[] compiledSumGradient() {
        gradient.gradient(problem.theta, problem.points, out);
        return out;
    }
}
