package dev.nabla.numeric.check;

import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.method.Methods;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GradientCheckTest {

    private static final ScalarFunction F = x -> x[0].pow(3).add(x[0].mul(4)).mul(x[1].exp()).mul(x[2].sin());
    private static final double[] X = {4, 5, 1};

    @Test
    void correctGradientsPass() {
        GradientCheckReport r = GradientCheck.check(F, X, Forward.gradient(F, X));
        assertTrue(r.passed(), r.toString());
        assertTrue(r.worstRelativeError() < 1e-12, r.toString());
        assertTrue(GradientCheck.check(F, X, Methods.named("reverse")).passed());
        assertTrue(GradientCheck.check(F, X, Methods.named("forward")).passed());
    }

    @Test
    void aWrongComponentIsNamedWithItsError() {
        double[] g = Forward.gradient(F, X);
        g[1] *= 1 + 1e-6;
        GradientCheckReport r = GradientCheck.check(F, X, g);
        assertFalse(r.passed());
        assertEquals(1, r.failures().size());
        ComponentCheck bad = r.failures().get(0);
        assertEquals(1, bad.index());
        assertEquals(1e-6, bad.relativeError(), 1e-9);
        assertTrue(r.toString().contains("component 1") && r.toString().contains("FAILED"), r.toString());
    }

    @Test
    void aNaNGradientFails() {
        double[] g = Forward.gradient(F, X);
        g[2] = Double.NaN;
        assertFalse(GradientCheck.check(F, X, g).passed());
    }

    @Test
    void tolerancesCanBeLoosened() {
        double[] g = Forward.gradient(F, X);
        g[0] *= 1 + 1e-6;
        assertTrue(GradientCheck.create().tolerances(1e-5, 0).run(F, X, g).passed());
    }

    @Test
    void badInputIsNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GradientCheck.check(F, X, new double[] {1, 2}))
                .getMessage().contains("claimed gradient has 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GradientCheck.create().tolerances(-1, 0))
                .getMessage().contains("tolerances"));
    }
}
