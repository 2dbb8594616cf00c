package dev.nabla.symbolic.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A product of two or more factors: at most one number, the coefficient (first, never 1), no nested
 * products, no two factors with the same base.
 */
public final class Mul extends Nary {

    private volatile Expr withoutCoefficient;

    private Mul(Expr[] factors) {
        super(0x3A1L, factors);
    }

    @Override public Kind kind() { return Kind.MUL; }

    /** The numeric coefficient, or {@code null} when it is 1. */
    public Constant coefficient() {
        return args[0].isNumber() ? (Constant) args[0] : null;
    }

    /** The product of the non-numeric factors. */
    public Expr withoutCoefficient() {
        Expr w = withoutCoefficient;
        if (w == null) {
            if (!args[0].isNumber()) {
                w = this;
            } else if (args.length == 2) {
                w = args[1];
            } else {
                Expr[] rest = new Expr[args.length - 1];
                System.arraycopy(args, 1, rest, 0, rest.length);
                w = Interner.intern(new Mul(rest));
            }
            withoutCoefficient = w;
        }
        return w;
    }

    /** {@code k · rest} where {@code rest} is already canonical and not a number, {@code k ≠ 0, 1}. */
    static Expr withCoefficient(Constant k, Expr rest) {
        if (rest instanceof Add) return of(k, rest);
        if (rest instanceof Mul m && m.coefficient() == null) {
            Expr[] args = new Expr[m.args.length + 1];
            args[0] = k;
            System.arraycopy(m.args, 0, args, 1, m.args.length);
            return Interner.intern(new Mul(args));
        }
        if (rest instanceof Mul) return of(k, rest);
        return Interner.intern(new Mul(new Expr[] {k, rest}));
    }

    /** {@code Π factors} in canonical form. */
    public static Expr of(Expr... factors) {
        return of(List.of(factors));
    }

    /**
     * {@code Π factors} in canonical form: nested products flattened, numbers multiplied, powers of
     * the same base merged ({@code x·x = x²}, {@code x/x = 1}), ones dropped, a number times a sum
     * distributed ({@code 2·(x + 1) = 2·x + 2}, as SymPy), factors sorted by {@link Order}.
     * A zero coefficient gives 0 (as SymPy, also when a factor could be infinite); NaN gives NaN.
     */
    public static Expr of(List<? extends Expr> factors) {
        if (factors.size() == 1) return factors.get(0);
        Constant k = Rational.ONE;
        Map<Expr, Expr> exponents = new HashMap<>();
        List<Expr> bases = new ArrayList<>();
        List<Expr> flat = new ArrayList<>(factors.size());
        for (Expr f : factors) {
            if (f instanceof Mul m && m.args.length <= FLATTEN_LIMIT) {
                for (Expr g : m.args) flat.add(g);
            } else {
                flat.add(f);
            }
        }
        for (Expr f : flat) {
            if (f.isNumber()) {
                k = Numbers.multiply(k, (Constant) f);
                continue;
            }
            Expr base = f;
            Expr exponent = Rational.ONE;
            if (f instanceof Pow p) {
                base = p.base();
                exponent = p.exponent();
            }
            Expr previous = exponents.get(base);
            if (previous == null) {
                bases.add(base);
                exponents.put(base, exponent);
            } else {
                exponents.put(base, Add.of(previous, exponent));
            }
        }
        if (Numbers.isNaN(k)) return Decimal.NAN;
        if (k.value() == 0) return Rational.ZERO;
        List<Expr> out = new ArrayList<>(bases.size());
        boolean again = false;
        for (Expr base : bases) {
            Expr p = exponents.get(base);
            Expr power = p == Rational.ONE ? base : Pow.of(base, p);
            if (power.isNumber()) {
                k = Numbers.multiply(k, (Constant) power);
            } else {
                // A merged power may come back as a product (x**2*y**2 from (x*y)**2) or with another base
                // ((a**y)**(-1) = a**(-y)), which must then merge with the other factors: a**y*a**(-y) = 1.
                again |= (power instanceof Mul pm && pm.arity() <= FLATTEN_LIMIT)
                        || (power instanceof Pow pp && pp.base() != base && exponents.containsKey(pp.base()));
                out.add(power);
            }
        }
        if (Numbers.isNaN(k)) return Decimal.NAN;
        if (k.value() == 0) return Rational.ZERO;
        if (again) {
            out.add(k);
            return of(out);
        }
        if (out.isEmpty()) return k;
        if (out.size() == 1) {
            Expr only = out.get(0);
            if (k == Rational.ONE) return only;
            if (only instanceof Add a) return distribute(k, a);
        }
        out.sort(Order.CANONICAL);
        boolean hasK = k != Rational.ONE;
        Expr[] args = new Expr[out.size() + (hasK ? 1 : 0)];
        int i = 0;
        if (hasK) args[i++] = k;
        for (Expr e : out) args[i++] = e;
        return Interner.intern(new Mul(args));
    }

    private static Expr distribute(Constant k, Add sum) {
        List<Expr> terms = new ArrayList<>(sum.arity());
        for (int i = 0; i < sum.arity(); i++) terms.add(of(k, sum.arg(i)));
        return Add.of(terms);
    }
}
