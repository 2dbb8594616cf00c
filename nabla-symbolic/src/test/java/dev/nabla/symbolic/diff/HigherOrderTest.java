package dev.nabla.symbolic.diff;

import dev.nabla.core.rules.Primitives;
import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.Constant;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Mul;
import dev.nabla.symbolic.expr.Pow;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Higher-order derivatives stay compact and are bounded. */
class HigherOrderTest {
    private final Symbol x = Expr.symbol("x");
    private final Expr tan = Expr.parse("tan(x)");

    /** {@code tan⁽ⁿ⁾ = Pₙ(tan x)} with {@code P₀ = t}, {@code Pₙ₊₁ = (1 + t²)·Pₙ′}: coefficients by this recurrence, exactly. */
    private static BigInteger[] tanPolynomial(int n) {
        BigInteger[] p = new BigInteger[n + 2];
        java.util.Arrays.fill(p, BigInteger.ZERO);
        p[1] = BigInteger.ONE;
        for (int k = 0; k < n; k++) {
            BigInteger[] next = new BigInteger[n + 2];
            java.util.Arrays.fill(next, BigInteger.ZERO);
            for (int j = 1; j < p.length; j++) {
                if (p[j].signum() == 0) continue;
                BigInteger d = p[j].multiply(BigInteger.valueOf(j));
                next[j - 1] = next[j - 1].add(d);
                if (j + 1 < next.length) next[j + 1] = next[j + 1].add(d);
            }
            p = next;
        }
        return p;
    }

    @Test
    void theTwentyFourthDerivativeOfTanIsAPolynomialOfDegree25InTan() {
        Expr d = tan.diff(x, 24);
        BigInteger[] expected = tanPolynomial(24);
        Map<Integer, BigInteger> got = new HashMap<>();
        for (Expr term : d.args()) {
            BigInteger k = BigInteger.ONE;
            Expr power = term;
            if (term instanceof Mul m) {
                k = ((Rational) m.coefficient()).numerator();
                power = m.withoutCoefficient();
            }
            int degree = power instanceof Pow p ? ((Rational) p.exponent()).numerator().intValueExact() : 1;
            Expr base = power instanceof Pow p ? p.base() : power;
            assertSame(tan, base, term.toString());
            got.put(degree, k);
        }
        for (int j = 0; j < expected.length; j++) {
            assertEquals(expected[j], got.getOrDefault(j, BigInteger.ZERO), "coefficient of tan(x)**" + j);
        }
        assertEquals(25, got.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow(), "degree n + 1");
        assertEquals(13, d.arity(), "the odd powers 1, 3, …, 25");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"tan(x) | 6", "x**x | 5", "exp(x**2)*sin(x) | 6", "tanh(sin(x)) | 5", "log(1 + x**2)/x | 5",
            "atan(x) | 6", "sqrt(1 + x**2) | 5", "x**3*y**2 + sin(x*y) | 4"})
    void compactFormsHaveTheValueOfRepeatedDifferentiation(String input, int order) {
        Expr f = Expr.parse(input);
        Expr naive = f;
        for (int k = 1; k <= order; k++) {
            naive = Differentiator.diff(naive, x);
            Expr compact = f.diff(x, k);
            for (double at : new double[] {0.3, 0.7, 1.3}) {
                Map<String, Double> point = Map.of("x", at, "y", 0.6);
                double want = naive.evalf(point);
                assertEquals(want, compact.evalf(point), 1e-9 * Math.max(1, Math.abs(want)), input + " order " + k + " at " + at);
            }
        }
    }

    @Test
    void theFirstOrderIsThePlainDerivative() {
        Expr f = Expr.parse("(x + 1)**3*exp(x)");
        assertSame(f.diff(x), f.diff(x, 1));
        assertSame(f, f.diff(x, 0));
    }

    @Test
    void ordersPastTheLimitAreRejectedBeforeAnyWork() {
        DerivativeLimitException e = assertThrows(DerivativeLimitException.class, () -> Expr.parse("sin(x)").diff(x, Integer.MAX_VALUE));
        assertEquals(DerivativeLimitException.Limit.ORDER, e.limit());
        assertEquals(Integer.MAX_VALUE, e.value());
        assertEquals(Differentiator.MAX_ORDER, e.bound());
        assertEquals("diff: order 2147483647 is above the limit of " + Differentiator.MAX_ORDER, e.getMessage());
        Symbol[] many = new Symbol[Differentiator.MAX_ORDER + 1];
        java.util.Arrays.fill(many, x);
        assertThrows(DerivativeLimitException.class, () -> tan.diff(many));
        assertSame(Expr.parse("-sin(x)"), Expr.parse("sin(x)").diff(x, Differentiator.MAX_ORDER + 2 - 4));
    }

    @Test
    void theHighestOrderOfTanStaysSmall() {
        Expr d = tan.diff(x, Differentiator.MAX_ORDER);
        assertEquals(Differentiator.MAX_ORDER / 2 + 1, d.arity(), "one term per odd power up to n + 1");
        assertTrue(d.args().stream().allMatch(t -> t instanceof Mul m && m.coefficient() instanceof Constant && (m.withoutCoefficient() == tan
                || m.withoutCoefficient() instanceof Pow p && p.base() == tan)), d::toString);
        assertTrue(d.args().stream().noneMatch(t -> t instanceof Call c && c.primitive() == Primitives.COS));
    }
}
