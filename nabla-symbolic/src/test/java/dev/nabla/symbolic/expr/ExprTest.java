package dev.nabla.symbolic.expr;

import dev.nabla.core.algebra.Real;
import org.junit.jupiter.api.Test;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExprTest {
    private final Symbol x = Expr.symbol("x");
    private final Symbol y = Expr.symbol("y");

    @Test
    void equalStructuresAreOneNode() {
        Expr a = Expr.parse("sin(x*y) + exp(x)");
        Expr b = x.mul(y).sin().add(x.exp());
        assertSame(a, b);
        Expr c = Expr.parse("exp(x) + sin(y*x)");
        assertSame(a, c);
    }

    @Test
    void internTableIsThreadSafe() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Expr>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) results.add(pool.submit(() -> Expr.parse("atan2(q, r)**3 + q*r*cos(r)/7")));
            Expr first = results.get(0).get();
            for (Future<Expr> f : results) assertSame(first, f.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void internTableDoesNotKeepUnreferencedNodes() throws InterruptedException {
        WeakReference<Expr> ref = new WeakReference<>(Expr.parse("unused_symbol_7 * 12345 + cosh(unused_symbol_7)"));
        for (int i = 0; i < 50 && ref.get() != null; i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertEquals(null, ref.get(), "an expression nobody references should be collectable");
    }

    @Test
    void cheapIdentitiesApplyOnConstruction() {
        assertSame(x, x.mul(1));
        assertSame(x, x.add(0));
        assertSame(Rational.ONE, x.pow(0));
        assertSame(x, x.pow(1));
        assertSame(Rational.ZERO, x.sub(x));
        assertSame(Rational.ONE, x.div(x));
        assertSame(Rational.ZERO, x.mul(0));
        assertEquals("2*x", x.add(x).toString());
        assertEquals("x**2", x.mul(x).toString());
        assertEquals("x**5*y", Expr.parse("x**2*y*x**3").toString());
        assertEquals("5*x + 3", Expr.parse("2*x + 1 + 3*x + 2").toString());
    }

    @Test
    void rationalsStayExact() {
        assertSame(Expr.rational(1, 2), Expr.parse("1/3 + 1/6"));
        assertEquals("3*x**2", Expr.parse("x*3*x").toString());
        assertSame(Rational.of(new java.math.BigInteger("1267650600228229401496703205376")), Expr.parse("2^100"));
        assertSame(Rational.of(2), Expr.parse("4^(1/2)"));
        assertEquals("sqrt(2)", Expr.parse("2^(1/2)").toString());
    }

    @Test
    void floatsAreContagiousAsInSympy() {
        assertSame(Decimal.of(0.75), Expr.parse("0.5 + 1/4"));
        assertEquals("0.5*x", Expr.parse("x/2.0").toString());
    }

    @Test
    void divisionByExactZeroIsNaN() {
        assertSame(Decimal.NAN, Expr.parse("1/0"));
        assertSame(Decimal.NAN, Expr.parse("x/0"));
        assertSame(Decimal.NAN, Expr.parse("0^(-1)"));
        assertEquals("nan", Expr.parse("x/(y - y)").toString());
    }

    @Test
    void subsReplacesSymbols() {
        Expr f = Expr.parse("x**2 + y");
        assertSame(Rational.of(7), f.subs(x, 2).subs(y, 3));
        assertSame(Decimal.of(3.25), f.subs(x, 0.5).subs(y, 3));
        assertSame(Expr.parse("(y + 1)**2 + y"), f.subs(x, y.add(1)));
        assertSame(Expr.parse("y**2 + x"), f.subs(Map.of(x, y, y, x)));
    }

    @Test
    void freeSymbolsAreSortedByName() {
        assertEquals(List.of(Expr.symbol("a"), x, y), new ArrayList<>(Expr.parse("y*sin(x) + a + pi").freeSymbols()));
    }

    @Test
    void realOperandsAreAcceptedAsConstants() {
        assertSame(Expr.parse("x + 2"), x.add(Real.of(2)));
    }

    @Test
    void doubleValueOfSymbolicExpressionNamesTheSymbols() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> x.add(y).doubleValue());
        assertTrue(e.getMessage().contains("[x, y]"), e.getMessage());
        assertEquals(Math.sqrt(2) + 1, Expr.parse("sqrt(2) + 1").doubleValue(), 1e-15);
    }

    @Test
    void nodeApiForCompilers() {
        Expr f = Expr.parse("3*x**2 + sin(y)");
        assertEquals(Kind.ADD, f.kind());
        assertEquals(2, f.arity());
        Expr term = f.args().stream().filter(a -> a.kind() == Kind.MUL).findFirst().orElseThrow();
        assertEquals(Kind.RATIONAL, term.arg(0).kind());
        assertEquals(Kind.POW, term.arg(1).kind());
        Expr call = f.args().stream().filter(a -> a.kind() == Kind.CALL).findFirst().orElseThrow();
        assertEquals("sin", ((Call) call).name());
        List<Expr> order = Dag.topologicalOrder(f);
        assertSame(f, order.get(order.size() - 1));
        for (int i = 0; i < order.size(); i++) {
            for (Expr c : order.get(i).args()) assertTrue(order.indexOf(c) < i, "children come first");
        }
        assertThrows(IllegalArgumentException.class, () -> f.arg(2));
    }

    @Test
    void symbolNamesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> Expr.symbol("2x"));
        assertThrows(IllegalArgumentException.class, () -> Expr.symbol("sin"));
        assertThrows(IllegalArgumentException.class, () -> Expr.symbol("a-b"));
        assertNotSame(Expr.symbol("x1"), Expr.symbol("x2"));
    }

    @Test
    void treeSizeCountsSharedNodesPerUse() {
        Expr s = x;
        for (int i = 0; i < 40; i++) s = s.mul(s.sin());
        assertTrue(s.nodeCount() < 200);
        assertTrue(Dag.treeSize(s) > 1_000_000_000L);
    }
}
