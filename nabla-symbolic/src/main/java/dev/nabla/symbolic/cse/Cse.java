package dev.nabla.symbolic.cse;

import dev.nabla.symbolic.expr.Dag;
import dev.nabla.symbolic.expr.Expr;
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
 * subexpression is simply a compound node used more than once (by several parents or roots); each
 * such node becomes an assignment {@code xᵢ = …}, in topological order. Linear in the graph size.
 * Symbols are named {@code x0, x1, …}, skipping names the expressions already use.
 */
public final class Cse {
    private Cse() {}

    /** CSE of {@code exprs} together. */
    public static CseResult cse(List<? extends Expr> exprs) {
        List<Expr> order = Dag.topologicalOrder(exprs);
        Map<Expr, Integer> uses = new IdentityHashMap<>();
        Set<String> taken = new HashSet<>();
        for (Expr e : order) {
            if (e instanceof Symbol s) taken.add(s.name());
            for (int k = 0; k < e.arity(); k++) uses.merge(e.arg(k), 1, Integer::sum);
        }
        for (Expr root : exprs) uses.merge(root, 1, Integer::sum);
        Set<Expr> roots = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        roots.addAll(exprs);

        Map<Expr, Expr> replaced = new IdentityHashMap<>();
        List<Assignment> assignments = new ArrayList<>();
        int next = 0;
        for (Expr e : order) {
            Expr rebuilt = Rebuild.withArgs(e, replaced);
            if (e.arity() > 0 && uses.get(e) > 1 && !(roots.contains(e) && uses.get(e) == 1)) {
                String name;
                do {
                    name = "x" + next++;
                } while (taken.contains(name));
                Symbol s = Symbol.of(name);
                assignments.add(new Assignment(s, rebuilt));
                rebuilt = s;
            }
            replaced.put(e, rebuilt);
        }
        List<Expr> reduced = new ArrayList<>(exprs.size());
        for (Expr e : exprs) reduced.add(replaced.get(e));
        return new CseResult(assignments, reduced);
    }
}
