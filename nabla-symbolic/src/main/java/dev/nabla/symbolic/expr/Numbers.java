package dev.nabla.symbolic.expr;

/** Arithmetic on numeric constants: exact on two rationals, floating-point as soon as a float is involved. */
final class Numbers {
    private Numbers() {}

    static Constant add(Constant a, Constant b) {
        if (a instanceof Rational x && b instanceof Rational y) return x.add(y);
        return Decimal.of(a.value() + b.value());
    }

    static Constant multiply(Constant a, Constant b) {
        if (a instanceof Rational x && b instanceof Rational y) return x.multiply(y);
        return Decimal.of(a.value() * b.value());
    }

    static boolean isZero(Expr e) {
        return e == Rational.ZERO;
    }

    static boolean isOne(Expr e) {
        return e == Rational.ONE;
    }

    static boolean isNaN(Expr e) {
        return e instanceof Decimal d && Double.isNaN(d.value());
    }

    /** Whether {@code e} is a negative number. */
    static boolean isNegative(Expr e) {
        if (e instanceof Rational r) return r.signum() < 0;
        return e instanceof Decimal d && d.value() < 0;
    }
}
