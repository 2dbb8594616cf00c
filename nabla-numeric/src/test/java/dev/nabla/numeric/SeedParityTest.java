package dev.nabla.numeric;

import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.numeric.difference.FiniteDifference;
import dev.nabla.numeric.multivariate.Partials;
import dev.nabla.numeric.richardson.Richardson;
import dev.nabla.numeric.step.StepRule;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed notebook's finite differences ({@code numerical_derivative}, {@code numer_deriv}, {@code numer_deriv2})
 * reproduced. The seed casts the point to float32, which makes its printed numbers float32 noise (and
 * NumPy-version dependent); Nabla reproduces its convention in double precision, and shows its own default is
 * right where the seed's is not.
 */
class SeedParityTest {

    /** {@code f = lambda x: (x[0]**3 + x[0]*4)*np.exp(x[1])*np.sin(x[2])}. */
    private static final ScalarFunction SEED = x -> x[0].pow(3).add(x[0].mul(4)).mul(x[1].exp()).mul(x[2].sin());
    private static final double[] POINT = {4, 5, 1};

    private static double seedDouble(double[] x) {
        return (Math.pow(x[0], 3) + x[0] * 4) * Math.exp(x[1]) * Math.sin(x[2]);
    }

    @Test
    void numericalDerivativeForwardDifferenceIsReproducedExactly() {
        // numerical_derivative(lambda x: x**2, 2.0, h=1e-5) printed 4.000010000027032
        Estimate e = FiniteDifference.forward().accuracy(1).step(StepRule.absolute(1e-5)).derivative(t -> t.mul(t), 2.0);
        assertEquals(4.000010000027032, e.value(), 0.0);
        assertEquals(2, e.evaluations());
    }

    @Test
    void numerDerivConventionInDoublePrecision() {
        for (double h : new double[] {1e-3, 1e-4}) {
            double[] seed = Estimate.values(Partials.of(FiniteDifference.seedCentral(h)).gradient(SEED, POINT));
            for (int i = 0; i < 3; i++) {
                double[] plus = POINT.clone(), minus = POINT.clone();
                plus[i] += h / 2;
                minus[i] -= h / 2;
                assertEquals((seedDouble(plus) - seedDouble(minus)) / h, seed[i], 0.0, "h = " + h + ", component " + i);
            }
        }
    }

    @Test
    void theSeedsFloat32NumbersAreOffWhereNablasDefaultIsRight() {
        double[] exact = Forward.gradient(SEED, POINT);
        // SymPy in the seed printed 6494.0391, 9990.8294, 6415.0378
        double[] sympy = {6494.0391, 9990.8294, 6415.0378};
        // numer_deriv(f, np.array([4,5,1]), h=0.0001) printed [6502.8585877, 10004.79455543, 6411.66329297]
        double[] seedFloat32 = {6502.8585877, 10004.79455543, 6411.66329297};
        double[] central = Estimate.values(Partials.of(FiniteDifference.central()).gradient(SEED, POINT));
        double[] richardson = Estimate.values(Partials.of(Richardson.central()).gradient(SEED, POINT));
        for (int i = 0; i < 3; i++) {
            assertEquals(sympy[i], exact[i], 5e-5);
            assertEquals(exact[i], central[i], 1e-8 * Math.abs(exact[i]), "default central, component " + i);
            assertEquals(exact[i], richardson[i], 1e-12 * Math.abs(exact[i]), "richardson, component " + i);
            double seedError = Math.abs(seedFloat32[i] - exact[i]) / exact[i];
            assertTrue(seedError > 1e-4 && seedError < 2e-3, "the seed's float32 result is off by " + seedError);
        }
    }

    @Test
    void fxyAtOneTwo() {
        ScalarFunction fxy = x -> x[0].mul(x[0]).add(x[0].mul(2)).mul(x[1].log());
        double[] p = {1, 2};
        // numer_deriv(f_xy, np.array([1, 2]), method="center") printed [2.77255303, 1.49989128] (float32)
        double[] seedFloat32 = {2.77255303, 1.49989128};
        double[] seed = Estimate.values(Partials.of(FiniteDifference.seedCentral(1e-3)).gradient(fxy, p));
        double[] nabla = Estimate.values(Partials.of(FiniteDifference.central()).gradient(fxy, p));
        assertEquals(4 * Math.log(2), seed[0], 1e-12, "central differences are exact on a quadratic in x");
        assertEquals(1.5, seed[1], 1e-6);
        assertEquals(2.772589, nabla[0], 1e-6);
        assertEquals(1.5, nabla[1], 1e-6);
        assertEquals(4 * Math.log(2), nabla[0], 1e-12);
        assertEquals(1.5, nabla[1], 1e-11);
        for (int i = 0; i < 2; i++) assertEquals(seedFloat32[i], nabla[i], 2e-4, "float32 noise of the seed");
    }

    @Test
    void numerDeriv2NeverRestoresTheCoordinate() {
        // numer_deriv2(f_np, [4.0, 5.0, 1.0]) printed [6495.11747766 9991.27508271 6409.91010514]: it leaves x_[i] at
        // x_i - h/2, so its last component is the derivative at (4 - h/2, 5 - h/2, 1) plus float32 noise (≈ 1 at h = 1e-3).
        double h = 1e-3;
        double[] shifted = {4 - h / 2, 5 - h / 2, 1};
        double dz = Partials.of(Richardson.central()).gradient(SEED, shifted)[2].value();
        assertEquals(6409.91010514, dz, 1.0);
        double dzAtPoint = Forward.gradient(SEED, POINT)[2];
        assertTrue(Math.abs(6409.91010514 - dzAtPoint) > 5, "far from the derivative at the point itself");
    }
}
