package dev.nabla.numeric.step;

import dev.nabla.numeric.stencil.Stencil;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepRuleTest {

    private static final double EPS = Math.ulp(1.0);

    @Test
    void optimalStepsAreTheTextbookOnes() {
        assertEquals(Math.cbrt(3 * EPS), StepRule.optimal().step(1, Stencil.central(1, 2)), 1e-10 * Math.cbrt(3 * EPS));
        assertEquals(2 * Math.sqrt(EPS), StepRule.optimal().step(1, Stencil.forward(1, 1)), 1e-10 * Math.sqrt(EPS));
        assertEquals(Math.pow(45 * EPS / 4, 0.2), StepRule.optimal().step(1, Stencil.central(1, 4)), 1e-13);
    }

    @Test
    void optimalStepBalancesRoundingAndTruncation() {
        Stencil s = Stencil.central(2, 4);
        double h = StepRule.optimalFactor(2, 4, s.absoluteWeightSum(), s.errorConstant());
        double rounding = EPS * s.absoluteWeightSum() / (h * h);
        double truncation = Math.abs(s.errorConstant()) * Math.pow(h, 4);
        assertEquals(2.0 / 4, truncation / rounding, 1e-12);
    }

    @Test
    void naturalScaleFollowsXNearZeroAndItsLogarithmAbove() {
        assertEquals(1, StepRule.naturalScale(0));
        assertEquals(1e-3, StepRule.naturalScale(-1e-3));
        assertEquals(1, StepRule.naturalScale(1));
        assertEquals(1 + Math.log(1000), StepRule.naturalScale(1000), 1e-15);
        assertEquals(1000, StepRule.optimal(1).scale(1000));
        assertEquals(5, StepRule.optimal(5).scale(1));
    }

    @Test
    void theOptimalStepIsRepresentable() {
        double x = 0.1;
        double h = StepRule.optimal().step(x, Stencil.central(1, 2));
        assertEquals(h, (x + h) - x);
    }

    @Test
    void userStepsOverrideAndAreUsedAsGiven() {
        assertEquals(1e-5, StepRule.absolute(1e-5).step(2, Stencil.central(1, 4)));
        assertEquals(3e-4, StepRule.relative(1e-4).step(3, Stencil.central(1, 4)), 1e-19);
        assertEquals(1e-4, StepRule.relative(1e-4).step(0.5, Stencil.central(1, 4)));
        assertTrue(StepRule.absolute(1).isUserGiven());
        assertFalse(StepRule.optimal().isUserGiven());
    }

    @Test
    void nonPositiveStepsAreRejectedByName() {
        for (double bad : new double[] {0, -1e-3, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> StepRule.absolute(bad)).getMessage().contains("step"));
            assertTrue(assertThrows(IllegalArgumentException.class, () -> StepRule.relative(bad)).getMessage().contains("relative step"));
        }
        assertThrows(IllegalArgumentException.class, () -> StepRule.optimal(0));
    }

    @Test
    void boundsFitAndShortenSteps() {
        Bounds b = new Bounds(0, Double.POSITIVE_INFINITY);
        Stencil central = Stencil.central(1, 4);
        assertFalse(b.fits(central, 1e-3, 1e-3));
        double h = b.largestFittingStep(central, 1e-3, 1e-3);
        assertTrue(b.fits(central, 1e-3, h));
        assertEquals(5e-4, h, 1e-18);
        assertTrue(b.fits(Stencil.forward(1, 4), 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new Bounds(1, 1));
        assertThrows(IllegalArgumentException.class, () -> new Bounds(Double.NaN, 1));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> b.requireInside("op", -1)).getMessage().contains("outside"));
    }
}
