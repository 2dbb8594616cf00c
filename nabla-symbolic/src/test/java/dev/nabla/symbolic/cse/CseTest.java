package dev.nabla.symbolic.cse;

import dev.nabla.symbolic.Symbolic;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CseTest {

    @Test
    void sharedSubexpressionsBecomeAssignments() {
        CseResult r = Symbolic.cse(Expr.parse("sin(x + y)**2 + exp(x + y)"), Expr.parse("cos(x + y)"));
        assertEquals(1, r.assignments().size());
        assertEquals("x0 = x + y", r.assignments().get(0).toString());
        assertEquals(List.of(Expr.parse("sin(x0)**2 + exp(x0)"), Expr.parse("cos(x0)")), r.reduced());
    }

    @Test
    void namesAvoidExistingSymbols() {
        CseResult r = Expr.parse("sin(x0 + x1)*cos(x0 + x1)").cse();
        assertEquals("x2", r.assignments().get(0).symbol().name());
    }

    @Test
    void evaluatingAssignmentsInOrderGivesTheOriginal() {
        Symbol x = Expr.symbol("x");
        Expr l = x;
        for (int k = 0; k < 8; k++) l = l.mul(4).mul(Rational.ONE.sub(l));
        Expr d = l.diff(x);
        CseResult r = d.cse();
        Map<String, Double> env = new HashMap<>(Map.of("x", 0.3));
        for (Assignment a : r.assignments()) env.put(a.symbol().name(), a.value().evalf(env));
        assertEquals(d.evalf(Map.of("x", 0.3)), r.reduced().get(0).evalf(env), 1e-9);
        assertTrue(r.countOps() < OpCount.of(d));
    }

    /** SymPy 1.14: {@code count_ops} of {@code diff(l8, x)} is 13824 and 157 after {@code cse}. */
    @Test
    void logisticMapDerivativeIsNoLargerThanSympys() {
        Symbol x = Expr.symbol("x");
        Expr l = x;
        for (int k = 0; k < 8; k++) l = l.mul(4).mul(Rational.ONE.sub(l));
        Expr d = l.diff(x);
        assertTrue(OpCount.of(d) <= 13824, "raw ops " + OpCount.of(d));
        assertTrue(d.cse().countOps() <= 157, "ops after CSE " + d.cse().countOps());
    }

    @Test
    void sharedProductsAreFactoredOut() {
        CseResult r = Symbolic.cse(Expr.parse("a*b*c"), Expr.parse("a*b*d"));
        assertEquals("x0 = a*b", r.assignments().get(0).toString());
        assertEquals(List.of(Expr.parse("x0*c"), Expr.parse("x0*d")), r.reduced());
    }

    @Test
    void countsOperationsAsSympy() {
        assertEquals(1, OpCount.of(Expr.parse("x - y")));
        assertEquals(2, OpCount.of(Expr.parse("x*y + 1")));
        assertEquals(2, OpCount.of(Expr.parse("2*x/y")));
        assertEquals(1, OpCount.of(Expr.parse("-x")));
        assertEquals(3, OpCount.of(Expr.parse("sin(x)**2 + 1")));
    }
}
