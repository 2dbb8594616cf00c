package dev.nabla.cli.precise;

import ch.obermuhlner.math.big.BigDecimalMath;
import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The value of each primitive of {@link Primitives} on {@link BigDecimal}, at a given precision; keyed
 * by the primitive itself (never by name). Outside the real domain (log of a negative number, asin of
 * 2, 0 to a negative power) a value is an {@link ArithmeticException} naming the function and the
 * argument, since a {@code BigDecimal} has no NaN or infinity.
 */
final class PrecisePrimitives {
    private PrecisePrimitives() {}

    /** {@code f(x)} with {@code mc.getPrecision()} significant digits. */
    @FunctionalInterface
    interface Unary {
        BigDecimal apply(BigDecimal x, MathContext mc);
    }

    /** {@code f(x, y)} with {@code mc.getPrecision()} significant digits. */
    @FunctionalInterface
    interface Binary {
        BigDecimal apply(BigDecimal x, BigDecimal y, MathContext mc);
    }

    private static final BigDecimal HALF = new BigDecimal("0.5");
    /** Largest |x| for exp, sinh, cosh: e^x then has about 4.3·10⁷ decimal digits before the point. */
    private static final BigDecimal EXP_LIMIT = BigDecimal.valueOf(100_000_000);

    private static final Map<Primitive, Unary> UNARY = new IdentityHashMap<>();
    private static final Map<Primitive, Binary> BINARY = new IdentityHashMap<>();

    static {
        UNARY.put(Primitives.NEG, (x, mc) -> x.negate(mc));
        UNARY.put(Primitives.SQRT, (x, mc) -> {
            requireAtLeast("sqrt", x, 0);
            return BigDecimalMath.sqrt(x, mc);
        });
        UNARY.put(Primitives.CBRT, (x, mc) -> {
            BigDecimal r = BigDecimalMath.root(x.abs(), BigDecimal.valueOf(3), mc);
            return x.signum() < 0 ? r.negate() : r;
        });
        UNARY.put(Primitives.EXP, (x, mc) -> BigDecimalMath.exp(limited("exp", x), mc));
        UNARY.put(Primitives.EXPM1, (x, mc) -> {
            MathContext wider = new MathContext(mc.getPrecision() + Math.max(0, -exponent(x)) + 2);
            return BigDecimalMath.exp(limited("expm1", x), wider).subtract(BigDecimal.ONE).round(mc);
        });
        UNARY.put(Primitives.LOG, (x, mc) -> BigDecimalMath.log(positive("log", x), mc));
        UNARY.put(Primitives.LOG1P, (x, mc) -> {
            if (x.signum() == 0) return BigDecimal.ZERO;
            BigDecimal onePlus = positive("log1p", BigDecimal.ONE.add(x));
            MathContext wider = new MathContext(mc.getPrecision() + Math.max(0, -exponent(x)) + 2);
            return BigDecimalMath.log(onePlus, wider).round(mc);
        });
        // log(x)/ln 10 with ln 10 by Newton's method: big-math's log10, and its log of 10 after some sequences
        // of calls, gave values wrong from about the 94th digit in the SymPy comparison
        UNARY.put(Primitives.LOG10, (x, mc) -> {
            MathContext wider = new MathContext(mc.getPrecision() + 5);
            return BigDecimalMath.log(positive("log10", x), wider).divide(lnTen(wider), mc);
        });
        UNARY.put(Primitives.SIN, BigDecimalMath::sin);
        UNARY.put(Primitives.COS, BigDecimalMath::cos);
        UNARY.put(Primitives.TAN, BigDecimalMath::tan);
        UNARY.put(Primitives.ASIN, (x, mc) -> BigDecimalMath.asin(inUnitInterval("asin", x), mc));
        UNARY.put(Primitives.ACOS, (x, mc) -> BigDecimalMath.acos(inUnitInterval("acos", x), mc));
        UNARY.put(Primitives.ATAN, BigDecimalMath::atan);
        UNARY.put(Primitives.SINH, (x, mc) -> BigDecimalMath.sinh(limited("sinh", x), mc));
        UNARY.put(Primitives.COSH, (x, mc) -> BigDecimalMath.cosh(limited("cosh", x), mc));
        UNARY.put(Primitives.TANH, BigDecimalMath::tanh);
        UNARY.put(Primitives.ASINH, BigDecimalMath::asinh);
        UNARY.put(Primitives.ACOSH, (x, mc) -> {
            requireAtLeast("acosh", x, 1);
            return BigDecimalMath.acosh(x, mc);
        });
        UNARY.put(Primitives.ATANH, (x, mc) -> {
            if (x.abs().compareTo(BigDecimal.ONE) >= 0) throw notReal("atanh", x, "defined for -1 < x < 1");
            return BigDecimalMath.atanh(x, mc);
        });
        UNARY.put(Primitives.SIGN, (x, mc) -> BigDecimal.valueOf(x.signum()));
        UNARY.put(Primitives.HEAVISIDE, (x, mc) -> x.signum() > 0 ? BigDecimal.ONE : x.signum() < 0 ? BigDecimal.ZERO : HALF);
        UNARY.put(Primitives.ABS, (x, mc) -> x.abs(mc));

        BINARY.put(Primitives.ADD, (x, y, mc) -> x.add(y, mc));
        BINARY.put(Primitives.SUB, (x, y, mc) -> x.subtract(y, mc));
        BINARY.put(Primitives.MUL, (x, y, mc) -> x.multiply(y, mc));
        BINARY.put(Primitives.DIV, PrecisePrimitives::divide);
        BINARY.put(Primitives.POW, PrecisePrimitives::pow);
        BINARY.put(Primitives.ATAN2, (y, x, mc) -> {
            if (x.signum() == 0 && y.signum() == 0) throw new ArithmeticException("atan2(0, 0) is undefined");
            return BigDecimalMath.atan2(y, x, mc);
        });
        BINARY.put(Primitives.MIN, (x, y, mc) -> x.min(y).round(mc));
        BINARY.put(Primitives.MAX, (x, y, mc) -> x.max(y).round(mc));
        BINARY.put(Primitives.HYPOT, (x, y, mc) -> {
            MathContext wider = new MathContext(mc.getPrecision() + 2);
            return BigDecimalMath.sqrt(x.multiply(x).add(y.multiply(y)), wider).round(mc);
        });
    }

    /** The arbitrary-precision value of a one-operand primitive, if it has one. */
    static Optional<Unary> unary(Primitive p) {
        return Optional.ofNullable(UNARY.get(p));
    }

    /** The arbitrary-precision value of a two-operand primitive, if it has one. */
    static Optional<Binary> binary(Primitive p) {
        return Optional.ofNullable(BINARY.get(p));
    }

    /**
     * {@code ln 10} by Newton's method on {@code e^y = 10}: {@code y ← y + 2(10 - e^y)/(10 + e^y)}, which
     * triples the correct digits each step, from the double {@code Math.log(10)}.
     */
    static BigDecimal lnTen(MathContext mc) {
        MathContext wider = new MathContext(mc.getPrecision() + 10);
        BigDecimal y = new BigDecimal(Math.log(10));
        BigDecimal ten = BigDecimal.TEN;
        for (int correct = 15; correct < wider.getPrecision() * 3; correct *= 3) {
            BigDecimal ey = BigDecimalMath.exp(y, wider);
            y = y.add(ten.subtract(ey).multiply(BigDecimal.valueOf(2)).divide(ten.add(ey), wider), wider);
        }
        return y.round(mc);
    }

    static BigDecimal divide(BigDecimal x, BigDecimal y, MathContext mc) {
        if (y.signum() == 0) throw new ArithmeticException("division by zero (" + Describe.number(x) + "/0)");
        return x.divide(y, mc);
    }

    /**
     * {@code x^y}: by repeated squaring for an integer {@code y}; {@code e^(y log x)} for {@code x > 0};
     * {@code 0^y = 0} for {@code y > 0}. A negative base with a non-integer exponent is not real (SymPy's
     * principal root is complex), and {@code 0} to a power {@code ≤ 0} other than {@code 0⁰ = 1} is undefined.
     */
    static BigDecimal pow(BigDecimal x, BigDecimal y, MathContext mc) {
        if (y.signum() == 0) return BigDecimal.ONE;
        if (x.signum() == 0) {
            if (y.signum() > 0) return BigDecimal.ZERO;
            throw new ArithmeticException("0 to the power " + Describe.number(y) + " is undefined (division by zero)");
        }
        double magnitude = Math.abs(y.doubleValue()) * Math.max(1, Math.abs(exponent(x) + 1));
        if (magnitude > 1e8) {
            throw new ArithmeticException("pow: " + Describe.number(x) + "^" + Describe.number(y) + " is too large or too small to evaluate in arbitrary precision");
        }
        if (isInteger(y)) {
            long n = y.longValueExact();
            BigDecimal r = BigDecimalMath.pow(x.abs(), n, new MathContext(mc.getPrecision() + 2));
            return (x.signum() < 0 && (n & 1) == 1 ? r.negate() : r).round(mc);
        }
        if (x.signum() < 0) {
            throw new ArithmeticException("(" + Describe.number(x) + ")^" + Describe.number(y)
                    + " is not a real number (a negative base needs an integer exponent)");
        }
        return BigDecimalMath.pow(x, y, mc);
    }

    static boolean isInteger(BigDecimal y) {
        return y.signum() == 0 || y.stripTrailingZeros().scale() <= 0;
    }

    /** The decimal exponent of {@code x}: {@code x = m · 10^exponent} with {@code 1 ≤ |m| < 10}. */
    static int exponent(BigDecimal x) {
        return x.signum() == 0 ? 0 : x.precision() - x.scale() - 1;
    }

    private static BigDecimal limited(String name, BigDecimal x) {
        if (x.abs().compareTo(EXP_LIMIT) > 0) {
            throw new ArithmeticException(name + "(" + Describe.number(x) + "): the argument exceeds 1e8, too large to evaluate in arbitrary precision");
        }
        return x;
    }

    private static BigDecimal positive(String name, BigDecimal x) {
        if (x.signum() == 0) throw new ArithmeticException(name + "(0) is -infinity");
        if (x.signum() < 0) throw notReal(name, x, "defined for x > 0");
        return x;
    }

    private static BigDecimal inUnitInterval(String name, BigDecimal x) {
        if (x.abs().compareTo(BigDecimal.ONE) > 0) throw notReal(name, x, "defined for -1 <= x <= 1");
        return x;
    }

    private static void requireAtLeast(String name, BigDecimal x, int lower) {
        if (x.compareTo(BigDecimal.valueOf(lower)) < 0) throw notReal(name, x, "defined for x >= " + lower);
    }

    private static ArithmeticException notReal(String name, BigDecimal x, String domain) {
        return new ArithmeticException(name + "(" + Describe.number(x) + ") is not a real number (" + domain + ")");
    }
}
