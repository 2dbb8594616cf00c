package dev.nabla.symbolic.simplify;

import dev.nabla.symbolic.expr.Add;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Mul;
import dev.nabla.symbolic.expr.Order;
import dev.nabla.symbolic.expr.Rational;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Pulls the factor shared by the most terms out of a sum: {@code a·F + b·F + c = (a + b)·F + c}.
 * The new inner sum collects like terms ({@code (4 - 4·l)·F - 4·l·F = (4 - 8·l)·F}). Never increases
 * the size; cost linear in the number of factors of the sum's terms.
 */
final class CommonFactor {
    private CommonFactor() {}

    static Expr apply(Add sum) {
        Map<Expr, Integer> count = new HashMap<>();
        for (Expr t : sum.args()) {
            for (Expr f : factors(t)) count.merge(f, 1, Integer::sum);
        }
        Expr best = null;
        int bestCount = 1;
        for (Map.Entry<Expr, Integer> e : count.entrySet()) {
            int c = e.getValue();
            if (c > bestCount || (c == bestCount && c > 1 && Order.CANONICAL.compare(e.getKey(), best) < 0)) {
                best = e.getKey();
                bestCount = c;
            }
        }
        if (best == null) return sum;
        List<Expr> inner = new ArrayList<>();
        List<Expr> outer = new ArrayList<>();
        for (Expr t : sum.args()) {
            List<Expr> fs = factors(t);
            int at = fs.indexOf(best);
            if (at < 0) {
                outer.add(t);
                continue;
            }
            List<Expr> rest = new ArrayList<>(t.arity());
            if (t instanceof Mul m && m.coefficient() != null) rest.add(m.coefficient());
            for (int k = 0; k < fs.size(); k++) if (k != at) rest.add(fs.get(k));
            inner.add(rest.isEmpty() ? Rational.ONE : Mul.of(rest));
        }
        outer.add(Mul.of(best, Add.of(inner)));
        return Add.of(outer);
    }

    /** The non-numeric factors of a term. */
    private static List<Expr> factors(Expr t) {
        if (t.isNumber()) return List.of();
        if (t instanceof Mul m) {
            List<Expr> all = m.args();
            return m.coefficient() == null ? all : all.subList(1, all.size());
        }
        return List.of(t);
    }
}
