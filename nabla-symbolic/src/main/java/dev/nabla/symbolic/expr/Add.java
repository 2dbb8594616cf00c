package dev.nabla.symbolic.expr;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A sum of two or more terms: at most one number (first), no nested sums, no two terms alike. */
public final class Add extends Nary {

    private Add(Expr[] terms) {
        super(0xADDL, terms);
    }

    @Override public Kind kind() { return Kind.ADD; }

    /** {@code Σ terms} in canonical form. */
    public static Expr of(Expr... terms) {
        return of(List.of(terms));
    }

    /**
     * {@code Σ terms} in canonical form: nested sums flattened, numbers added, like terms collected
     * ({@code 2·x + 3·x = 5·x}, {@code x - x = 0}), zeros dropped, terms sorted by {@link Order}.
     * A NaN number makes the whole sum NaN.
     */
    public static Expr of(List<? extends Expr> terms) {
        if (terms.size() == 1) return terms.get(0);
        Collector c = new Collector();
        for (Expr t : terms) {
            if (t instanceof Add a && a.args.length <= FLATTEN_LIMIT) {
                for (Expr u : a.args) c.accept(u);
            } else {
                c.accept(t);
            }
        }
        return c.build();
    }

    /** Collects terms by their non-numeric part. */
    private static final class Collector {
        private Constant constant = Rational.ZERO;
        private final Map<Expr, Constant> coefficients = new HashMap<>();
        private final List<Expr> order = new ArrayList<>();

        void accept(Expr t) {
            if (t.isNumber()) {
                constant = Numbers.add(constant, (Constant) t);
                return;
            }
            Constant k = Rational.ONE;
            Expr rest = t;
            if (t instanceof Mul m && m.coefficient() != null) {
                k = m.coefficient();
                rest = m.withoutCoefficient();
            }
            Constant previous = coefficients.get(rest);
            if (previous == null) {
                order.add(rest);
                coefficients.put(rest, k);
            } else {
                coefficients.put(rest, Numbers.add(previous, k));
            }
        }

        Expr build() {
            if (Numbers.isNaN(constant)) return Decimal.NAN;
            List<Expr> out = new ArrayList<>(order.size() + 1);
            for (Expr rest : order) {
                Constant k = coefficients.get(rest);
                if (Numbers.isNaN(k)) return Decimal.NAN;
                if (k.value() == 0) continue;
                out.add(k == Rational.ONE ? rest : Mul.withCoefficient(k, rest));
            }
            boolean hasConstant = constant.value() != 0;
            if (out.isEmpty()) return hasConstant ? constant : Rational.ZERO;
            if (out.size() == 1 && !hasConstant) return out.get(0);
            out.sort(Order.CANONICAL);
            Expr[] args = new Expr[out.size() + (hasConstant ? 1 : 0)];
            int i = 0;
            if (hasConstant) args[i++] = constant;
            for (Expr e : out) args[i++] = e;
            return Interner.intern(new Add(args));
        }
    }
}
