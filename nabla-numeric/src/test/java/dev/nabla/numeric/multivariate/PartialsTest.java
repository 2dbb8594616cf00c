package dev.nabla.numeric.multivariate;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.numeric.DifferenceScheme;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.difference.FiniteDifference;
import dev.nabla.numeric.richardson.Richardson;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartialsTest {

    private static final ScalarFunction F = x -> x[0].mul(x[1]).sin().add(x[2].exp().mul(x[0].pow(2))).div(x[1].add(3));
    private static final double[] X = {0.7, -1.2, 0.4};

    @Test
    void gradientsMatchForwardModeForEveryScheme() {
        double[] exact = Forward.gradient(F, X);
        for (DifferenceScheme s : new DifferenceScheme[] {FiniteDifference.central(), FiniteDifference.forward(), Richardson.central()}) {
            Estimate[] g = Partials.of(s).gradient(F, X);
            for (int i = 0; i < X.length; i++) {
                assertEquals(exact[i], g[i].value(), 1e-9 * Math.max(1, Math.abs(exact[i])), s + ", component " + i);
                assertTrue(Math.abs(g[i].value() - exact[i]) <= g[i].error(), s + ": error estimate of component " + i);
            }
        }
    }

    @Test
    void hessianWithMixedPartialsMatchesForwardMode() {
        double[][] exact = Forward.hessian(F, X);
        for (DifferenceScheme s : new DifferenceScheme[] {FiniteDifference.central(), Richardson.central()}) {
            Estimate[][] h = Partials.of(s).hessian(F, X);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 3; j++) {
                    assertEquals(exact[i][j], h[i][j].value(), 1e-7, s + ", entry " + i + "," + j);
                    assertTrue(Math.abs(h[i][j].value() - exact[i][j]) <= h[i][j].error(), s + ": error estimate of " + i + "," + j);
                }
            }
        }
    }

    @Test
    void jacobianAndDirectionalDerivative() {
        VectorFunction v = x -> new Num[] {x[0].mul(x[1]).exp(), x[0].atan2(x[1]), x[1].pow(3)};
        double[] p = {0.3, 1.7};
        Estimate[][] j = Partials.of(FiniteDifference.central()).jacobian(v, p);
        double[][] exact = Forward.jacobian(v, p);
        for (int i = 0; i < 3; i++) {
            for (int k = 0; k < 2; k++) assertEquals(exact[i][k], j[i][k].value(), 1e-10 * Math.max(1, Math.abs(exact[i][k])));
        }
        double[] dir = {2, -1, 0.5};
        Estimate d = Partials.of(Richardson.central()).directional(F, X, dir);
        double[] g = Forward.gradient(F, X);
        assertEquals(g[0] * 2 - g[1] + 0.5 * g[2], d.value(), 1e-12);
    }

    @Test
    void parallelEvaluationGivesTheSameNumbers() {
        Partials seq = Partials.of(FiniteDifference.central());
        Partials par = seq.parallel(true);
        assertArrayEquals(Estimate.values(seq.gradient(F, X)), Estimate.values(par.gradient(F, X)));
        double[][] a = Estimate.values(seq.hessian(F, X)), b = Estimate.values(par.hessian(F, X));
        for (int i = 0; i < 3; i++) assertArrayEquals(a[i], b[i]);
    }

    @Test
    void boundsPerCoordinateKeepEvaluationsInside() {
        ScalarFunction f = x -> x[0].sqrt().add(x[1].log());
        double[] p = {1e-9, 2};
        Estimate[] g = Partials.of(FiniteDifference.central())
                .bounds(new double[] {0, 0}, new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}).gradient(f, p);
        assertTrue(g[0].isFinite(), g[0].toString());
        assertEquals(0.5 / Math.sqrt(1e-9), g[0].value(), 1e-3 * 0.5 / Math.sqrt(1e-9));
        assertEquals(0.5, g[1].value(), 1e-12);
    }

    @Test
    void badPointsAreNamed() {
        Partials p = Partials.of(FiniteDifference.central());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> p.gradient(F, new double[] {1, Double.NaN, 2}))
                .getMessage().contains("coordinate 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> p.gradient(F, new double[] {1, 2}))
                .getMessage().contains("past the end"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> p.directional(F, X, new double[] {1}))
                .getMessage().contains("direction"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> p.gradient(null, X)).getMessage().contains("function"));
    }
}
