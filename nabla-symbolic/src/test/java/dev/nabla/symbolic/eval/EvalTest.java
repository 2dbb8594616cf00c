package dev.nabla.symbolic.eval;

import dev.nabla.core.forward.Forward;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.reverse.Reverse;
import dev.nabla.symbolic.Symbolic;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalTest {

    @Test
    void missingSymbolIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Expr.parse("x*y + z").evalf(Map.of("x", 1.0, "y", 2.0)));
        assertTrue(e.getMessage().contains("'z'"), e.getMessage());
    }

    @Test
    void formatsAsPython() {
        assertEquals("6494.0391", Format.fixed(6494.039074, 4));
        assertEquals("0.1250", Format.fixed(0.125, 4));
        assertEquals("0.12", Format.fixed(0.125, 2));
        assertEquals("-0.0000", Format.fixed(-1e-9, 4));
        assertEquals("nan", Format.fixed(Double.NaN, 4));
        assertEquals("3", Format.fixed(2.5000001, 0));
    }

    @Test
    void evaluatesEachSharedNodeOnce() {
        Expr l = Expr.symbol("x");
        for (int k = 0; k < 12; k++) l = l.mul(4).mul(dev.nabla.symbolic.expr.Rational.ONE.sub(l));
        DoublePlan plan = DoublePlan.of(List.of(l), Expr.symbols("x"));
        assertTrue(plan.size() < 10 * 12, "plan size " + plan.size());
        double v = 0.3;
        for (int k = 0; k < 12; k++) v = 4 * v * (1 - v);
        assertEquals(v, plan.evaluate(new double[] {0.3})[0], 1e-9);
    }

    /** An expression differentiated four ways — symbolically, forward, reverse, through the facade — agrees. */
    @Test
    void expressionsRunInEveryBackend() {
        Expr f = Expr.parse("(x**3 + 4*x)*exp(y)*sin(z) + atan2(x, z)*hypot(y, x)");
        List<Symbol> vars = Expr.symbols("x", "y", "z");
        ScalarFunction fn = ExprFunctions.scalar(f, vars);
        double[] p = {0.4, 0.5, 1.1};
        double[] symbolic = new double[3];
        for (int i = 0; i < 3; i++) symbolic[i] = f.diff(vars.get(i)).evalf(Map.of("x", p[0], "y", p[1], "z", p[2]));
        assertArrayEquals(symbolic, Forward.gradient(fn, p), 1e-12);
        assertArrayEquals(symbolic, Reverse.gradient(fn, p), 1e-12);
        double[][] h = Forward.hessian(fn, p);
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                double s = f.diff(vars.get(i), vars.get(j)).evalf(Map.of("x", p[0], "y", p[1], "z", p[2]));
                assertEquals(s, h[i][j], 1e-10 * Math.max(1, Math.abs(s)));
            }
        }
    }

    @Test
    void adapterChecksItsVariables() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExprFunctions.scalar(Expr.parse("x + w"), Expr.symbols("x")));
        assertTrue(e.getMessage().contains("'w'"), e.getMessage());
        ScalarFunction f = ExprFunctions.scalar(Expr.parse("x"), Expr.symbols("x"));
        assertThrows(IllegalArgumentException.class, () -> f.apply(dev.nabla.core.algebra.Real.of(new double[] {1, 2})));
    }

    @Test
    void tracingALambda() {
        Expr f = Symbolic.lambdaToExpr(x -> x[0].pow(3).add(x[0].mul(4)).mul(x[1].exp()), "x", "y");
        assertEquals("(x**3 + 4*x)*exp(y)", f.toString());
        IllegalStateException branch = assertThrows(IllegalStateException.class,
                () -> Symbolic.lambdaToExpr(x -> x[0].doubleValue() > 0 ? x[0] : x[0].neg(), "x"));
        assertTrue(branch.getMessage().contains("[x]"), branch.getMessage());
        IllegalArgumentException past = assertThrows(IllegalArgumentException.class,
                () -> Symbolic.lambdaToExpr(x -> x[0].add(x[1]), "x"));
        assertTrue(past.getMessage().contains("read past"), past.getMessage());
    }

    @Test
    void deepExpressionsEvaluate() {
        Expr e = Expr.symbol("x");
        for (int i = 0; i < 50_000; i++) e = e.sin();
        double v = 0.5;
        for (int i = 0; i < 50_000; i++) v = Math.sin(v);
        assertEquals(v, e.evalf(Map.of("x", 0.5)), 0);
    }
}
