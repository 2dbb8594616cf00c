package dev.nabla.numeric.method;

import dev.nabla.core.Nabla;
import dev.nabla.core.algebra.Num;
import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each numeric method, chosen by name through the facade, gives all four derivatives. */
class NumericMethodsTest {

    private static final ScalarFunction F = x -> x[0].mul(x[1]).sin().add(x[2].exp().mul(x[0].pow(2)));
    private static final double[] X = {0.7, -1.2, 0.4};

    @ParameterizedTest
    @ValueSource(strings = {"central", "forward-difference", "backward-difference", "richardson", "complex-step"})
    void registeredAndConsistentWithForwardMode(String name) {
        Method m = Methods.named(name);
        assertEquals(name, m.name());
        assertFalse(m.description().isBlank());
        double tol = name.endsWith("-difference") ? 1e-8 : 1e-10;
        assertEquals(Math.cos(1.3), Nabla.derivative(t -> t.sin(), 1.3, m), tol);
        double[] g = Nabla.gradient(F, X, m), gExact = Forward.gradient(F, X);
        for (int i = 0; i < 3; i++) assertEquals(gExact[i], g[i], tol * 10, name + " gradient " + i);
        VectorFunction v = x -> new Num[] {x[0].mul(x[1]), x[1].exp()};
        double[][] j = Nabla.jacobian(v, new double[] {2, 1}, m);
        assertEquals(1, j[0][0], tol);
        assertEquals(Math.E, j[1][1], tol * 10);
        double[][] h = Nabla.hessian(F, X, m), hExact = Forward.hessian(F, X);
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 3; b++) assertEquals(hExact[a][b], h[a][b], 1e-5, name + " hessian " + a + "," + b);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"central", "richardson", "complex-step"})
    void nanComesBackAsNaN(String name) {
        assertTrue(Double.isNaN(Nabla.derivative(t -> t.sub(3).sqrt(), 1, Methods.named(name))));
    }
}
