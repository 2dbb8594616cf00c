package dev.nabla.symbolic.method;

import dev.nabla.core.function.ScalarFunction;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Symbolic mode gives the numbers of every other mode: the zero rule, the special points, NaN outside the domain. */
class SymbolicZeroRuleTest {
    private static final SymbolicMethod SYMBOLIC = new SymbolicMethod();
    private static final double INF = Double.POSITIVE_INFINITY;

    /** G: where the value is NaN, every derivative is NaN, although {@code 1/x} is a number at -1. */
    @Test
    void outsideTheDomainEveryDerivativeIsNaN() {
        for (ScalarFunction f : new ScalarFunction[] {x -> x[0].log(), x -> x[0].log10(), x -> x[0].log1p().mul(2), x -> x[0].atanh()}) {
            double[] at = {-3};
            assertTrue(Double.isNaN(SYMBOLIC.gradient(f, at)[0]));
            assertTrue(Double.isNaN(SYMBOLIC.hessian(f, at)[0][0]));
        }
        assertTrue(Double.isNaN(SYMBOLIC.derivative(x -> x.log(), -1)));
        double[] g = SYMBOLIC.gradient(x -> x[0].log().add(x[1]), new double[] {-1, 2});
        assertTrue(Double.isNaN(g[0]) && Double.isNaN(g[1]));
    }

    /** A, B, C, F: the numbers forward and reverse mode give. */
    @Test
    void theZeroRuleAndTheSpecialPoints() {
        assertArrayEquals(new double[] {-INF, -INF, 0}, SYMBOLIC.gradient(x -> x[0].add(x[1]).acos(), new double[] {1, 0, 5}));
        assertArrayEquals(new double[] {INF, 0, 1}, SYMBOLIC.gradient(x -> x[0].mul(x[1]).sqrt().add(x[2]), new double[] {0, 1, 2}));
        assertEquals(-1 / (0.84 * 0.84), SYMBOLIC.derivative(x -> x.pow(x.sign()), -0.84), 1e-12);
        assertEquals(0, SYMBOLIC.derivative(x -> x.sign().asin(), -0.23));
        assertEquals(Double.NEGATIVE_INFINITY, SYMBOLIC.derivative(x -> x.abs().sub(x).sqrt(), 0));
        assertEquals(Double.NEGATIVE_INFINITY, SYMBOLIC.derivative(x -> x.pow(x), 0));
        assertEquals(Double.NEGATIVE_INFINITY, SYMBOLIC.derivative(x -> x.pow(x.sin()), 0));
        assertArrayEquals(new double[] {0, 0}, SYMBOLIC.gradient(x -> x[0].hypot(x[1]), new double[] {0, 0}));
        assertArrayEquals(new double[] {0, 1}, SYMBOLIC.gradient(x -> x[0].atan2(x[0]).add(x[1]), new double[] {0, 0}));
    }

    /** D: the Hessian of {@code sqrt(x0·x1) + x2²} at (0, 1, 2) has {@code H₀₂ = 0}, as forward over forward. */
    @Test
    void hessiansFollowTheRule() {
        double[][] h = SYMBOLIC.hessian(x -> x[0].mul(x[1]).sqrt().add(x[2].mul(x[2])), new double[] {0, 1, 2});
        assertEquals(0, h[0][2]);
        assertEquals(2, h[2][2]);
        assertEquals(Double.NEGATIVE_INFINITY, h[0][0]);
    }
}
