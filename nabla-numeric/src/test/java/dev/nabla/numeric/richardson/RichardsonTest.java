package dev.nabla.numeric.richardson;

import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.step.StepRule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RichardsonTest {

    private static final List<UnivariateFunction> FUNCTIONS = List.of(t -> t.exp(), t -> t.sin(), t -> t.log(),
            t -> t.atan(), t -> t.pow(3).sub(t.mul(5)), t -> t.sqrt().mul(t.cos()));

    @Test
    void reachesNearlyMachinePrecisionWithAnHonestErrorEstimate() {
        for (UnivariateFunction f : FUNCTIONS) {
            for (double x : new double[] {0.5, 1, 3}) {
                Estimate e = Richardson.central().derivative(f, x);
                double exact = Forward.derivative(f, x);
                double err = Math.abs(e.value() - exact);
                assertTrue(err <= 1e-12 * Math.abs(exact), "relative error " + err / Math.abs(exact) + " at " + x);
                assertTrue(err <= e.error(), "error " + err + " above its estimate " + e.error());
                assertEquals(16, e.evaluations());
            }
        }
    }

    @Test
    void secondDerivativesAndOneSidedSchemes() {
        Estimate d2 = Richardson.central().derivative(t -> t.sin(), 1, 2);
        assertEquals(-Math.sin(1), d2.value(), 1e-10);
        Estimate fwd = Richardson.forward().derivative(t -> t.exp(), 0);
        assertEquals(1, fwd.value(), 1e-11);
        Estimate bwd = Richardson.backward().derivative(t -> t.exp(), 0);
        assertEquals(1, bwd.value(), 1e-11);
    }

    @Test
    void stepsWhereTheFunctionIsNaNAreSkipped() {
        Estimate e = Richardson.central().initialStep(StepRule.absolute(0.5)).derivative(t -> t.log(), 0.1);
        assertEquals(10, e.value(), 1e-7);
        assertTrue(Math.abs(e.value() - 10) <= e.error(), e.toString());
    }

    @Test
    void aFunctionThatIsNaNEverywhereGivesNaN() {
        Estimate e = Richardson.central().derivative(t -> t.sub(5).sqrt(), 1);
        assertTrue(Double.isNaN(e.value()));
        assertTrue(Double.isNaN(e.error()));
    }

    @Test
    void extrapolationRemovesTheKnownErrorTerms() {
        double[] d = new double[6], r = new double[6];
        for (int i = 0; i < 6; i++) {
            double h = 1.0 / (1 << i);
            d[i] = 2 + 3 * h * h + 5 * Math.pow(h, 4);
        }
        Extrapolation.Best best = Extrapolation.best(d, r, 2, 2, 2, 4);
        assertEquals(2, best.value(), 1e-14);
    }

    @Test
    void badSettingsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Richardson.central().steps(1)).getMessage().contains("steps"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Richardson.central().levels(0)).getMessage().contains("levels"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Richardson.central().derivative(t -> t, Double.NaN)).getMessage().contains("point"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Richardson.central().derivative(t -> t, 1, 0)).getMessage().contains("order"));
    }
}
