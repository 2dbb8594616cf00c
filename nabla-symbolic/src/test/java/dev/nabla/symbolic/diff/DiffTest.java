package dev.nabla.symbolic.diff;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.Domain;
import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.UnaryPrimitive;
import dev.nabla.symbolic.Symbolic;
import dev.nabla.symbolic.eval.Format;
import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Functions;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DiffTest {
    private final Symbol x = Expr.symbol("x");
    private final Symbol y = Expr.symbol("y");

    /** The seed's SymPy cell: {@code sp.diff(3*x**3 - 5*x + 4, x)}. */
    @Test
    void seedPolynomial() {
        assertEquals("9*x**2 - 5", Expr.parse("3*x**3 - 5*x + 4").diff(x).toString());
    }

    /** The seed's partials of {@code (x**3 + 4*x)*exp(y)*sin(z)} at (4, 5, 1) and of {@code (x**3 + 4*x)*exp(y)} at (4, 5). */
    @Test
    void seedPartials() {
        Expr f = Expr.parse("(x**3 + 4*x)*exp(y)*sin(z)");
        Map<String, Double> p = Map.of("x", 4.0, "y", 5.0, "z", 1.0);
        List<String> got = new ArrayList<>();
        for (String v : List.of("x", "y", "z")) got.add(Format.fixed(f.diff(v).evalf(p), 4));
        assertEquals(List.of("6494.0391", "9990.8294", "6415.0378"), got);

        Expr g = Expr.parse("(x**3 + x*4)*exp(y)");
        Expr gx = g.diff(x);
        Expr gy = g.diff(y);
        assertEquals("(3*x**2 + 4)*exp(y)", gx.toString());
        assertEquals("(x**3 + 4*x)*exp(y)", gy.toString());
        assertEquals("7717.4843", gx.evalf(Map.of("x", 4.0, "y", 5.0), 4));
        assertEquals("11873.0527", Format.fixed(gy.evalf(Map.of("x", 4.0, "y", 5.0)), 4));
    }

    @Test
    void higherOrderAndMixed() {
        assertSame(Expr.parse("-sin(x)"), Expr.parse("sin(x)").diff(x, 2));
        assertSame(Rational.ZERO, Expr.parse("x**3").diff(x, 4));
        assertSame(Expr.parse("x**3"), Expr.parse("x**3").diff(x, 0));
        assertSame(Expr.parse("cos(x)*exp(y)"), Expr.parse("sin(x)*exp(y)").diff(x, y));
        assertThrows(IllegalArgumentException.class, () -> x.diff(x, -1));
    }

    @Test
    void gradientJacobianHessian() {
        Expr f = Expr.parse("x**2*y + sin(y)");
        List<Symbol> xy = List.of(x, y);
        Expr[] g = Differentiator.gradient(f, xy);
        assertSame(Expr.parse("2*x*y"), g[0]);
        assertSame(Expr.parse("x**2 + cos(y)"), g[1]);
        Expr[][] h = Differentiator.hessian(f, xy);
        assertSame(Expr.parse("2*y"), h[0][0]);
        assertSame(Expr.parse("2*x"), h[0][1]);
        assertSame(h[0][1], h[1][0]);
        assertSame(Expr.parse("-sin(y)"), h[1][1]);
        Expr[][] j = Differentiator.jacobian(List.of(Expr.parse("x*y"), Expr.parse("x + y")), xy);
        assertSame(y, j[0][0]);
        assertSame(x, j[0][1]);
        assertSame(Rational.ONE, j[1][0]);
    }

    /** Each primitive's symbolic derivative, evaluated, agrees with the table's double partial inside its domain. */
    @Test
    void everyPrimitiveAgreesWithTheTablesDoublePartials() {
        for (String name : Functions.names()) {
            Primitive p = Functions.named(name).orElseThrow();
            for (double[] at : samples(p.domain(), p.arity())) {
                if (p instanceof UnaryPrimitive u) {
                    double fx = u.value().applyAsDouble(at[0]);
                    double expected = u.partial().at(at[0], fx);
                    double got = Call.of(u, x).diff(x).evalf(Map.of("x", at[0]));
                    assertEquals(expected, got, 1e-12 * Math.max(1, Math.abs(expected)), name + "' at " + at[0]);
                } else {
                    BinaryPrimitive b = (BinaryPrimitive) p;
                    double f = b.value().applyAsDouble(at[0], at[1]);
                    Map<String, Double> point = Map.of("x", at[0], "y", at[1]);
                    Expr call = Call.of(b, x, y);
                    double dx = b.partialX().at(at[0], at[1], f);
                    double dy = b.partialY().at(at[0], at[1], f);
                    assertEquals(dx, call.diff(x).evalf(point), 1e-12 * Math.max(1, Math.abs(dx)), name + " ∂x at " + at[0] + "," + at[1]);
                    assertEquals(dy, call.diff(y).evalf(point), 1e-12 * Math.max(1, Math.abs(dy)), name + " ∂y at " + at[0] + "," + at[1]);
                }
            }
        }
    }

    private static List<double[]> samples(Domain d, int arity) {
        List<double[]> out = new ArrayList<>();
        double[][] per = new double[arity][];
        for (int i = 0; i < arity; i++) per[i] = points(d.intervals().get(Math.min(i, d.intervals().size() - 1)));
        if (arity == 1) {
            for (double a : per[0]) out.add(new double[] {a});
        } else {
            for (double a : per[0]) for (double b : per[1]) if (a != b) out.add(new double[] {a, b});
        }
        return out;
    }

    private static double[] points(Domain.Interval i) {
        double lo = i.lower();
        double hi = i.upper();
        if (Double.isInfinite(lo) && Double.isInfinite(hi)) return new double[] {-1.3, 0.4, 2.1};
        if (Double.isInfinite(hi)) return new double[] {lo + 0.5, lo + 2.3};
        if (Double.isInfinite(lo)) return new double[] {hi - 0.5, hi - 2.3};
        return new double[] {lo + 0.3 * (hi - lo), lo + 0.7 * (hi - lo)};
    }

    @Test
    void customPrimitiveUsesItsAlgebraRule() {
        CustomPrimitive times = CustomPrimitive.of("times", 2,
                (double[] a) -> new CustomPrimitive.Evaluation<>(a[0] * a[1], a),
                (double[] cache, double dout) -> new double[] {cache[1] * dout, cache[0] * dout});
        Expr plain = Symbolic.lambdaToExpr(v -> times.apply(v[0], v[1].sin()), "x", "y");
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> plain.diff(x));
        assertTrue(none.getMessage().contains("times"), none.getMessage());
        CustomPrimitive ruled = times.withRule(a -> new dev.nabla.core.algebra.Num[] {a[1], a[0]});
        Expr f = Symbolic.lambdaToExpr(v -> ruled.apply(v[0], v[1].sin()), "x", "y");
        assertSame(Expr.parse("sin(y)"), f.diff(x));
        assertEquals(Math.sin(2) * 3, f.evalf(Map.of("x", 3.0, "y", 2.0)), 1e-15);
    }

    /** The derivative of a DAG is linear in its size: the logistic map iterated 30 times. */
    @Test
    void derivativeOfSharedGraphStaysLinear() {
        Expr l = x;
        for (int k = 0; k < 30; k++) l = l.mul(4).mul(Rational.ONE.sub(l));
        Expr d = l.diff(x);
        assertTrue(d.nodeCount() < 20 * l.nodeCount(), "nodes: " + d.nodeCount() + " for f with " + l.nodeCount());
    }

    @Test
    void deepChainsDifferentiateWithoutRecursion() {
        Expr e = x;
        for (int i = 0; i < 10_000; i++) e = e.sin();
        Expr d = e.diff(x);
        double v = d.evalf(Map.of("x", 0.1));
        assertTrue(Double.isFinite(v));
        Expr s = x;
        for (int i = 0; i < 10_000; i++) s = s.exp().sub(1);
        assertTrue(Double.isFinite(s.diff(x).evalf(Map.of("x", 1e-9))));
    }
}
