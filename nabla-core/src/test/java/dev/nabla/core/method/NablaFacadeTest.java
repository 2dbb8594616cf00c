package dev.nabla.core.method;

import dev.nabla.core.Nabla;
import dev.nabla.core.function.ScalarFunction;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class NablaFacadeTest {
    private static final ScalarFunction F = v -> v[0].mul(v[1]).add(v[2].sin());

    @Test
    void coreMethodsAreRegistered() {
        assertEquals("forward", Methods.all().get(0).name());
        assertEquals("reverse", Methods.all().get(1).name());
        assertEquals("reverse", Nabla.defaultMethod().name());
    }

    @Test
    void theConstantsAreTheRegisteredMethodsAndPrintAsTheirNames() {
        assertSame(Methods.FORWARD, Methods.named("forward"));
        assertSame(Methods.REVERSE, Methods.named("reverse"));
        assertSame(Methods.REVERSE, Nabla.defaultMethod());
        assertEquals("forward", Methods.FORWARD.toString());
        assertEquals("reverse", Methods.REVERSE.toString());
        for (Method m : Methods.all()) assertEquals(m.name(), m.toString());
    }

    @Test
    void everyCallWithoutAMethodUsesReverseMode() {
        double[] x = {0.5, -2, 1.25};
        assertArrayEquals(Nabla.gradient(F, x, Methods.REVERSE), Nabla.gradient(F, x));
        assertArrayEquals(Nabla.gradient(F, x, Methods.REVERSE), Nabla.gradient(F, 0.5, -2, 1.25));
        assertEquals(Nabla.derivative(t -> t.sin().mul(t), 0.7, Methods.REVERSE), Nabla.derivative(t -> t.sin().mul(t), 0.7));
        assertEquals(Math.sin(0.7) + 0.7 * Math.cos(0.7), Nabla.derivative(t -> t.sin().mul(t), 0.7), 1e-15);
        double[][] h = Nabla.hessian(F, x);
        assertArrayEquals(new double[] {0, 1, 0}, h[0]);
        assertEquals(-Math.sin(1.25), h[2][2], 1e-15);
        for (int i = 0; i < 3; i++) assertArrayEquals(Nabla.hessian(F, x, Methods.REVERSE)[i], h[i]);
        double[][] j = Nabla.jacobian(v -> new dev.nabla.core.algebra.Num[] {v[0].mul(v[1]), v[1].exp()}, 2, 3);
        assertArrayEquals(new double[] {3, 2}, j[0]);
        assertArrayEquals(new double[] {0, Math.exp(3)}, j[1]);
        assertEquals("jacobian: the function is null",
                assertThrows(IllegalArgumentException.class, () -> Nabla.jacobian(null, 1.0)).getMessage());
        assertEquals("derivative: the function is null",
                assertThrows(IllegalArgumentException.class, () -> Nabla.derivative(null, 1.0)).getMessage());
    }

    @Test
    void anUnknownMethodListsTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Methods.named("magic"));
        assertTrue(e.getMessage().startsWith("unknown method 'magic'; valid methods: forward, reverse"), e.getMessage());
    }

    @Test
    void aNullFunctionOrPointIsNamed() {
        assertEquals("gradient: the function is null",
                assertThrows(IllegalArgumentException.class, () -> Nabla.gradient(null, new double[] {1})).getMessage());
        assertEquals("hessian: the point is null",
                assertThrows(IllegalArgumentException.class, () -> Nabla.hessian(F, null, Nabla.defaultMethod())).getMessage());
        assertEquals("gradient: the method is null",
                assertThrows(IllegalArgumentException.class, () -> Nabla.gradient(F, new double[3], null)).getMessage());
    }

    @Test
    void aPointShorterThanTheFunctionReadsIsNamed() {
        for (Method m : Methods.all()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Nabla.gradient(F, new double[] {1, 2}, m));
            assertTrue(e.getMessage().startsWith("gradient: the function read past the end of the point, which has 2 coordinates"),
                    m.name() + ": " + e.getMessage());
        }
    }

    @Test
    void aFunctionReturningNullIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Nabla.gradient(v -> null, new double[] {1}, Methods.named("reverse")));
        assertEquals("gradient: the function returned null", e.getMessage());
    }

    @Test
    void nanAndInfinityPropagate() {
        double[] g = Nabla.gradient(v -> v[0].mul(v[1]), new double[] {Double.NaN, 2});
        assertTrue(Double.isNaN(g[0]) && Double.isNaN(g[1]), "a NaN value has NaN derivatives");
        assertEquals(Double.POSITIVE_INFINITY, Nabla.gradient(v -> v[0].mul(v[1]), new double[] {1, Double.POSITIVE_INFINITY})[0]);
        assertEquals(Double.POSITIVE_INFINITY, Nabla.value(v -> v[0].exp(), 1000));
    }

    @Test
    void theCallersPointIsNotModified() {
        double[] x = {1, 2, 3};
        Nabla.hessian(F, x, Methods.named("forward"));
        assertArrayEquals(new double[] {1, 2, 3}, x);
    }
}
