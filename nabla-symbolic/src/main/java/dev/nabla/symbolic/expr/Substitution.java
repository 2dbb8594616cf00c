package dev.nabla.symbolic.expr;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** {@code subs}: replaces symbols by expressions, rebuilding each affected node once. */
final class Substitution {
    private Substitution() {}

    static Expr subs(Expr root, Map<Symbol, ? extends Expr> replacements) {
        for (Map.Entry<Symbol, ? extends Expr> e : replacements.entrySet()) {
            if (e.getKey() == null || e.getValue() == null) {
                throw new IllegalArgumentException("subs: a symbol or its replacement is null: " + e.getKey() + " -> " + e.getValue());
            }
        }
        return rebuild(List.of(root), node -> node instanceof Symbol s ? replacements.get(s) : null)[0];
    }

    /** Rebuilds {@code roots} bottom-up; {@code leaf} gives a replacement for a node or {@code null} to keep it. */
    static Expr[] rebuild(List<Expr> roots, java.util.function.Function<Expr, Expr> leaf) {
        Map<Expr, Expr> done = new IdentityHashMap<>();
        for (Expr node : Dag.topologicalOrder(roots)) {
            Expr r = leaf.apply(node);
            if (r == null) r = Rebuild.withArgs(node, done);
            done.put(node, r);
        }
        Expr[] out = new Expr[roots.size()];
        for (int i = 0; i < out.length; i++) out[i] = done.get(roots.get(i));
        return out;
    }
}
