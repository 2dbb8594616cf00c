package dev.nabla.symbolic.expr;

/** A constant: an exact {@link Rational}, a floating-point {@link Decimal}, or {@code pi}/{@code e}. */
public abstract sealed class Constant extends Expr permits Rational, Decimal, NamedConstant {

    Constant(long hash) {
        super(hash);
    }

    /** The value as a double (rounded for rationals and named constants). */
    public abstract double value();

    /**
     * The constant {@code c}: exact when {@code c} is an integer or has a power-of-two denominator up to
     * 1024 (exact, since a double is a dyadic rational), a {@link Decimal} otherwise (also for NaN, ±∞).
     */
    public static Constant of(double c) {
        if (Double.isFinite(c)) {
            double scaled = c * 1024;
            if (scaled == Math.rint(scaled) && Math.abs(c) < 0x1p62) {
                if (c == Math.rint(c)) return Rational.of((long) c);
                return Rational.fraction(java.math.BigInteger.valueOf((long) scaled), java.math.BigInteger.valueOf(1024));
            }
        }
        return Decimal.of(c);
    }
}
