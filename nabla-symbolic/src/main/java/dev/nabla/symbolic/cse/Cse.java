package dev.nabla.symbolic.cse;

import dev.nabla.symbolic.expr.Dag;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Mul;
import dev.nabla.symbolic.expr.Rebuild;
import dev.nabla.symbolic.expr.Symbol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Common subexpression elimination. Because equal sub-expressions are already one node, a common
 * subexpression is a compound node used more than once (by several parents or roots); each such node
 * becomes an assignment {@code xᵢ = …}, in topological order, linear in the graph size. Products that
 * share two or more factors share that part too ({@link CommonProducts}). Symbols are named
 * {@code x0, x1, …}, skipping names the expressions already use.
 */
public final class Cse {

    private final Map<Expr, Expr> replaced = new IdentityHashMap<>();
    private final Map<CommonProducts.Product, Expr> products = new IdentityHashMap<>();
    private final List<Assignment> assignments = new ArrayList<>();
    private final Map<Expr, Symbol> byValue = new IdentityHashMap<>();
    private final Set<String> taken = new HashSet<>();
    private int next;

    private Cse() {}

    /** CSE of {@code exprs} together. */
    public static CseResult cse(List<? extends Expr> exprs) {
        return new Cse().run(exprs);
    }

    private CseResult run(List<? extends Expr> exprs) {
        List<Expr> order = Dag.topologicalOrder(exprs);
        Map<Expr, Integer> uses = new IdentityHashMap<>();
        for (Expr e : order) {
            if (e instanceof Symbol s) taken.add(s.name());
            for (int k = 0; k < e.arity(); k++) uses.merge(e.arg(k), 1, Integer::sum);
        }
        for (Expr root : exprs) uses.merge(root, 1, Integer::sum);
        Map<Expr, List<Object>> rewritten = CommonProducts.find(order);

        for (Expr e : order) {
            List<Object> factors = rewritten.get(e);
            Expr rebuilt = factors == null ? Rebuild.withArgs(e, replaced) : product(((Mul) e).coefficient(), factors);
            if (e.arity() > 0 && uses.getOrDefault(e, 0) > 1) rebuilt = assign(rebuilt);
            replaced.put(e, rebuilt);
        }
        List<Expr> reduced = new ArrayList<>(exprs.size());
        for (Expr e : exprs) reduced.add(replaced.get(e));
        return new CseResult(assignments, reduced);
    }

    private Expr product(Expr coefficient, List<Object> factors) {
        List<Expr> fs = new ArrayList<>(factors.size() + 1);
        if (coefficient != null) fs.add(coefficient);
        for (Object f : factors) fs.add(f instanceof Expr e ? replaced.get(e) : symbolOf((CommonProducts.Product) f));
        return Mul.of(fs);
    }

    /** The symbol of a shared product, assigned at its first use (its factors are assigned by then). */
    private Expr symbolOf(CommonProducts.Product p) {
        Expr s = products.get(p);
        if (s == null) {
            s = assign(product(null, p.factors));
            products.put(p, s);
        }
        return s;
    }

    /** A symbol for {@code value}: the one already assigned to an identical value, or a new one. */
    private Expr assign(Expr value) {
        if (value instanceof Symbol) return value;
        Symbol existing = byValue.get(value);
        if (existing != null) return existing;
        String name;
        do {
            name = "x" + next++;
        } while (taken.contains(name));
        Symbol s = Symbol.of(name);
        assignments.add(new Assignment(s, value));
        byValue.put(value, s);
        return s;
    }
}
