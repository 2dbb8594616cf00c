package dev.nabla.bench.core;

import dev.nabla.core.algebra.Real;
import dev.nabla.core.forward.Forward;
import dev.nabla.core.reverse.Reverse;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every benchmark variant computes the same thing, so the benchmarks compare like with like: the
 * same value of {@code f}, and the same gradient as the one derived by hand,
 * {@code ∂f/∂xⱼ = cos xⱼ·eˣʲ⁺¹·L(xⱼ₊₂) + sin xⱼ₋₁·eˣʲ·L(xⱼ₊₁) + sin xⱼ₋₂·eˣʲ⁻¹·2xⱼ/(1 + xⱼ²)}
 * with {@code L(t) = log(1 + t²)} and terms dropped where an index leaves {@code 0 … n-1}; each
 * component must agree to a relative {@code 1e-12}.
 */
class SameGradientTest {
    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {10, 100})
    void everyVariantHasTheSameValue(int n) {
        double[] x = GradientPoint.at(n);
        double expected = SinExpLog.value(x);
        assertClose("Nabla on Real", expected, SinExpLog.NABLA.apply(Real.of(x)).doubleValue());
        assertClose("Hipparchus Gradient", expected, SinExpLog.value(gradients(x)).getValue());
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {10, 100})
    void everyVariantHasTheSameGradient(int n) {
        double[] x = GradientPoint.at(n);
        double[] expected = byHand(x);
        assertClose("reverse", expected, Reverse.gradient(SinExpLog.NABLA, x));
        assertClose("forward", expected, Forward.gradient(SinExpLog.NABLA, x));
        CompiledGradientBenchmark.CompiledState compiled = new CompiledGradientBenchmark.CompiledState();
        GradientPoint p = new GradientPoint();
        p.n = n;
        p.draw();
        compiled.compile(p);
        assertClose("compiled", expected, new CompiledGradientBenchmark().compiledGradient(p, compiled));
        assertClose("Hipparchus Gradient", expected, HipparchusGradients.byGradient(x));
        assertClose("Hipparchus DerivativeStructure", expected,
                HipparchusGradients.byDerivativeStructure(new DSFactory(n, 1), x));
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {10, 100})
    void theReverseBreakdownComputesTheSameGradient(int n) {
        GradientPoint p = new GradientPoint();
        p.n = n;
        p.draw();
        ReverseBreakdownBenchmark breakdown = new ReverseBreakdownBenchmark();
        breakdown.record(p);
        double[] expected = byHand(p.x);
        assertClose("sweep of the recorded tape", expected, breakdown.sweepOnly());
        assertClose("hand-written gradient", expected, breakdown.handWrittenGradient(p));
        assertClose("recording", SinExpLog.value(p.x), breakdown.recordOnly(p).doubleValue());
        assertClose("recording with square as a product", SinExpLog.value(p.x), breakdown.recordOnlySquareAsMul(p).doubleValue());
    }

    @ParameterizedTest(name = "n = {0}")
    @ValueSource(ints = {10, 100})
    void derivativeStructureLayoutIsValueThenEachParameter(int n) {
        double[] x = GradientPoint.at(n);
        DSFactory factory = new DSFactory(n, 1);
        double[] gradient = HipparchusGradients.byDerivativeStructure(factory, x);
        DerivativeStructure[] xs = new DerivativeStructure[n];
        for (int i = 0; i < n; i++) xs[i] = factory.variable(i, x[i]);
        DerivativeStructure f = SinExpLog.value(xs);
        int[] orders = new int[n];
        for (int j = 0; j < n; j++) {
            orders[j] = 1;
            assertEquals(f.getPartialDerivative(orders), gradient[j], "∂f/∂x" + j);
            orders[j] = 0;
        }
    }

    private static Gradient[] gradients(double[] x) {
        Gradient[] xs = new Gradient[x.length];
        for (int i = 0; i < x.length; i++) xs[i] = Gradient.variable(x.length, i, x[i]);
        return xs;
    }

    /** The gradient derived by hand (see the class comment). */
    private static double[] byHand(double[] x) {
        int n = x.length;
        double[] g = new double[n];
        for (int i = 0; i + 2 < n; i++) {
            double s = Math.sin(x[i]);
            double e = Math.exp(x[i + 1]);
            double l = Math.log(1 + x[i + 2] * x[i + 2]);
            g[i] += Math.cos(x[i]) * e * l;
            g[i + 1] += s * e * l;
            g[i + 2] += s * e * 2 * x[i + 2] / (1 + x[i + 2] * x[i + 2]);
        }
        return g;
    }

    private static void assertClose(String variant, double expected, double actual) {
        if (Math.abs(actual - expected) > TOLERANCE * Math.max(Math.abs(expected), Double.MIN_NORMAL)) {
            fail(variant + ": f = " + actual + ", expected " + expected);
        }
    }

    private static void assertClose(String variant, double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, variant + ": gradient length");
        for (int j = 0; j < expected.length; j++) {
            if (Math.abs(actual[j] - expected[j]) > TOLERANCE * Math.abs(expected[j])) {
                fail(variant + ": ∂f/∂x" + j + " = " + actual[j] + ", expected " + expected[j]);
            }
        }
    }
}
