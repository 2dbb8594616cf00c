package dev.nabla.symbolic.jit;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.reverse.Reverse;
import org.junit.jupiter.api.Test;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.*;

/** Graphs of more than 10⁵ operations (many generated methods), and one compiled object shared by threads. */
class LargeCompiledGraphTest {

    @Test
    void aGraphOfMoreThanAHundredThousandOperationsIsSplitIntoMethodsAndMatchesTheTape() {
        int n = 8_000;
        CompiledGradient g = Compiled.gradient(CompiledGradientTest.SIN_EXP_LOG, n);
        assertTrue(g.operations() > 100_000, "operations: " + g.operations());
        double[] x = CompiledGradientTest.point(n, 7);
        double[] expected = Reverse.gradient(CompiledGradientTest.SIN_EXP_LOG, x);
        double[] out = new double[n];
        double value = g.gradient(x, out);
        assertEquals(CompiledGradientTest.SIN_EXP_LOG.apply(dev.nabla.core.algebra.Real.of(x)).doubleValue(), value, 0.0);
        for (int j = 0; j < n; j++) assertEquals(expected[j], out[j], 1e-15 * (1 + Math.abs(expected[j])), "∂f/∂x" + j);
    }

    @Test
    void aLongChainOfDependentOperationsCompiles() {
        ScalarFunction logistic = x -> {
            Num l = x[0];
            for (int k = 0; k < 10_000; k++) l = l.mul(x[1]).mul(l.neg().add(1));
            return l;
        };
        CompiledGradient g = Compiled.gradient(logistic, 2);
        assertTrue(g.operations() > 100_000, "operations: " + g.operations());
        double[] x = {0.3, 0.9};
        double[] expected = Reverse.gradient(logistic, x);
        assertArrayEquals(expected, g.gradient(x), 1e-12 * (1 + Math.abs(expected[0]) + Math.abs(expected[1])));
    }

    @Test
    void oneCompiledObjectGivesEachOfTwoThreadsItsOwnGradient() throws Exception {
        int n = 2_000;
        CompiledGradient g = Compiled.gradient(CompiledGradientTest.SIN_EXP_LOG, n);
        double[][] points = {CompiledGradientTest.point(n, 11), CompiledGradientTest.point(n, 12)};
        double[][] expected = {Reverse.gradient(CompiledGradientTest.SIN_EXP_LOG, points[0]),
                Reverse.gradient(CompiledGradientTest.SIN_EXP_LOG, points[1])};
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?>[] runs = new Future<?>[2];
            for (int t = 0; t < 2; t++) {
                int which = t;
                runs[t] = pool.submit((Callable<Void>) () -> {
                    double[] out = new double[n];
                    for (int rep = 0; rep < 300; rep++) {
                        g.gradient(points[which], out);
                        assertArrayEquals(expected[which], out, 1e-12, "thread " + which + ", call " + rep);
                    }
                    return null;
                });
            }
            for (Future<?> r : runs) r.get();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFunctionOverADataSetOfSeventeenThousandConstantsCompiles() {
        double[] data = CompiledGradientTest.point(17_000, 3);
        ScalarFunction fit = x -> {
            Num sum = x[0].constant(0);
            for (double d : data) sum = sum.add(x[0].sub(d).mul(x[1]).square().add(1).log());
            return sum;
        };
        CompiledGradient g = Compiled.gradient(fit, 2);
        double[] at = {0.2, 1.3};
        double[] expected = Reverse.gradient(fit, at);
        double[] out = new double[2];
        assertEquals(fit.apply(dev.nabla.core.algebra.Real.of(at)).doubleValue(), g.gradient(at, out), 0.0);
        assertArrayEquals(expected, out, 1e-12 * (Math.abs(expected[0]) + Math.abs(expected[1])));
    }
}
