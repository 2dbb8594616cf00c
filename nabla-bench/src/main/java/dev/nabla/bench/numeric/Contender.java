package dev.nabla.bench.numeric;

import dev.nabla.core.algebra.Real;
import dev.nabla.numeric.DifferenceScheme;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.complexstep.ComplexStep;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.FiniteDifferencesDifferentiator;
import org.hipparchus.analysis.differentiation.UnivariateDifferentiableFunction;

import java.util.function.Function;

/**
 * A method in the suite: its name and how it estimates {@code f'(x)} for a case.
 *
 * @param name     the name in the table
 * @param estimate the estimate (value, error estimate or NaN if the method has none, evaluations)
 */
record Contender(String name, Function<SuiteCase, Estimate> estimate) {

    /** A Nabla difference scheme, evaluating the function on doubles. */
    static Contender of(String name, DifferenceScheme scheme) {
        return new Contender(name, c -> scheme.derivative(c.f(), c.x()));
    }

    /** Nabla's complex step. */
    static Contender complexStep() {
        ComplexStep step = ComplexStep.create();
        return new Contender("nabla complex-step", c -> step.derivative(c.f(), c.x()));
    }

    /**
     * Hipparchus' {@code FiniteDifferencesDifferentiator(points, step)}: an interpolating polynomial through
     * {@code points} equally spaced values, differentiated; no error estimate.
     */
    static Contender hipparchus(int points, double step) {
        FiniteDifferencesDifferentiator d = new FiniteDifferencesDifferentiator(points, step);
        return new Contender("hipparchus (" + points + " points, step " + step + ")", c -> hipparchus(d, c, points, step));
    }

    /** Hipparchus with the lower bound at the point itself, so its points become one-sided: {@code x, x + h, …}. */
    static Contender hipparchusFromBelow(int points, double step) {
        return new Contender("hipparchus (" + points + " points, step " + step + ", lower bound x)", c -> hipparchus(
                new FiniteDifferencesDifferentiator(points, step, c.x(), Double.POSITIVE_INFINITY), c, points, step));
    }

    private static Estimate hipparchus(FiniteDifferencesDifferentiator d, SuiteCase c, int points, double step) {
        UnivariateDifferentiableFunction g = d.differentiate((double t) -> c.f().apply(Real.of(t)).doubleValue());
        double v = g.value(new DSFactory(1, 1).variable(0, c.x())).getPartialDerivative(1);
        return new Estimate(v, Double.NaN, points, step);
    }
}
