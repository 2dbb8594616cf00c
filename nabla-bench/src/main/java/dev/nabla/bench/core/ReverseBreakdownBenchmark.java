package dev.nabla.bench.core;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.reverse.Tape;
import dev.nabla.core.reverse.TapeVar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * Where reverse mode's time goes: recording {@code f} on a tape, the backward sweep alone, and the
 * gradient written by hand (the floor any automatic method is measured against). Not part of the
 * headline table; run it by name to check a change to the tape.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class ReverseBreakdownBenchmark {
    /** {@code f} with {@code xᵢ₊₂·xᵢ₊₂} instead of {@code xᵢ₊₂.square()}: shows what {@code square} costs on a tape. */
    static final ScalarFunction SQUARE_AS_MUL = x -> {
        Num sum = x[0].constant(0);
        for (int i = 0; i + 2 < x.length; i++) {
            sum = sum.add(x[i].sin().mul(x[i + 1].exp()).mul(x[i + 2].mul(x[i + 2]).add(1).log()));
        }
        return sum;
    };

    private Tape scratch;
    private Tape recorded;
    private TapeVar[] inputs;
    private Num output;

    /** A tape to record on, and one with {@code f} already recorded for the sweep. */
    @Setup
    public void record(GradientPoint p) {
        scratch = new Tape();
        recorded = new Tape();
        inputs = recorded.variables(p.x);
        output = SinExpLog.NABLA.apply(inputs);
    }

    /** Recording only: reset, the inputs, and every node of {@code f}. */
    @Benchmark
    public Num recordOnly(GradientPoint p) {
        scratch.reset();
        return SinExpLog.NABLA.apply(scratch.variables(p.x));
    }

    /** Recording only, with {@code square} written as a product. */
    @Benchmark
    public Num recordOnlySquareAsMul(GradientPoint p) {
        scratch.reset();
        return SQUARE_AS_MUL.apply(scratch.variables(p.x));
    }

    /** The backward sweep alone over the recorded tape. */
    @Benchmark
    public double[] sweepOnly() {
        return recorded.gradient(output, inputs);
    }

    /** {@code ∇f} written by hand on doubles: one pass, {@code sin, cos, exp, log} once per term. */
    @Benchmark
    public double[] handWrittenGradient(GradientPoint p) {
        double[] x = p.x;
        double[] g = new double[x.length];
        for (int i = 0; i + 2 < x.length; i++) {
            double e = Math.exp(x[i + 1]);
            double q = 1 + x[i + 2] * x[i + 2];
            double l = Math.log(q);
            double s = Math.sin(x[i]);
            g[i] += Math.cos(x[i]) * e * l;
            g[i + 1] += s * e * l;
            g[i + 2] += s * e * 2 * x[i + 2] / q;
        }
        return g;
    }
}
