package dev.nabla.core.rules;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.complex.Complex;
import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.reverse.Reverse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The zero rule and the conventions at special points, one minimal case per finding (A–F), in forward
 * mode (one tangent per input, dense and sparse), reverse mode, forward over forward, forward over reverse
 * and complex step. Each of these gave NaN (or another value) in at least one mode before the rule.
 */
class ZeroRuleTest {
    private static final double INF = Double.POSITIVE_INFINITY;

    /** A: a partial the function does not use stays 0 when the tangents turn dense. */
    @Test
    void unusedPartialsStayZeroWhenTangentsAreDense() {
        ScalarFunction acos = x -> x[0].add(x[1]).acos();
        assertGradient(new double[] {-INF, -INF, 0}, acos, 1, 0, 5);
        ScalarFunction sqrt = x -> x[0].mul(x[1]).sqrt().add(x[2]);
        assertGradient(new double[] {INF, 0, 1}, sqrt, 0, 1, 2);
    }

    /** B: a zero derivative upstream of an infinite or NaN partial contributes 0, not 0·∞ or 0·NaN. */
    @Test
    void zeroUpstreamDerivativeIsNeverMultiplied() {
        double x = -0.84;
        assertGradient(new double[] {-1 / (x * x)}, v -> v[0].pow(v[0].sign()), x);
        assertGradient(new double[] {0}, v -> v[0].sign().asin(), -0.23);
        assertGradient(new double[] {0}, v -> v[0].heaviside().acosh(), 3);
        assertGradient(new double[] {0, 0}, v -> v[0].sub(v[0]).sqrt().add(v[1].mul(0)), 2, 1);
        assertGradient(new double[] {0}, v -> v[0].div(v[0]).acos(), 0.7);
        assertGradient(new double[] {0, 1}, v -> v[0].min(v[1].constant(-5)).add(5).cbrt().add(v[1]), -3, 3);
    }

    /** C: the derivative of {@code sqrt(|x| - x)} at 0 is {@code -1/(2·0) = -∞} in every mode. */
    @Test
    void sqrtOfAbsMinusX() {
        assertGradient(new double[] {Double.NEGATIVE_INFINITY}, v -> v[0].abs().sub(v[0]).sqrt(), 0);
    }

    /** D: forward over reverse follows the rule as forward over forward does. */
    @Test
    void secondOrderSweepsFollowTheRule() {
        ScalarFunction nested = v -> v[1].pow(v[0].pow(v[1].div(v[1])));
        double[] p = {-1.224, 0.847334};
        double[][] overForward = Forward.hessian(nested, p);
        double[][] overReverse = Reverse.hessian(nested, p);
        assertEquals(0.0336123, overForward[0][0], 1e-6);
        assertHessiansEqual(overForward, overReverse);

        ScalarFunction sqrt = v -> v[0].mul(v[1]).sqrt().add(v[2].mul(v[2]));
        double[][] h = Reverse.hessian(sqrt, new double[] {0, 1, 2});
        assertEquals(0, h[0][2]);
        assertEquals(0, h[1][2]);
        assertEquals(2, h[2][2]);
        assertHessiansEqual(Forward.hessian(sqrt, new double[] {0, 1, 2}), h);
    }

    /** E: complex step decides kinks on the exact real parts and follows the table's special points. */
    @Test
    void complexStepAtKinks() {
        assertArrayEquals(new double[] {0, 0}, complexStep(v -> v[0].mul(v[0].sub(v[1])).abs(), 0, 1));
        assertArrayEquals(new double[] {0.5}, complexStep(v -> v[0].max(v[0].mul(v[0])), 0));
        assertArrayEquals(new double[] {0, 1}, complexStep(v -> v[0].atan2(v[0]).add(v[1]), 0, 0));
        assertArrayEquals(new double[] {0, 0}, complexStep(v -> v[0].hypot(v[1]), 0, 0));
        assertArrayEquals(new double[] {INF}, complexStep(v -> v[0].sqrt(), 0));
    }

    /** F: {@code d/dx x^x} at 0 is {@code 0 + 1·log 0 = -∞} in every mode (∂x of x^y is 0 where y = 0). */
    @Test
    void powOfXToTheXAtZero() {
        assertGradient(new double[] {Double.NEGATIVE_INFINITY}, v -> v[0].pow(v[0]), 0);
        assertGradient(new double[] {0, Double.NEGATIVE_INFINITY}, v -> v[0].pow(v[1]), 0, 0);
        assertGradient(new double[] {0, 0}, v -> v[0].pow(v[1]), 0, 1.5);
    }

    /** G (the double modes): where the value is NaN, every derivative is NaN. */
    @Test
    void outsideTheDomainEveryDerivativeIsNaN() {
        double nan = Double.NaN;
        assertGradient(new double[] {nan, nan}, v -> v[0].log().add(v[1]), -1, 2);
        assertGradient(new double[] {nan, nan}, v -> v[0].log10().mul(v[1]), -1, 2);
        assertHessiansEqual(new double[][] {{nan}}, Forward.hessian(v -> v[0].atanh(), new double[] {2}));
        assertHessiansEqual(new double[][] {{nan}}, Reverse.hessian(v -> v[0].log1p(), new double[] {-3}));
    }

    /** The gradient by every mode of this module, each equal to {@code expected}. */
    static void assertGradient(double[] expected, ScalarFunction f, double... x) {
        assertArrayEquals(expected, Forward.gradient(f, x), 1e-12, "forward");
        assertArrayEquals(expected, Reverse.gradient(f, x), 1e-12, "reverse");
        assertArrayEquals(expected, complexStep(f, x), 1e-12, "complex step");
        for (int i = 0; i < x.length; i++) {
            double[] e = new double[x.length];
            e[i] = 1;
            assertEquals(expected[i], Forward.jvp(f, x, e), 1e-12, "one tangent, ∂" + i);
            double[] gradientOfRow = Forward.hvp(v -> f.apply(v), x, e);
            double[] reverseRow = Reverse.hvp(v -> f.apply(v), x, e);
            for (int j = 0; j < x.length; j++) {
                assertSame(gradientOfRow[j], reverseRow[j], "H[" + j + "][" + i + "] forward over forward vs over reverse");
            }
        }
    }

    static double[] complexStep(ScalarFunction f, double... x) {
        double h = 1e-20;
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            Num[] z = new Num[x.length];
            for (int k = 0; k < x.length; k++) z[k] = Complex.of(x[k], k == i ? h : 0);
            Complex y = (Complex) f.apply(z);
            g[i] = Double.isNaN(y.re()) ? Double.NaN : y.im() / h;
        }
        return g;
    }

    private static void assertHessiansEqual(double[][] expected, double[][] actual) {
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected.length; j++) assertSame(expected[i][j], actual[i][j], "H[" + i + "][" + j + "]");
        }
    }

    private static void assertSame(double expected, double actual, String what) {
        if (Double.isFinite(expected)) assertEquals(expected, actual, 1e-9 * Math.max(1, Math.abs(expected)), what);
        else assertEquals(expected, actual, what);
    }
}
