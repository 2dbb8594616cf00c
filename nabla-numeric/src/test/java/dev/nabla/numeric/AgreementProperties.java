package dev.nabla.numeric;

import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.numeric.complexstep.ComplexStep;
import dev.nabla.numeric.difference.FiniteDifference;
import dev.nabla.numeric.richardson.Richardson;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The numeric methods against forward mode on well-conditioned composite functions at random points. Richardson's
 * measured error estimate always covers the error; a single step's modelled one is the error's typical size (in
 * 5000 random cases it was below the actual error in 1.6% of them, by at most a factor 3.4).
 */
class AgreementProperties {

    private static final List<UnivariateFunction> FUNCTIONS = List.of(
            t -> t.pow(3).add(t.mul(4)).mul(t.sin()),
            t -> t.exp().div(t.mul(t).add(1)),
            t -> t.atan().mul(t.cosh()),
            t -> t.mul(t).add(2).sqrt().mul(t.tanh()),
            t -> t.sin().mul(t.cos()).add(t.mul(0.3).exp()));

    @Property(tries = 300)
    void complexStepIsExactToRounding(@ForAll @IntRange(min = 0, max = 4) int which,
                                      @ForAll @DoubleRange(min = -5, max = 5) double x) {
        UnivariateFunction f = FUNCTIONS.get(which);
        double exact = Forward.derivative(f, x);
        Estimate e = ComplexStep.create().derivative(f, x);
        assertEquals(exact, e.value(), 1e-14 * Math.max(1, Math.abs(exact)));
    }

    @Property(tries = 300)
    void differencesAreWithinTheirErrorEstimates(@ForAll @IntRange(min = 0, max = 4) int which,
                                                @ForAll @DoubleRange(min = -5, max = 5) double x) {
        UnivariateFunction f = FUNCTIONS.get(which);
        double exact = Forward.derivative(f, x);
        Estimate fd = FiniteDifference.central().derivative(f, x);
        double fdError = Math.abs(fd.value() - exact);
        assertTrue(fdError <= 4 * fd.error(), "central at " + x + ": error " + fdError + " far above the estimate " + fd.error());
        assertTrue(fdError <= 1e-9 * Math.max(1, Math.abs(exact)), "central at " + x + ": error " + fdError);
        Estimate r = Richardson.central().derivative(f, x);
        double rError = Math.abs(r.value() - exact);
        assertTrue(rError <= r.error(), "richardson at " + x + ": error " + rError + " above the estimate " + r.error());
        assertTrue(rError <= 1e-12 * Math.max(1, Math.abs(exact)), "richardson at " + x + ": error " + rError);
    }
}
