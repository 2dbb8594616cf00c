package dev.nabla.core.rules;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.forward.Dual;
import dev.nabla.core.forward.DualVector;
import dev.nabla.core.forward.Forward;
import dev.nabla.core.reverse.Reverse;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Every entry of the table, checked in every mode at many points of its domain: forward (one and
 * many tangents) against reverse against a central difference computed here; the double fast path
 * against the algebra rule; second derivatives nested forward, forward-over-reverse and by
 * differences; and the documented values at non-smooth points, identical in every mode.
 * A primitive added to the table is picked up with no change here.
 */
class PrimitiveTableTest {
    private static final int POINTS = 40;

    @Test
    void everyEntryIsComplete() {
        Set<String> names = new HashSet<>();
        for (Primitive p : Primitives.all()) {
            assertTrue(names.add(p.name()), "duplicate name " + p.name());
            assertNotNull(p.domain(), p.name() + ": domain");
            assertNotNull(p.domain().description(), p.name() + ": domain description");
            assertEquals(p.arity(), p.domain().intervals().size(), p.name() + ": one interval per operand");
            assertNotNull(p.specialPoints(), p.name() + ": special points");
            if (p instanceof UnaryPrimitive u) {
                assertNotNull(u.value(), p.name() + ": value");
                assertNotNull(u.partial(), p.name() + ": double partial");
                assertNotNull(u.rule(), p.name() + ": algebra rule");
            } else if (p instanceof BinaryPrimitive b) {
                assertNotNull(b.value(), p.name() + ": value");
                assertNotNull(b.partialX(), p.name() + ": double ∂x");
                assertNotNull(b.partialY(), p.name() + ": double ∂y");
                assertNotNull(b.ruleX(), p.name() + ": algebra ∂x");
                assertNotNull(b.ruleY(), p.name() + ": algebra ∂y");
            }
            assertEquals(p, Primitives.named(p.name()).orElseThrow());
        }
    }

    @TestFactory
    Stream<DynamicTest> firstDerivativesAgreeInEveryMode() {
        return Primitives.all().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            for (double[] x : DomainSampler.points(p, POINTS, p.name().hashCode())) {
                double[] fast = fastPartials(p, x);
                double[] rule = ruleOnReals(p, x);
                double[] forward = Forward.gradient(v -> call(p, v), x);
                double[] reverse = Reverse.gradient(v -> call(p, v), x);
                double[] central = centralGradient(p, x);
                for (int i = 0; i < x.length; i++) {
                    String at = p.name() + " ∂" + i + " at " + java.util.Arrays.toString(x);
                    assertClose(fast[i], rule[i], 1e-13, at + ": double fast path vs algebra rule");
                    assertClose(fast[i], forward[i], 1e-15, at + ": forward");
                    assertClose(fast[i], reverse[i], 1e-15, at + ": reverse");
                    assertClose(fast[i], central[i], 1e-6, at + ": central difference");
                    assertClose(fast[i], oneTangent(p, x, i), 1e-15, at + ": one-tangent dual");
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> secondDerivativesAgreeInEveryMode() {
        return Primitives.all().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            for (double[] x : DomainSampler.points(p, POINTS / 2, 31L * p.name().hashCode())) {
                double[][] overForward = Forward.hessian(v -> call(p, v), x);
                double[][] overReverse = Reverse.hessian(v -> call(p, v), x);
                double[][] central = centralHessian(p, x);
                for (int i = 0; i < x.length; i++) {
                    for (int j = 0; j < x.length; j++) {
                        String at = p.name() + " ∂" + i + "∂" + j + " at " + java.util.Arrays.toString(x);
                        assertClose(overForward[i][j], overReverse[i][j], 1e-12, at + ": forward-over-forward vs forward-over-reverse");
                        assertClose(overForward[i][j], central[i][j], 1e-6, at + ": central difference of the gradient");
                    }
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> nonSmoothPointsGiveTheDocumentedValueInEveryMode() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Primitive p : Primitives.all()) {
            for (SpecialPoint s : p.specialPoints()) {
                tests.add(DynamicTest.dynamicTest(p.name() + " at " + java.util.Arrays.toString(s.at()), () -> {
                    double[] x = s.at();
                    assertArrayEquals(s.partials(), fastPartials(p, x), p.name() + ": double fast path");
                    assertArrayEquals(s.partials(), ruleOnReals(p, x), p.name() + ": algebra rule");
                    assertArrayEquals(s.partials(), Forward.gradient(v -> call(p, v), x), p.name() + ": forward");
                    assertArrayEquals(s.partials(), Reverse.gradient(v -> call(p, v), x), p.name() + ": reverse");
                    for (int i = 0; i < x.length; i++) assertEquals(s.partials()[i], oneTangent(p, x, i), p.name() + ": dual");
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void outsideTheDomainDerivativesAreNaNNotExceptions() {
        assertTrue(Double.isNaN(Forward.derivative(Num::log, -1)));
        assertTrue(Double.isNaN(Reverse.derivative(Num::sqrt, -4)));
        assertTrue(Double.isNaN(Forward.derivative(Num::asin, 2)));
        assertTrue(Double.isNaN(Reverse.derivative(Num::acosh, 0.5)));
    }

    static Num call(Primitive p, Num[] v) {
        if (p instanceof UnaryPrimitive u) return v[0].apply(u);
        return v[0].apply((BinaryPrimitive) p, v[1]);
    }

    private static double value(Primitive p, double[] x) {
        if (p instanceof UnaryPrimitive u) return u.value().applyAsDouble(x[0]);
        return ((BinaryPrimitive) p).value().applyAsDouble(x[0], x[1]);
    }

    private static double[] fastPartials(Primitive p, double[] x) {
        double f = value(p, x);
        if (p instanceof UnaryPrimitive u) return new double[] {u.partial().at(x[0], f)};
        BinaryPrimitive b = (BinaryPrimitive) p;
        return new double[] {b.partialX().at(x[0], x[1], f), b.partialY().at(x[0], x[1], f)};
    }

    private static double[] ruleOnReals(Primitive p, double[] x) {
        Real f = Real.of(value(p, x));
        if (p instanceof UnaryPrimitive u) return new double[] {u.rule().at(Real.of(x[0]), f).doubleValue()};
        BinaryPrimitive b = (BinaryPrimitive) p;
        return new double[] {b.ruleX().at(Real.of(x[0]), Real.of(x[1]), f).doubleValue(),
                b.ruleY().at(Real.of(x[0]), Real.of(x[1]), f).doubleValue()};
    }

    private static double oneTangent(Primitive p, double[] x, int i) {
        Num[] v = new Num[x.length];
        for (int k = 0; k < x.length; k++) v[k] = Dual.of(x[k], k == i ? 1 : 0);
        return ((Dual) call(p, v)).tangent();
    }

    private static double[] centralGradient(Primitive p, double[] x) {
        double[] g = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double h = 1e-6 * Math.max(1, Math.abs(x[i]));
            double[] up = x.clone(), down = x.clone();
            up[i] += h;
            down[i] -= h;
            g[i] = (value(p, up) - value(p, down)) / (up[i] - down[i]);
        }
        return g;
    }

    private static double[][] centralHessian(Primitive p, double[] x) {
        double[][] h = new double[x.length][x.length];
        for (int j = 0; j < x.length; j++) {
            double step = 1e-5 * Math.max(1, Math.abs(x[j]));
            double[] up = x.clone(), down = x.clone();
            up[j] += step;
            down[j] -= step;
            double[] gu = ((DualVector) call(p, DualVector.variables(up))).tangents();
            double[] gd = ((DualVector) call(p, DualVector.variables(down))).tangents();
            for (int i = 0; i < x.length; i++) h[i][j] = (gu[i] - gd[i]) / (up[j] - down[j]);
        }
        return h;
    }

    static void assertClose(double expected, double actual, double tolerance, String message) {
        if (Double.isNaN(expected) || Double.isNaN(actual)) {
            assertEquals(expected, actual, message);
            return;
        }
        double scale = Math.max(1, Math.abs(expected));
        assertTrue(Math.abs(expected - actual) <= tolerance * scale,
                () -> message + ": expected " + expected + " but was " + actual);
    }
}
