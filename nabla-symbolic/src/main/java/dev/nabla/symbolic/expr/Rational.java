package dev.nabla.symbolic.expr;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact rational constant {@code p/q} in lowest terms with {@code q > 0}, on {@link BigInteger}s.
 * A fraction with denominator 0 is not a rational: {@link #fraction} gives {@link Decimal#NAN} for it
 * (SymPy's {@code zoo}/{@code nan}).
 *
 * <p>Exact numbers are bounded: numerator and denominator have at most {@link #MAX_BITS} bits. An
 * operation whose exact result would be larger ({@code 1 + 1/2 + … + 1/3000}, {@code 3^10000}) gives a
 * float instead, rounded from the exact value (a power is left unevaluated, {@code 3**10000}); this
 * keeps every arithmetic step on numbers cheap, as SymPy's unbounded integers are not.
 */
public final class Rational extends Constant {
    /** 0. */
    public static final Rational ZERO = of(0);
    /** 1. */
    public static final Rational ONE = of(1);
    /** -1. */
    public static final Rational MINUS_ONE = of(-1);
    /** 2. */
    public static final Rational TWO = of(2);
    /** 1/2. */
    public static final Rational HALF = (Rational) fraction(BigInteger.ONE, BigInteger.TWO);

    /** The most bits of an exact numerator or denominator (616 decimal digits). */
    public static final int MAX_BITS = 2048;

    private final BigInteger numerator;
    private final BigInteger denominator;

    private Rational(BigInteger p, BigInteger q) {
        super(Expr.combine(Expr.combine(0x5A7L, p.hashCode()), q.hashCode()));
        this.numerator = p;
        this.denominator = q;
    }

    /** The integer {@code n}. */
    public static Rational of(long n) {
        return Interner.intern(new Rational(BigInteger.valueOf(n), BigInteger.ONE));
    }

    /**
     * The integer {@code n}.
     *
     * @throws IllegalArgumentException if {@code n} has more than {@link #MAX_BITS} bits
     */
    public static Rational of(BigInteger n) {
        if (n.bitLength() > MAX_BITS) {
            throw new IllegalArgumentException("exact integer of " + n.bitLength() + " bits: exact numbers are limited to " + MAX_BITS + " bits");
        }
        return Interner.intern(new Rational(n, BigInteger.ONE));
    }

    /**
     * {@code p/q} in lowest terms; {@code q = 0} gives NaN (documented: division by exact zero); a result
     * with more than {@link #MAX_BITS} bits in numerator or denominator gives the nearest float.
     */
    public static Constant fraction(BigInteger p, BigInteger q) {
        if (q.signum() == 0) return Decimal.NAN;
        if (p.bitLength() > 4 * MAX_BITS || q.bitLength() > 4 * MAX_BITS) return Decimal.of(quotient(p, q));
        if (q.signum() < 0) {
            p = p.negate();
            q = q.negate();
        }
        BigInteger g = p.gcd(q);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            p = p.divide(g);
            q = q.divide(g);
        }
        if (p.signum() == 0) q = BigInteger.ONE;
        if (p.bitLength() > MAX_BITS || q.bitLength() > MAX_BITS) return Decimal.of(quotient(p, q));
        return Interner.intern(new Rational(p, q));
    }

    /** An integer result: exact within {@link #MAX_BITS} bits, the nearest float beyond. */
    private static Constant integer(BigInteger n) {
        return n.bitLength() > MAX_BITS ? Decimal.of(n.doubleValue()) : of(n);
    }

    /** {@code p/q} rounded to a double (±∞ past the double range). */
    private static double quotient(BigInteger p, BigInteger q) {
        if (q.signum() < 0) {
            p = p.negate();
            q = q.negate();
        }
        int shift = p.bitLength() - q.bitLength();
        if (shift > 1100) return p.signum() * Double.POSITIVE_INFINITY;
        if (shift < -1200) return p.signum() * 0.0;
        return new BigDecimal(p).divide(new BigDecimal(q), MathContext.DECIMAL128).doubleValue();
    }

    /** The numerator {@code p}. */
    public BigInteger numerator() { return numerator; }

    /** The denominator {@code q > 0}. */
    public BigInteger denominator() { return denominator; }

    /** Whether {@code q = 1}. */
    public boolean isInteger() { return denominator.equals(BigInteger.ONE); }

    /** The sign of the value. */
    public int signum() { return numerator.signum(); }

    /** {@code this + o}. */
    public Constant add(Rational o) {
        if (isInteger() && o.isInteger()) return integer(numerator.add(o.numerator));
        return fraction(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)), denominator.multiply(o.denominator));
    }

    /** {@code this · o}. */
    public Constant multiply(Rational o) {
        if (isInteger() && o.isInteger()) return integer(numerator.multiply(o.numerator));
        return fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    /** {@code -this}. */
    public Rational negate() {
        return (Rational) fraction(numerator.negate(), denominator);
    }

    /** {@code this^n} exactly, or {@code null} when the result would exceed {@link #MAX_BITS} bits. */
    public Constant pow(int n) {
        if (n == 0) return ONE;
        long bits = (long) Math.max(numerator.bitLength(), denominator.bitLength()) * Math.abs((long) n);
        if (bits > MAX_BITS) return null;
        BigInteger p = numerator.pow(Math.abs(n));
        BigInteger q = denominator.pow(Math.abs(n));
        return n > 0 ? fraction(p, q) : fraction(q, p);
    }

    /** The exact {@code k}-th root if both numerator and denominator are perfect {@code k}-th powers, else {@code null}. */
    public Rational root(int k) {
        if (k <= 0 || (numerator.signum() < 0 && k % 2 == 0)) return null;
        BigInteger p = integerRoot(numerator.abs(), k);
        BigInteger q = integerRoot(denominator, k);
        if (p == null || q == null) return null;
        return (Rational) fraction(numerator.signum() < 0 ? p.negate() : p, q);
    }

    private static BigInteger integerRoot(BigInteger n, int k) {
        if (n.signum() == 0 || n.equals(BigInteger.ONE)) return n;
        if (n.bitLength() > 4096) return null;
        BigInteger r = BigInteger.valueOf((long) Math.floor(Math.pow(n.doubleValue(), 1.0 / k)));
        for (BigInteger c = r.subtract(BigInteger.ONE).max(BigInteger.ZERO); c.compareTo(r.add(BigInteger.TWO)) <= 0; c = c.add(BigInteger.ONE)) {
            if (c.pow(k).equals(n)) return c;
        }
        return null;
    }

    /** Numeric comparison. */
    public int compareTo(Rational o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    @Override
    public double value() {
        if (isInteger()) return numerator.doubleValue();
        if (numerator.bitLength() < 53 && denominator.bitLength() < 53) return numerator.doubleValue() / denominator.doubleValue();
        return quotient(numerator, denominator);
    }

    @Override public Kind kind() { return Kind.RATIONAL; }
    @Override public boolean isNumber() { return true; }

    @Override
    boolean sameNode(Expr other) {
        Rational r = (Rational) other;
        return numerator.equals(r.numerator) && denominator.equals(r.denominator);
    }
}
