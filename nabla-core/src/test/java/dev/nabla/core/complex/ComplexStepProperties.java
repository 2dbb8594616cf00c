package dev.nabla.core.complex;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.Domain;
import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.UnaryPrimitive;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** At random points of each primitive's domain, the complex step reproduces the table's partials. */
class ComplexStepProperties {

    private static final double H = 1e-20;

    @Property(tries = 2000)
    void complexStepMatchesTheTable(@ForAll @IntRange(min = 0, max = 1000) int which,
                                    @ForAll @DoubleRange(min = 0.01, max = 0.99) @Scale(6) double u,
                                    @ForAll @DoubleRange(min = 0.01, max = 0.99) @Scale(6) double v) {
        Primitive p = Primitives.all().get(which % Primitives.all().size());
        double x = inside(p.domain().intervals().get(0), u);
        if (p instanceof UnaryPrimitive up) {
            double fx = up.value().applyAsDouble(x);
            Complex z = (Complex) Complex.of(x, H).apply(up);
            assertClose(up.partial().at(x, fx), z.im() / H, p + "' at " + x);
        } else {
            BinaryPrimitive bp = (BinaryPrimitive) p;
            double y = inside(bp.domain().intervals().get(1), v);
            if (x == y) return;
            double f = bp.value().applyAsDouble(x, y);
            Complex dx = (Complex) Complex.of(x, H).apply(bp, Complex.real(y));
            Complex dy = (Complex) Complex.real(x).apply(bp, Complex.of(y, H));
            assertClose(bp.partialX().at(x, y, f), dx.im() / H, "∂" + p + "/∂x at (" + x + ", " + y + ")");
            assertClose(bp.partialY().at(x, y, f), dy.im() / H, "∂" + p + "/∂y at (" + x + ", " + y + ")");
        }
    }

    /** A point of the interval, clipped to [-20, 20]: {@code lower + u (upper - lower)}. */
    private static double inside(Domain.Interval in, double u) {
        double lo = Math.max(in.lower(), -20), hi = Math.min(in.upper(), 20);
        return lo + u * (hi - lo);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-13 * Math.max(1, Math.abs(expected)), what);
    }
}
