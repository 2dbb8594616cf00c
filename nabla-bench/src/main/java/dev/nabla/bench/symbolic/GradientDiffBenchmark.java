package dev.nabla.bench.symbolic;

import dev.nabla.symbolic.diff.Differentiator;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import dev.nabla.symbolic.simplify.Simplifier;
import org.openjdk.jmh.annotations.*;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The gradient of {@code Σ sin(xᵢ)·exp(xᵢ₊₁)·log(1 + xᵢ₊₂²)} over {@code n} variables, differentiated
 * and simplified. One shot per iteration after a garbage collection, so that nodes from an earlier
 * iteration are gone from the hash-consing table (as SymPy's script clears its cache).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 20)
@Measurement(iterations = 30)
@Fork(1)
public class GradientDiffBenchmark {
    @Param("200")
    int n;

    List<Symbol> xs;
    Expr f;

    @Setup(Level.Trial)
    public void build() {
        xs = Problems.variables(n);
        f = Problems.chain(xs);
    }

    @Setup(Level.Iteration)
    public void collect() {
        System.gc();
    }

    @Benchmark
    public List<Expr> diffAndSimplify() {
        return Simplifier.simplifyAll(Arrays.asList(Differentiator.gradient(f, xs)));
    }

    @Benchmark
    public Expr[] diffOnly() {
        return Differentiator.gradient(f, xs);
    }
}
