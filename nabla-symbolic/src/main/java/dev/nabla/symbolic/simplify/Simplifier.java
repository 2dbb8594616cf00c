package dev.nabla.symbolic.simplify;

import dev.nabla.core.rules.Primitives;
import dev.nabla.symbolic.expr.Add;
import dev.nabla.symbolic.expr.Call;
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
 * {@code simplify}: one bottom-up pass over the graph (each shared node once, no recursion) that
 * rebuilds every node through the canonical constructors and applies, per node, rules of bounded
 * cost — never an expansion:
 * <ul>
 *   <li>products of exponentials merge: {@code exp(a)·exp(b) = exp(a + b)};</li>
 *   <li>{@code log(exp(a)) = a}; {@code |a|² = a²}; {@code k·expm1(a) + k = k·exp(a)};</li>
 *   <li>{@code k·sin²(u) + k·cos²(u) = k} and {@code k·cosh²(u) - k·sinh²(u) = k};</li>
 *   <li>the factor shared by the most terms of a sum is pulled out, {@code a·F + b·F = (a + b)·F},
 *       letting like terms of the inner sum collect.</li>
 * </ul>
 * The constructors already give flattened sums and products, collected like terms, merged powers,
 * folded constants and a deterministic order; so the result is canonical for those. Each node is
 * rebuilt once with work linear in its operands (the only growth is the constructors' distribution
 * of a number over a sum, {@code 2·(a + b) = 2·a + 2·b}), so the cost is near-linear in the graph.
 */
public final class Simplifier {
    private Simplifier() {}

    /** The simplified form of {@code e}. */
    public static Expr simplify(Expr e) {
        return simplifyAll(List.of(e)).get(0);
    }

    /** The simplified forms of {@code es}, sharing work on common sub-expressions. */
    public static List<Expr> simplifyAll(List<? extends Expr> es) {
        Map<Expr, Expr> done = new IdentityHashMap<>();
        for (Expr node : Dag.topologicalOrder(es)) {
            done.put(node, rules(Rebuild.withArgs(node, done)));
        }
        List<Expr> out = new ArrayList<>(es.size());
        for (Expr e : es) out.add(done.get(e));
        return out;
    }

    private static Expr rules(Expr e) {
        if (e instanceof Mul m) return mergeExponentials(m);
        if (e instanceof Call c && c.primitive() == Primitives.LOG && c.arg(0) instanceof Call inner && inner.primitive() == Primitives.EXP) {
            return inner.arg(0);
        }
        if (e instanceof Pow p && p.base() instanceof Call c && c.primitive() == Primitives.ABS
                && p.exponent() instanceof Rational r && r.isInteger() && !r.numerator().testBit(0)) {
            return Pow.of(c.arg(0), r);
        }
        if (e instanceof Add a) {
            Expr t = ExpMinusOne.apply(a);
            if (t instanceof Add sum) t = Pythagoras.apply(sum);
            if (t instanceof Add sum) return CommonFactor.apply(sum);
            return t;
        }
        return e;
    }

    private static Expr mergeExponentials(Mul m) {
        List<Expr> exponents = new ArrayList<>();
        List<Expr> others = new ArrayList<>();
        for (Expr f : m.args()) {
            if (f instanceof Call c && c.primitive() == Primitives.EXP) exponents.add(c.arg(0));
            else others.add(f);
        }
        if (exponents.size() < 2) return m;
        others.add(Call.of(Primitives.EXP, Add.of(exponents)));
        return Mul.of(others);
    }
}
