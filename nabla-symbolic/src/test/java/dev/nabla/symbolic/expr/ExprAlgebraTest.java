package dev.nabla.symbolic.expr;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code Expr} is a {@link Num} whose operations stay {@code Expr}: chains need no cast. */
class ExprAlgebraTest {
    private final Symbol x = Expr.symbol("x");
    private final Symbol y = Expr.symbol("y");

    /** Every operation of {@link Num} that returns a {@code Num}. */
    static List<Method> numOperations() {
        List<Method> ops = new ArrayList<>();
        for (Method m : Num.class.getMethods()) {
            if (!Modifier.isStatic(m.getModifiers()) && m.getReturnType() == Num.class) ops.add(m);
        }
        return ops;
    }

    @Test
    void everyNumOperationIsOverriddenToReturnExpr() throws NoSuchMethodException {
        List<Method> ops = numOperations();
        assertTrue(ops.size() >= 40, "Num has " + ops.size() + " operations");
        List<String> missing = new ArrayList<>();
        for (Method op : ops) {
            Method m = Expr.class.getMethod(op.getName(), op.getParameterTypes());
            if (m.getReturnType() != Expr.class) missing.add(op.getName() + List.of(op.getParameterTypes()));
        }
        assertEquals(List.of(), missing, "Num operations that Expr does not narrow to Expr");
    }

    @Test
    void eachOverrideComputesWhatTheAlgebraComputes() throws ReflectiveOperationException {
        double other = 1.6;
        for (Method op : numOperations()) {
            Class<?>[] p = op.getParameterTypes();
            Object[] onExpr, onReal;
            if (p.length == 0) {
                onExpr = new Object[0];
                onReal = new Object[0];
            } else if (p.length == 1 && p[0] == Num.class) {
                onExpr = new Object[] {y};
                onReal = new Object[] {Real.of(other)};
            } else if (p.length == 1 && p[0] == double.class) {
                onExpr = new Object[] {other};
                onReal = new Object[] {other};
            } else {
                continue;   // constant(double) and the four apply methods are the backend's own; checked below
            }
            Expr e = (Expr) invoke(op, x, onExpr);
            for (double at : new double[] {0.37, 1.37}) {   // inside the domains of asin, acos, atanh, and of acosh
                double expected = ((Num) invoke(op, Real.of(at), onReal)).doubleValue();
                double tolerance = Double.isNaN(expected) ? 0 : 1e-15 * Math.max(1, Math.abs(expected));
                assertEquals(expected, e.evalf(Map.of("x", at, "y", other)), tolerance, op.getName() + List.of(p) + " gave " + e);
            }
        }
    }

    @Test
    void chainsNeedNoCast() {
        Expr e = x.tan().atan2(y).hypot(x).abs().max(y.cosh()).log10();
        double vx = 0.8, vy = 0.3;
        double expected = Math.log10(Math.max(Math.abs(Math.hypot(Math.atan2(Math.tan(vx), vy), vx)), Math.cosh(vy)));
        assertEquals(expected, e.evalf(Map.of("x", vx, "y", vy)), 1e-15);
        assertSame(x.pow(2), x.square());
    }

    @Test
    void diffByNameToAnOrderAndMixed() {
        Expr f = Expr.parse("x^3*y^2 + sin(x)");
        assertSame(f.diff(x, 3), f.diff("x", 3));
        assertSame(f, f.diff("x", 0));
        assertSame(f.diff(x).diff(y), f.diff("x", "y"));
        assertSame(f.diff(x).diff(x).diff(y), f.diff("x", "x", "y"));
        Map<String, Double> at = Map.of("x", 1.5, "y", -0.5);
        assertEquals(6 * 1.5 * 1.5 * -0.5, f.diff("x", "y").evalf(at), 1e-14);
        assertEquals(f.diff("x", "y").evalf(at), f.diff("y", "x").evalf(at), 1e-14);
        assertEquals(12 * 1.5 * -0.5, f.diff("x", "x", "y").evalf(at), 1e-14);
        assertEquals("diff: order must be at least 0, got -1", assertThrows(IllegalArgumentException.class, () -> f.diff("x", -1)).getMessage());
        assertEquals("diff: a variable name is null",
                assertThrows(IllegalArgumentException.class, () -> f.diff("x", (String) null)).getMessage());
    }

    private static Object invoke(Method m, Object target, Object[] args) throws ReflectiveOperationException {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw new AssertionError(m.getName() + " threw " + e.getCause(), e.getCause());
        }
    }
}
