package dev.nabla.symbolic.simplify;

import dev.nabla.symbolic.expr.Add;
import dev.nabla.symbolic.expr.Dag;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Mul;
import dev.nabla.symbolic.expr.Pow;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Rebuild;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code expand}: distributes products over sums and expands positive integer powers of sums,
 * bottom-up over the graph. Expansion can grow exponentially by nature; it stops with an exception
 * when a sum would exceed {@value #MAX_TERMS} terms.
 */
public final class Expander {
    private Expander() {}

    /** The largest number of terms an expanded sum may have. */
    public static final int MAX_TERMS = 100_000;

    /**
     * The expanded form of {@code e}.
     *
     * @throws IllegalStateException if a sum would exceed {@link #MAX_TERMS} terms
     */
    public static Expr expand(Expr e) {
        return expand(e, MAX_TERMS);
    }

    /**
     * The expanded form of {@code e}, with no sum of more than {@code maxTerms} terms.
     *
     * @throws IllegalStateException if a sum would exceed {@code min(maxTerms, MAX_TERMS)} terms
     */
    public static Expr expand(Expr e, int maxTerms) {
        int limit = Math.min(maxTerms, MAX_TERMS);
        Map<Expr, Expr> done = new IdentityHashMap<>();
        for (Expr node : Dag.topologicalOrder(e)) {
            Expr r = Rebuild.withArgs(node, done);
            if (r instanceof Mul m) r = product(m.args(), limit);
            else if (r instanceof Pow p && p.base() instanceof Add && p.exponent() instanceof Rational n
                    && n.isInteger() && n.signum() > 0 && n.numerator().bitLength() < 31) {
                int k = n.numerator().intValue();
                List<Expr> factors = new ArrayList<>(k);
                for (int i = 0; i < k; i++) factors.add(p.base());
                r = product(factors, limit);
            }
            done.put(node, r);
        }
        return done.get(e);
    }

    private static Expr product(List<Expr> factors, int limit) {
        List<Expr> terms = new ArrayList<>(List.of(Rational.ONE));
        for (Expr f : factors) {
            List<Expr> fTerms = f instanceof Add a ? a.args() : List.of(f);
            if ((long) terms.size() * fTerms.size() > limit) {
                throw new IllegalStateException("expand: the expansion would have more than " + limit + " terms");
            }
            List<Expr> next = new ArrayList<>(terms.size() * fTerms.size());
            for (Expr t : terms) for (Expr u : fTerms) next.add(Mul.of(t, u));
            terms = next;
        }
        return Add.of(terms);
    }
}
