package dev.nabla.symbolic.expr;

import dev.nabla.core.rules.Primitives;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** {@code base ^ exponent}. Square roots are {@code x^(1/2)}, reciprocals {@code x^(-1)}. */
public final class Pow extends Expr {
    private final Expr base;
    private final Expr exponent;

    private Pow(Expr base, Expr exponent) {
        super(combine(combine(0x90EL, base.structuralHash()), exponent.structuralHash()));
        this.base = base;
        this.exponent = exponent;
    }

    /** The base. */
    public Expr base() { return base; }

    /** The exponent. */
    public Expr exponent() { return exponent; }

    @Override public Kind kind() { return Kind.POW; }
    @Override public int arity() { return 2; }

    @Override
    public Expr arg(int i) {
        if (i == 0) return base;
        if (i == 1) return exponent;
        throw new IllegalArgumentException("arg(" + i + "): a POW node has 2 children");
    }

    @Override
    boolean sameNode(Expr other) {
        Pow p = (Pow) other;
        return p.base == base && p.exponent == exponent;
    }

    /**
     * {@code base ^ exponent} in canonical form: {@code x⁰ = 1} (also {@code 0⁰}, as IEEE),
     * {@code x¹ = x}, {@code 1^x = 1}, exact powers and roots of rationals folded
     * ({@code 4^(1/2) = 2}; {@code 2^(1/2)} stays), {@code 0^(-n)} is NaN, float operands folded,
     * {@code e^x = exp(x)}, {@code (x^a)^n = x^(a·n)}, {@code exp(a)^n = exp(n·a)} and
     * {@code (x·y)^n = xⁿ·yⁿ} for integer {@code n}.
     */
    public static Expr of(Expr base, Expr exponent) {
        if (exponent == Rational.ZERO) return Rational.ONE;
        if (exponent == Rational.ONE) return base;
        if (base == Rational.ONE) return Rational.ONE;
        if (Numbers.isNaN(base) || Numbers.isNaN(exponent)) return Decimal.NAN;
        if (base.isNumber() && exponent.isNumber()) {
            Expr folded = foldNumbers((Constant) base, (Constant) exponent);
            if (folded != null) return folded;
        } else if (base == Rational.ZERO && exponent.isNumber()) {
            return ((Constant) exponent).value() > 0 ? Rational.ZERO : Decimal.NAN;
        }
        if (base == NamedConstant.E) return Call.of(Primitives.EXP, exponent);
        if (exponent instanceof Rational n && n.isInteger()) {
            if (base instanceof Pow p) return of(p.base, Mul.of(p.exponent, n));
            if (base instanceof Call c && c.primitive() == Primitives.EXP) return Call.of(Primitives.EXP, Mul.of(n, c.arg(0)));
            if (base instanceof Mul m) {
                List<Expr> factors = new ArrayList<>(m.arity());
                for (int i = 0; i < m.arity(); i++) factors.add(of(m.arg(i), n));
                return Mul.of(factors);
            }
        }
        return Interner.intern(new Pow(base, exponent));
    }

    private static Expr foldNumbers(Constant base, Constant exponent) {
        if (base instanceof Rational b && exponent instanceof Rational e) {
            if (e.isInteger()) {
                if (e.numerator().bitLength() > 31) return null;
                return b.pow(e.numerator().intValue());
            }
            if (b.signum() == 0) return e.signum() > 0 ? Rational.ZERO : Decimal.NAN;
            BigInteger q = e.denominator();
            if (q.bitLength() > 16) return null;
            Rational root = b.root(q.intValue());
            if (root == null) return null;
            return of(root, Rational.of(e.numerator()));
        }
        return Decimal.of(Math.pow(base.value(), exponent.value()));
    }
}
