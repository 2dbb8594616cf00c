package dev.nabla.symbolic.cse;

import dev.nabla.symbolic.expr.Constant;
import dev.nabla.symbolic.expr.Dag;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Mul;
import dev.nabla.symbolic.expr.Pow;
import dev.nabla.symbolic.expr.Rational;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The number of operations of an expression written out as a tree, counted as SymPy's
 * {@code count_ops} counts the printed form: a sum of n terms has n - 1 additions or subtractions
 * ({@code x - y} is one subtraction, not a negation and an addition), a product the multiplications
 * and at most one division of its printed fraction, {@code 1/x} one division, {@code x**n} one power,
 * each function call one; a leading minus one negation. Saturates at {@link Long#MAX_VALUE}.
 */
public final class OpCount {
    private OpCount() {}

    /** The operation count of {@code e}. */
    public static long of(Expr e) {
        Map<Expr, Long> unsigned = new IdentityHashMap<>();
        for (Expr n : Dag.topologicalOrder(e)) unsigned.put(n, count(n, unsigned));
        return add(unsigned.get(e), isNegative(e) ? 1 : 0);
    }

    /** Operations of {@code n} with a leading minus sign not counted. */
    private static long count(Expr n, Map<Expr, Long> c) {
        switch (n.kind()) {
            case ADD: {
                long s = n.arity() - 1;
                boolean allNegative = true;
                for (Expr t : n.args()) {
                    s = add(s, c.get(t));
                    allNegative &= isNegative(t);
                }
                return add(s, allNegative ? 1 : 0);
            }
            case MUL: {
                Mul m = (Mul) n;
                int numerator = 0;
                int denominator = 0;
                long s = 0;
                Constant k = m.coefficient();
                if (k instanceof Rational r) {
                    if (!r.numerator().abs().equals(java.math.BigInteger.ONE)) numerator++;
                    if (!r.isInteger()) denominator++;
                } else if (k != null) {
                    numerator++;
                }
                for (Expr f : m.args()) {
                    if (f.isNumber()) continue;
                    if (f instanceof Pow p && p.exponent() instanceof Rational e && e.signum() < 0) {
                        denominator++;
                        s = add(s, c.get(p.base()));
                        if (!e.equals(Rational.MINUS_ONE)) s = add(s, 1);
                    } else {
                        numerator++;
                        s = add(s, c.get(f));
                    }
                }
                s = add(s, Math.max(0, numerator - 1));
                if (denominator > 0) s = add(s, denominator);
                return s;
            }
            case POW: {
                Pow p = (Pow) n;
                long s = add(c.get(p.base()), 1);
                if (!(p.exponent() instanceof Rational e && (e.equals(Rational.MINUS_ONE) || e.equals(Rational.HALF)))) {
                    if (!(p.exponent() instanceof Rational e2 && e2.signum() < 0 && e2.isInteger())) s = add(s, c.get(p.exponent()));
                    else s = add(s, 1);
                }
                return s;
            }
            case CALL:
            case CUSTOM: {
                long s = 1;
                for (Expr a : n.args()) s = add(s, c.get(a));
                return s;
            }
            default:
                return 0;
        }
    }

    private static boolean isNegative(Expr e) {
        if (e instanceof Mul m) return m.coefficient() != null && m.coefficient().value() < 0;
        return false;
    }

    private static long add(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
