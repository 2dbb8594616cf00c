package dev.nabla.symbolic.simplify;

import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SimplifyTest {
    private final Symbol x = Expr.symbol("x");

    @Test
    void pythagoreanIdentities() {
        assertSame(Rational.ONE, Expr.parse("sin(x)**2 + cos(x)**2").simplify());
        assertSame(Expr.parse("3 + y"), Expr.parse("3*sin(x*y)**2 + y + 3*cos(x*y)**2").simplify());
        assertSame(Rational.of(2), Expr.parse("2*cosh(x)**2 - 2*sinh(x)**2").simplify());
    }

    @Test
    void exponentialsAndLogarithms() {
        assertSame(Expr.parse("exp(x + y)*z"), Expr.parse("exp(x)*z*exp(y)").simplify());
        assertSame(Expr.parse("x**2 + 1"), Expr.parse("log(exp(x**2 + 1))").simplify());
        assertSame(Expr.parse("x**4"), Expr.parse("abs(x)**4").simplify());
    }

    @Test
    void commonFactorLetsLikeTermsCollect() {
        Expr f = Expr.parse("(4 - 4*l)*g - 4*l*g");
        assertSame(Expr.parse("(4 - 8*l)*g"), f.simplify());
        assertSame(Expr.parse("x*(y + z) + 1"), Expr.parse("x*y + x*z + 1").simplify());
    }

    @Test
    void simplifyIsIdempotentOnCanonicalInput() {
        Expr f = Expr.parse("3*x**2 + sin(y)*x - 5");
        assertSame(f, f.simplify());
    }

    @Test
    void simplifyNeverExpands() {
        Expr f = Expr.parse("(x + 1)**40 * (y - 2)**30");
        assertSame(f, f.simplify());
    }

    @Test
    void expandDistributesAndExpandsPowers() {
        assertSame(Expr.parse("x**2 + 2*x + 1"), Expr.parse("(x + 1)**2").expand());
        assertSame(Expr.parse("x*y + x*z + 2*y + 2*z"), Expr.parse("(x + 2)*(y + z)").expand());
        assertSame(Rational.ZERO, Expr.parse("(x + 1)*(x - 1) - x**2 + 1").expand());
        double v = Expr.parse("(x - 3)**5").expand().evalf(Map.of("x", 1.25));
        assertEquals(Math.pow(-1.75, 5), v, 1e-12);
    }

    @Test
    void expandStopsBeforeExploding() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Expr.parse("(a + b + c + d + f + g + h + k + m + n)**8").expand());
        assertTrue(e.getMessage().startsWith("expand:"), e.getMessage());
    }

    @Test
    void simplifyOfLargeGraphIsBoundedInSize() {
        Expr l = x;
        for (int k = 0; k < 10; k++) l = l.mul(4).mul(Rational.ONE.sub(l));
        Expr d = l.diff(x);
        Expr s = d.simplify();
        assertTrue(s.nodeCount() <= 2 * d.nodeCount(), s.nodeCount() + " > 2 * " + d.nodeCount());
        assertEquals(d.evalf(Map.of("x", 0.3)), s.evalf(Map.of("x", 0.3)), 1e-6 * Math.abs(d.evalf(Map.of("x", 0.3))));
    }
}
