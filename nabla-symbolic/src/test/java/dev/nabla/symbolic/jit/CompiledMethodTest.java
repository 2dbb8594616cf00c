package dev.nabla.symbolic.jit;

import dev.nabla.core.Nabla;
import dev.nabla.core.algebra.Num;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import dev.nabla.core.reverse.Reverse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/** The method {@code compiled} through the facade: registration, every entry point, the cache. */
class CompiledMethodTest {

    @Test
    void isRegisteredAndDifferentiatesLikeTheTape() {
        Method compiled = Methods.named("compiled");
        assertTrue(compiled instanceof CompiledMethod);
        ScalarFunction f = CompiledGradientTest.SEED;
        double[] x = {4, 5, 1};
        assertArrayEquals(Reverse.gradient(f, x), Nabla.gradient(f, x, compiled), 0.0);
        UnivariateFunction u = t -> t.mul(t).sin();
        assertEquals(Reverse.derivative(u, 0.7), Nabla.derivative(u, 0.7, compiled), 1e-15);
        VectorFunction v = t -> new Num[] {t[0].mul(t[1]), t[1].exp().div(t[0])};
        double[][] jTape = Reverse.jacobian(v, new double[] {1.5, -0.5});
        double[][] j = Nabla.jacobian(v, new double[] {1.5, -0.5}, compiled);
        for (int i = 0; i < 2; i++) assertArrayEquals(jTape[i], j[i], 1e-15);
        double[][] hTape = Reverse.hessian(f, x);
        double[][] h = Nabla.hessian(f, x, compiled);
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 3; k++) assertEquals(hTape[i][k], h[i][k], 1e-12 * Math.abs(hTape[i][k]) + 1e-9, "H" + i + k);
        }
    }

    @Test
    void repeatedCallsWithTheSameLambdaReuseTheCompiledObject() {
        CompiledMethod method = new CompiledMethod();
        ScalarFunction f = x -> x[0].mul(x[1]).exp();
        double[] first = method.gradient(f, new double[] {0.1, 0.2});
        CompiledGradient compiled = method.cache().gradient(f, 2);
        assertSame(compiled, method.cache().gradient(f, 2), "the same lambda instance and size: one compilation");
        assertNotSame(compiled, method.cache().gradient(f, 3), "another number of inputs is another program");
        assertArrayEquals(first, compiled.gradient(new double[] {0.1, 0.2}), 0.0);
        assertEquals(1, method.cache().size());
    }

    @Test
    void theCacheIsBounded() {
        CompiledCache cache = new CompiledCache();
        for (int i = 0; i <= CompiledCache.CAPACITY; i++) {
            double c = i;
            cache.gradient(x -> x[0].mul(c), 1);
        }
        assertTrue(cache.size() <= CompiledCache.CAPACITY, "size " + cache.size());
    }

    @Test
    void aValueDependentFunctionThroughTheFacadeNamesTheTape() {
        ScalarFunction relu = x -> x[0].doubleValue() > 0 ? x[0] : x[0].constant(0);
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Nabla.gradient(relu, new double[] {1}, Methods.named("compiled")));
        assertTrue(e.getMessage().contains("method 'reverse'"), e.getMessage());
        assertArrayEquals(new double[] {1}, Nabla.gradient(relu, new double[] {1}, Methods.named("reverse")), 0.0);
    }
}
