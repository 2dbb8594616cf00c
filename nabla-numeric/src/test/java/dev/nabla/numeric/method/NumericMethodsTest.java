package dev.nabla.numeric.method;

import dev.nabla.core.Nabla;
import dev.nabla.core.algebra.Num;
import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;
import dev.nabla.numeric.complexstep.ComplexStep;
import dev.nabla.numeric.difference.FiniteDifference;
import dev.nabla.numeric.richardson.Richardson;
import dev.nabla.numeric.step.StepRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
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

    @Test
    void theConstantsAreTheRegisteredMethodsAndPrintAsTheirNames() {
        Method[] constants = {NumericMethods.CENTRAL, NumericMethods.FORWARD_DIFFERENCE, NumericMethods.BACKWARD_DIFFERENCE,
                NumericMethods.RICHARDSON, NumericMethods.COMPLEX_STEP};
        String[] names = {"central", "forward-difference", "backward-difference", "richardson", "complex-step"};
        for (int i = 0; i < names.length; i++) {
            assertSame(Methods.named(names[i]), constants[i]);
            assertEquals(names[i], constants[i].toString());
        }
    }

    @Test
    void aConfiguredSchemeIsAMethodNamedByItsDescription() {
        Method seed = NumericMethods.of(FiniteDifference.seedCentral(1e-3));
        assertEquals("stencil on offsets [-0.5, 0.5], step 0.001", seed.toString());
        // (f(x + h/2) - f(x - h/2)) / h of x³ at 2 is 12 + h²/4 exactly.
        assertEquals(12 + 0.25e-6, Nabla.derivative(t -> t.pow(3), 2, seed), 1e-9);
        Method forward = NumericMethods.of(FiniteDifference.forward().accuracy(1).step(StepRule.absolute(1e-5)));
        assertEquals("forward difference, accuracy 1, step 1.0E-5", forward.name());
        assertEquals(12.00006, Nabla.derivative(t -> t.pow(3), 2, forward), 1e-8);
        Method richardson = NumericMethods.of(Richardson.central().steps(6));
        assertEquals(Forward.gradient(F, X)[2], Nabla.gradient(F, X, richardson)[2], 1e-10);
        Method complex = NumericMethods.of(ComplexStep.create().step(1e-30));
        assertEquals("complex step, h = 1.0E-30", complex.toString());
        assertEquals(Math.cos(0.3), Nabla.derivative(t -> t.sin(), 0.3, complex), 1e-15);
        assertEquals("NumericMethods.of: the scheme is null",
                assertThrows(IllegalArgumentException.class, () -> NumericMethods.of((FiniteDifference) null)).getMessage());
    }
}
