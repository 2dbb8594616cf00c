package dev.nabla.numeric;

import dev.nabla.core.Nabla;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.method.Methods;
import dev.nabla.numeric.check.GradientCheck;
import dev.nabla.numeric.check.GradientCheckReport;
import dev.nabla.numeric.complexstep.ComplexStep;
import dev.nabla.numeric.difference.FiniteDifference;
import dev.nabla.numeric.multivariate.Partials;
import dev.nabla.numeric.richardson.Richardson;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The module README's example, kept compiling and checked. */
class ReadmeExampleTest {

    @Test
    void theReadmeExampleRunsAndIsRight() {
        UnivariateFunction f = x -> x.atan().mul(x.exp());
        double exact = Math.E * (Math.atan(1) + 0.5);

        Estimate d = FiniteDifference.central().derivative(f, 1.0);
        Estimate r = Richardson.central().derivative(f, 1.0);
        Estimate c = ComplexStep.create().derivative(f, 1.0);
        assertEquals(exact, d.value(), d.error());
        assertEquals(exact, r.value(), r.error());
        assertEquals(exact, c.value(), 2 * c.error());
        assertEquals(4, d.evaluations());
        assertTrue(d.toString().contains("4 evaluations"), d.toString());

        ScalarFunction g = x -> x[0].mul(x[1]).sin();
        Estimate[] grad = Partials.of(Richardson.central()).gradient(g, new double[] {1, 2});
        double[] plain = Nabla.gradient(g, new double[] {1, 2}, Methods.named("central"));
        GradientCheckReport report = GradientCheck.check(g, new double[] {1, 2}, Methods.named("reverse"));
        assertEquals(2 * Math.cos(2), grad[0].value(), 1e-13);
        assertEquals(Math.cos(2), plain[1], 1e-11);
        assertTrue(report.passed(), report.toString());
    }
}
