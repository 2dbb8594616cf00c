package dev.nabla.bench.symbolic;

import dev.nabla.symbolic.cse.CseResult;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import org.openjdk.jmh.annotations.*;

import java.util.concurrent.TimeUnit;

/**
 * The derivative of the logistic map {@code l₁ = x, lⱼ₊₁ = 4lⱼ(1 − lⱼ)} after {@code k} steps:
 * differentiation alone, and differentiation followed by CSE. One shot per iteration after a
 * garbage collection (see {@link GradientDiffBenchmark}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 50)
@Measurement(iterations = 50)
@Fork(1)
public class LogisticBenchmark {
    @Param({"1", "2", "3", "4", "5", "6", "7", "8"})
    int k;

    Symbol x;
    Expr f;

    @Setup(Level.Trial)
    public void build() {
        x = Expr.symbol("x");
        f = Problems.logistic(x, k);
    }

    @Setup(Level.Iteration)
    public void collect() {
        System.gc();
    }

    @Benchmark
    public Expr diff() {
        return f.diff(x);
    }

    @Benchmark
    public CseResult diffAndCse() {
        return f.diff(x).cse();
    }
}
