package dev.nabla.bench.symbolic;

import dev.nabla.symbolic.compile.CompiledVectorFunction;
import dev.nabla.symbolic.compile.Compiler;
import dev.nabla.symbolic.diff.Differentiator;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import dev.nabla.symbolic.simplify.Simplifier;
import org.openjdk.jmh.annotations.*;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One evaluation of the 200-variable gradient of {@link Problems#chain}: compiled bytecode, the
 * interpreter, and the gradient written by hand in Java.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GradientEvalBenchmark {
    @Param("200")
    int n;

    double[] x;
    double[] out;
    CompiledVectorFunction compiled;
    CompiledVectorFunction interpreted;

    @Setup(Level.Trial)
    public void build() {
        List<Symbol> xs = Problems.variables(n);
        List<Expr> grad = Simplifier.simplifyAll(Arrays.asList(Differentiator.gradient(Problems.chain(xs), xs)));
        Symbol[] vars = xs.toArray(new Symbol[0]);
        compiled = Compiler.compileVector(grad, vars);
        interpreted = Compiler.interpretVector(grad, vars);
        if (!Compiler.isCompiled(compiled)) throw new IllegalStateException("the gradient did not compile");
        x = Problems.point(n);
        out = new double[n];
    }

    @Benchmark
    public double[] compiled() {
        compiled.apply(x, out);
        return out;
    }

    @Benchmark
    public double[] interpreted() {
        interpreted.apply(x, out);
        return out;
    }

    @Benchmark
    public double[] handWritten() {
        Problems.chainGradient(x, out);
        return out;
    }
}
