package dev.nabla.core.complex;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.Domain;
import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.UnaryPrimitive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Table-driven: every primitive has a complex value, and its complex step reproduces the table's partials. */
class ComplexPrimitivesTest {

    private static final double H = 1e-20;

    @TestFactory
    Stream<DynamicTest> everyPrimitiveHasAComplexValue() {
        return Primitives.all().stream().map(p -> DynamicTest.dynamicTest(p.name(),
                () -> assertTrue(ComplexFunctions.covers(p), "no complex value for primitive '" + p.name() + "'")));
    }

    @TestFactory
    Stream<DynamicTest> complexStepOfEachPrimitiveMatchesTheTable() {
        return Primitives.all().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            if (p instanceof UnaryPrimitive u) checkUnary(u);
            else checkBinary((BinaryPrimitive) p);
        }));
    }

    private static void checkUnary(UnaryPrimitive p) {
        for (double x : samples(p.domain().intervals().get(0))) {
            Complex z = (Complex) Complex.of(x, H).apply(p);
            double fx = p.value().applyAsDouble(x);
            assertClose(fx, z.re(), 1e-14, p + " value at " + x);
            assertClose(p.partial().at(x, fx), z.im() / H, 1e-13, p + "' at " + x);
        }
    }

    private static void checkBinary(BinaryPrimitive p) {
        for (double x : samples(p.domain().intervals().get(0))) {
            for (double y : samples(p.domain().intervals().get(1))) {
                if (x == y) continue;
                double f = p.value().applyAsDouble(x, y);
                Complex dx = (Complex) Complex.of(x, H).apply(p, Complex.real(y));
                Complex dy = (Complex) Complex.real(x).apply(p, Complex.of(y, H));
                assertClose(f, dx.re(), 1e-14, p + " value at (" + x + ", " + y + ")");
                assertClose(p.partialX().at(x, y, f), dx.im() / H, 1e-13, "∂" + p + "/∂x at (" + x + ", " + y + ")");
                assertClose(p.partialY().at(x, y, f), dy.im() / H, 1e-13, "∂" + p + "/∂y at (" + x + ", " + y + ")");
                Num constant = Complex.of(x, H).apply(p, y);
                assertClose(p.partialX().at(x, y, f), ((Complex) constant).im() / H, 1e-13, p + " with a constant operand");
            }
        }
    }

    /** Interior points of an open interval, spread over it. */
    static List<Double> samples(Domain.Interval in) {
        List<Double> xs = new ArrayList<>();
        boolean lowInf = Double.isInfinite(in.lower()), highInf = Double.isInfinite(in.upper());
        if (lowInf && highInf) xs.addAll(List.of(-2.3, -0.7, 0.4, 1.9, 3.1));
        else if (highInf) for (double d : new double[] {0.3, 1.1, 4.2}) xs.add(in.lower() + d);
        else if (lowInf) for (double d : new double[] {0.3, 1.1, 4.2}) xs.add(in.upper() - d);
        else for (double t : new double[] {0.13, 0.5, 0.81}) xs.add(in.lower() + t * (in.upper() - in.lower()));
        return xs;
    }

    static void assertClose(double expected, double actual, double rel, String what) {
        double tol = rel * Math.max(1, Math.abs(expected));
        assertEquals(expected, actual, tol, what);
    }

    @TestFactory
    Stream<DynamicTest> primitivesAreListedOnce() {
        return Stream.of(DynamicTest.dynamicTest("distinct", () ->
                assertEquals(Primitives.all().size(), Primitives.all().stream().map(Primitive::name).distinct().count())));
    }
}
