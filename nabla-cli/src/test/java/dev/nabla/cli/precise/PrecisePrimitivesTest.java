package dev.nabla.cli.precise;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.Domain;
import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.UnaryPrimitive;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

/** Every primitive of the rule table has an arbitrary-precision value, and it agrees with the double one. */
class PrecisePrimitivesTest {

    private static final MathContext MC = new MathContext(40);

    /** Points inside the domain's interval: near each finite bound and in the middle. */
    static double[] samples(Domain.Interval i) {
        double lo = Double.isInfinite(i.lower()) ? -3.7 : i.lower(), hi = Double.isInfinite(i.upper()) ? 4.1 : i.upper();
        return new double[] {lo + (hi - lo) * 0.013, lo + (hi - lo) * 0.41, lo + (hi - lo) * 0.97};
    }

    @Test
    void everyPrimitiveAgreesWithItsDoubleValue() {
        for (Primitive p : Primitives.all()) {
            List<Domain.Interval> intervals = p.domain().intervals();
            if (p instanceof UnaryPrimitive u) {
                PrecisePrimitives.Unary f = PrecisePrimitives.unary(u).orElseThrow(() -> new AssertionError(p.name() + " has no precise value"));
                for (double x : samples(intervals.get(0))) {
                    check(p.name() + "(" + x + ")", u.value().applyAsDouble(x), f.apply(new BigDecimal(x), MC));
                }
            } else {
                BinaryPrimitive b = (BinaryPrimitive) p;
                PrecisePrimitives.Binary f = PrecisePrimitives.binary(b).orElseThrow(() -> new AssertionError(p.name() + " has no precise value"));
                for (double x : samples(intervals.get(0))) {
                    for (double y : samples(intervals.get(intervals.size() - 1))) {
                        check(p.name() + "(" + x + ", " + y + ")", b.value().applyAsDouble(x, y), f.apply(new BigDecimal(x), new BigDecimal(y), MC));
                    }
                }
            }
        }
    }

    private static void check(String what, double expected, BigDecimal actual) {
        // the double side is not always correctly rounded (atanh is 0.5·log1p(2x/(1 - x)) there)
        assertEquals(expected, actual.doubleValue(), 1e-14 * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void outsideTheRealDomainTheMessageNamesTheFunctionAndArgument() {
        Symbol x = Symbol.of("x");
        assertEquals("log(-1) is not a real number (defined for x > 0)",
                assertThrows(ArithmeticException.class, () -> PreciseEvaluator.evaluate(Expr.parse("log(x)"), Map.of(x, BigDecimal.ONE.negate()), 20)).getMessage());
        assertTrue(assertThrows(ArithmeticException.class, () -> PreciseEvaluator.evaluate(Expr.parse("1/x"), Map.of(x, BigDecimal.ZERO), 20))
                .getMessage().contains("undefined"));
        assertTrue(assertThrows(ArithmeticException.class, () -> PreciseEvaluator.evaluate(Expr.parse("asin(x)"), Map.of(x, BigDecimal.TEN), 20))
                .getMessage().startsWith("asin(10) is not a real number"));
        assertTrue(assertThrows(ArithmeticException.class, () -> PreciseEvaluator.evaluate(Expr.parse("x^(1/3)"), Map.of(x, BigDecimal.TEN.negate()), 20))
                .getMessage().contains("integer exponent"));
        assertEquals("-2", PreciseEvaluator.evaluate(Expr.parse("cbrt(x)"), Map.of(x, BigDecimal.valueOf(-8)), 20).stripTrailingZeros().toPlainString());
    }

    @Test
    void cancellationIsRecoveredByRaisingThePrecision() {
        Symbol x = Symbol.of("x");
        // exp(1e-30) - 1 = 1e-30 + 5e-61 + ...: at 45 working digits the subtraction keeps 15 of them
        SignificantDigits.Result r = SignificantDigits.of(Expr.parse("exp(x) - 1"), Map.of(x, Expr.parse("10^(-30)")), 30);
        assertEquals(new BigDecimal("1.00000000000000000000000000000e-30"), r.value());
        assertEquals("1.00000000000000000000000000000e-30", SympyFloat.format(r.value(), 30));
        SignificantDigits.Result zero = SignificantDigits.of(Expr.parse("sin(x)"), Map.of(x, Expr.parse("pi")), 20);
        assertTrue(zero.zero() && zero.zeroBelow() < -50, zero.toString());
    }

    @Test
    void theNumberOfDigitsIsBounded() {
        String m = assertThrows(IllegalArgumentException.class, () -> SignificantDigits.of(Expr.parse("2"), Map.of(), SignificantDigits.MAX_DIGITS + 1)).getMessage();
        assertEquals("--digits must be from 1 to 1000, got 1001", m);
        assertThrows(IllegalArgumentException.class, () -> SignificantDigits.of(Expr.parse("2"), Map.of(), 0));
    }

    @Test
    void sympysLayout() {
        assertEquals("1.41421356237309504880168872421", SympyFloat.format(new BigDecimal("1.414213562373095048801688724209698"), 30));
        assertEquals("5.184705529e+21", SympyFloat.format(new BigDecimal("5184705528587072464087.45"), 10));
        assertEquals("1.9287e-22", SympyFloat.format(new BigDecimal("1.92874984796e-22"), 5)); // SymPy prints 1.9288e-22: its 20-bit binary value rounds up
        assertEquals("3.14e+3", SympyFloat.format(new BigDecimal("3141.59"), 3));
        assertEquals("100.", SympyFloat.format(new BigDecimal("100"), 3));
        assertEquals("1.00e+3", SympyFloat.format(new BigDecimal("1000"), 3));
        assertEquals("-0.333", SympyFloat.format(new BigDecimal("-0.33333"), 3));
        assertEquals("3.14159265358979e-7", SympyFloat.format(new BigDecimal("3.14159265358979323e-7"), 15));
        assertEquals("0.33333333333333333333", SympyFloat.format(new BigDecimal("0.333333333333333333333333"), 20));
    }
}
