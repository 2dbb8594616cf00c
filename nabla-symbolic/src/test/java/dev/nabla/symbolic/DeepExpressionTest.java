package dev.nabla.symbolic;

import dev.nabla.symbolic.cse.CseResult;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every operation on an expression 30 000 levels deep, none of which may overflow the call stack. */
class DeepExpressionTest {
    private static final int DEPTH = 30_000;

    private static Expr deep(Symbol x) {
        Expr e = x;
        for (int i = 0; i < DEPTH; i++) e = i % 2 == 0 ? e.sin() : e.add(1).log();
        return e;
    }

    @Test
    void everyOperationIsIterative() {
        Symbol x = Expr.symbol("x");
        Symbol y = Expr.symbol("y");
        Expr e = deep(x);
        assertEquals(DEPTH / 2 + 2 * (DEPTH / 2) + 2, e.nodeCount(), "x, the constant 1, one node per sin, two per log(· + 1)");
        assertSame(e, e.simplify());
        assertSame(deep(y), e.subs(x, y));
        assertSame(e, e.expand());
        CseResult r = e.cse();
        assertEquals(0, r.assignments().size());
        assertSame(e, Expr.parse(e.toString()));
        assertTrue(e.toSympy().length() > DEPTH);
        assertTrue(e.toLatex().length() > DEPTH);
        assertTrue(e.toJava().length() > DEPTH);
        double v = e.evalf(Map.of("x", 0.3));
        assertTrue(Double.isFinite(v));
        assertTrue(Double.isFinite(Symbolic.lambdify(e, "x").apply(dev.nabla.core.algebra.Real.of(0.3)).doubleValue()));
    }
}
