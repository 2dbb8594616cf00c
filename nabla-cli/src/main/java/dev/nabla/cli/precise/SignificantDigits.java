package dev.nabla.cli.precise;

import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The value of an expression to {@code N} correct significant digits, as SymPy's {@code evalf(N)}:
 * evaluated at a working precision of {@code N + 15} digits and again at {@code N + 30}, then at twice the
 * last precision and so on, until two successive evaluations agree to {@code N + 3} digits (cancellation such as {@code exp(x) - 1} at a
 * small {@code x} costs digits that the higher precision restores). A value that keeps shrinking as the
 * precision rises is zero as far as {@link #MAX_WORKING_FACTOR}{@code ·N} digits can tell; it is reported as
 * a {@link Result} that says so.
 */
public final class SignificantDigits {
    private SignificantDigits() {}

    /** The largest {@code N} accepted: at 1000 digits big-math's atan, asin and acosh take seconds each. */
    public static final int MAX_DIGITS = 1_000;

    /** The working precision stops rising at this multiple of {@code N + 15} digits. */
    static final int MAX_WORKING_FACTOR = 4;

    private static final int GUARD = 15;

    /**
     * A value and what is certain about it.
     *
     * @param value   the value rounded to {@code digits} significant digits (zero when {@code zeroBelow} is set)
     * @param digits  the significant digits requested
     * @param zero    whether the value is indistinguishable from zero: every evaluation gave 0, or a value
     *                that kept shrinking as the precision rose
     * @param zeroBelow when {@code zero} and not exactly 0: the value's magnitude is below {@code 10^zeroBelow}
     */
    public record Result(BigDecimal value, int digits, boolean zero, int zeroBelow) {}

    /**
     * {@code e} at {@code point} (each value a constant expression, evaluated at the same precision:
     * {@code pi/4} is exact) to {@code digits} significant digits.
     *
     * @throws IllegalArgumentException if {@code digits} is outside {@code 1..MAX_DIGITS}, or a variable has no value
     * @throws ArithmeticException      where the value is not a real number
     */
    public static Result of(Expr e, Map<Symbol, Expr> point, int digits) {
        if (digits < 1 || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("--digits must be from 1 to " + MAX_DIGITS + ", got " + digits);
        }
        int precision = digits + GUARD;
        BigDecimal previous = at(e, point, precision);
        int limit = MAX_WORKING_FACTOR * (digits + GUARD);
        while (true) {
            int next = Math.min(precision == digits + GUARD ? precision + GUARD : 2 * precision, limit);
            BigDecimal current = at(e, point, next);
            if (current.signum() == 0 && previous.signum() == 0) return new Result(BigDecimal.ZERO, digits, true, 0);
            if (agree(previous, current, digits + 3)) {
                return new Result(current.round(new MathContext(digits, RoundingMode.HALF_EVEN)), digits, false, 0);
            }
            if (next >= limit) {
                int bound = PrecisePrimitives.exponent(current.abs().max(previous.abs())) + 1;
                return new Result(BigDecimal.ZERO, digits, true, bound);
            }
            previous = current;
            precision = next;
        }
    }

    private static BigDecimal at(Expr e, Map<Symbol, Expr> point, int precision) {
        Map<Symbol, BigDecimal> values = new LinkedHashMap<>();
        point.forEach((s, v) -> values.put(s, PreciseEvaluator.evaluate(v, Map.of(), precision)));
        return PreciseEvaluator.evaluate(e, values, precision);
    }

    /** Whether {@code |a - b| ≤ 10^-digits · |b|}. */
    private static boolean agree(BigDecimal a, BigDecimal b, int digits) {
        if (b.signum() == 0) return a.signum() == 0;
        BigDecimal diff = a.subtract(b).abs();
        return diff.compareTo(b.abs().scaleByPowerOfTen(-digits)) <= 0;
    }
}
