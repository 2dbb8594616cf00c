package dev.nabla.symbolic.method;

import dev.nabla.core.Nabla;
import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import dev.nabla.core.algebra.Num;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SymbolicMethodTest {
    private final Method symbolic = Methods.named("symbolic");
    private final ScalarFunction seed = x -> x[0].pow(3).add(x[0].mul(4)).mul(x[1].exp()).mul(x[2].sin());
    private final double[] point = {4, 5, 1};

    @Test
    void registeredThroughTheServiceLoader() {
        assertEquals(SymbolicMethod.class, symbolic.getClass());
    }

    @Test
    void gradientOfTheSeedFunction() {
        double[] g = Nabla.gradient(seed, point, symbolic);
        assertArrayEquals(Forward.gradient(seed, point), g, 1e-9);
        assertEquals("6494.0391", dev.nabla.symbolic.eval.Format.fixed(g[0], 4));
    }

    @Test
    void derivativeHessianJacobian() {
        assertEquals(Math.cos(0.3) * Math.exp(Math.sin(0.3)), Nabla.derivative(x -> x.sin().exp(), 0.3, symbolic), 1e-15);
        double[][] h = Nabla.hessian(seed, point, symbolic);
        double[][] expected = Forward.hessian(seed, point);
        for (int i = 0; i < 3; i++) assertArrayEquals(expected[i], h[i], 1e-9 * 1e4);
        VectorFunction f = x -> new Num[] {x[0].mul(x[1]), x[0].sin()};
        double[][] j = Nabla.jacobian(f, new double[] {2, 3}, symbolic);
        assertArrayEquals(new double[] {3, 2}, j[0], 0);
        assertArrayEquals(new double[] {Math.cos(2), 0}, j[1], 0);
    }
}
