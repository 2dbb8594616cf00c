package dev.nabla.numeric.difference;

import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.richardson.Richardson;
import dev.nabla.numeric.step.Bounds;
import dev.nabla.numeric.step.StepRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FiniteDifferenceTest {

    private static final double EPS = Math.ulp(1.0);

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4})
    void derivativesOfOrderOneToFourAreAccurateAndHonest(int order) {
        double x = 0.7;
        for (FiniteDifference fd : new FiniteDifference[] {FiniteDifference.central(), FiniteDifference.central().accuracy(6),
                FiniteDifference.forward().accuracy(4), FiniteDifference.backward().accuracy(4)}) {
            Estimate e = fd.derivative(t -> t.sin(), x, order);
            double exact = Math.sin(x + order * Math.PI / 2);
            double err = Math.abs(e.value() - exact);
            assertTrue(err <= e.error(), fd + ", order " + order + ": error " + err + " above the estimate " + e.error());
            assertTrue(err <= 100 * Math.pow(EPS, 4.0 / (order + 4)), fd + ", order " + order + ": error " + err);
            assertEquals(fd.stencil(order).points(), e.evaluations());
        }
    }

    @Test
    void defaultCentralIsAccurateToAboutTenDigitsOrBetter() {
        UnivariateFunction f = t -> t.pow(3).add(t.mul(4)).mul(t.exp()).div(t.add(2).sqrt());
        for (double x : new double[] {0.3, 1, 2.5, 10}) {
            Estimate e = FiniteDifference.central().derivative(f, x);
            double exact = Forward.derivative(f, x);
            assertEquals(exact, e.value(), 1e-10 * Math.abs(exact), "at " + x);
            assertTrue(Math.abs(e.value() - exact) <= e.error(), "error estimate at " + x);
            assertEquals(4, e.evaluations());
        }
    }

    @Test
    void forwardAndBackwardDifferencesReachTheirAccuracy() {
        Estimate fwd = FiniteDifference.forward().derivative(t -> t.exp(), 1);
        Estimate bwd = FiniteDifference.backward().derivative(t -> t.exp(), 1);
        assertEquals(Math.E, fwd.value(), 1e-9);
        assertEquals(Math.E, bwd.value(), 1e-9);
        assertEquals(3, fwd.evaluations());
    }

    @Test
    void aUserStepOverridesTheOptimalOne() {
        Estimate e = FiniteDifference.central().accuracy(2).step(StepRule.absolute(0.1)).derivative(t -> t.exp(), 0);
        assertEquals(0.1, e.step());
        assertEquals(Math.sinh(0.1) / 0.1, e.value(), 1e-15);
        assertTrue(Math.abs(e.value() - 1) <= e.error(), "truncation of a large step is estimated");
    }

    @Test
    void anyOffsetsWork() {
        Estimate e = FiniteDifference.onOffsets(-1, 0.5, 2, 3.5).step(StepRule.absolute(1e-3)).derivative(t -> t.exp(), 0.2);
        assertEquals(Math.exp(0.2), e.value(), 1e-9);
        assertEquals(4, e.evaluations());
    }

    @Test
    void nearABoundTheStencilTurnsOneSided() {
        FiniteDifference fd = FiniteDifference.central().bounds(0, Double.POSITIVE_INFINITY);
        Estimate atZero = fd.derivative(t -> t.mul(t).add(t.exp()), 0);
        assertEquals(1, atZero.value(), 1e-10);
        Estimate nearZero = fd.derivative(t -> t.sqrt(), 1e-4);
        assertEquals(0.5 / Math.sqrt(1e-4), nearZero.value(), 1e-7 * 50);
        double x = 1 - 1e-3, exact = 1 / Math.sqrt(1 - x * x);
        assertTrue(Double.isNaN(FiniteDifference.central().derivative(t -> t.asin(), x).value()), "unbounded: NaN beyond 1");
        Estimate upper = FiniteDifference.central().bounds(-1, 1).derivative(t -> t.asin(), x);
        assertTrue(upper.isFinite(), upper.toString());
        assertTrue(upper.relativeError() > 1e-2 && Math.abs(upper.value() - exact) <= 10 * upper.error(),
                "near a singularity the estimate warns that only a few digits are right: " + upper);
        Richardson r = Richardson.central().withBounds(new Bounds(-1, 1));
        Estimate coarse = r.derivative(t -> t.asin(), x);
        assertTrue(Math.abs(coarse.value() - exact) <= coarse.error(), "steps too large for the singularity, and it says so: " + coarse);
        Estimate fine = r.steps(16).derivative(t -> t.asin(), x);
        assertEquals(exact, fine.value(), 1e-8 * exact, fine.toString());
        assertTrue(Math.abs(fine.value() - exact) <= fine.error(), fine.toString());
    }

    @Test
    void nanNearThePointIsReportedNotHidden() {
        Estimate e = FiniteDifference.central().step(StepRule.absolute(0.1)).derivative(t -> t.log(), 0.05);
        assertTrue(Double.isNaN(e.value()));
        assertTrue(Double.isNaN(e.error()));
    }

    @Test
    void badArgumentsAreNamed() {
        FiniteDifference fd = FiniteDifference.central();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fd.derivative(t -> t, Double.NaN)).getMessage().contains("point"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fd.derivative(t -> t, Double.POSITIVE_INFINITY)).getMessage().contains("point"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fd.derivative(t -> t, 1, 0)).getMessage().contains("order"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fd.derivative(t -> t, 1, 11)).getMessage().contains("order"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fd.accuracy(5)).getMessage().contains("accuracy"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FiniteDifference.forward().accuracy(0)).getMessage().contains("accuracy"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fd.derivative((UnivariateFunction) null, 1)).getMessage().contains("function"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fd.derivative(t -> null, 1)).getMessage().contains("returned null"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fd.bounds(0, 1).derivative(t -> t, 2)).getMessage().contains("outside"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> fd.step(StepRule.absolute(-1))).getMessage().contains("step"));
    }
}
