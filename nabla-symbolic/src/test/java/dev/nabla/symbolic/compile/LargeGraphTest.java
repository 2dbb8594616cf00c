package dev.nabla.symbolic.compile;

import dev.nabla.symbolic.diff.Differentiator;
import dev.nabla.symbolic.eval.DoublePlan;
import dev.nabla.symbolic.expr.Add;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

/** Graphs far beyond one method's 64 KB: split into chunk methods, with their literals in an array past the constant-pool limit. */
class LargeGraphTest {

    /** {@code Σᵢ sin(xᵢ)·exp(xᵢ₊₁)·log(1 + xᵢ₊₂²)}, the benchmark function. */
    static Expr chain(List<Symbol> xs) {
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i + 2 < xs.size(); i++) {
            terms.add(xs.get(i).sin().mul(xs.get(i + 1).exp()).mul(xs.get(i + 2).pow(2).add(1).log()));
        }
        return Add.of(terms);
    }

    static List<Symbol> symbols(int n) {
        List<Symbol> xs = new ArrayList<>();
        for (int i = 0; i < n; i++) xs.add(Expr.symbol("x" + i));
        return xs;
    }

    @Test
    void aLargeGradientIsSplitIntoManyMethodsAndMatchesTheInterpreter() {
        List<Symbol> xs = symbols(1500);
        Expr f = chain(xs);
        List<Expr> grad = Arrays.asList(Differentiator.gradient(f, xs));
        Program p = Lowering.lower(grad, xs, "test");
        assertTrue(new Layout(p, true).chunks > 10, "chunks: " + new Layout(p, true).chunks);
        CompiledVectorFunction g = Compiler.compileVector(grad, xs);
        assertTrue(Compiler.isCompiled(g));
        double[] x = new double[xs.size()];
        for (int i = 0; i < x.length; i++) x[i] = Math.cos(i * 0.1);
        double[] expected = DoublePlan.of(grad, xs).evaluate(x);
        double[] actual = g.apply(x);
        for (int i = 0; i < x.length; i++) assertEquals(expected[i], actual[i], 1e-12 * (1 + Math.abs(expected[i])), "∂f/∂x" + i);
    }

    @Test
    void pastTheConstantPoolLimitTheLiteralsMoveToAnArrayAndTheFunctionStillCompiles() {
        Symbol x = Expr.symbol("x");
        List<Expr> terms = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) terms.add(x.add(Expr.number(0.1 + i * 1e-3 + 1e-9)).sin());
        Expr f = Add.of(terms);
        CompiledFunction compiled = Compiler.compile(f, x);
        assertTrue(Compiler.isCompiled(compiled), "40000 literals would need 80000 constant-pool entries; they live in an array");
        assertEquals(DoublePlan.of(List.of(f), List.of(x)).evaluate(new double[] {0.5})[0], compiled.applyAsDouble(0.5), 0.0);
    }

    @Test
    void aChunkedGradientGivesTheSameValuesFromManyThreadsAtOnce() throws Exception {
        List<Symbol> xs = symbols(400);
        List<Expr> grad = Arrays.asList(Differentiator.gradient(chain(xs), xs));
        CompiledVectorFunction g = Compiler.compileVector(grad, xs);
        double[][] points = new double[64][xs.size()];
        for (int p = 0; p < points.length; p++) for (int i = 0; i < xs.size(); i++) points[p][i] = Math.sin(p + 0.3 * i);
        double[][] sequential = g.applyBatch(points);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<double[]>> futures = new ArrayList<>();
            for (double[] point : points) futures.add(pool.submit(() -> g.apply(point)));
            for (int p = 0; p < points.length; p++) assertArrayEquals(sequential[p], futures.get(p).get(), 0.0, "point " + p);
        } finally {
            pool.shutdown();
        }
    }
}
