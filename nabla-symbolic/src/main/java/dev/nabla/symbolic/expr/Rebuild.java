package dev.nabla.symbolic.expr;

import java.util.Map;

/** Rebuilds a node from replaced children through the smart constructors. */
public final class Rebuild {
    private Rebuild() {}

    /**
     * {@code node} with each child {@code c} replaced by {@code replaced.get(c)}; {@code node} itself
     * when no child changed. Every child must already be in {@code replaced}.
     */
    public static Expr withArgs(Expr node, Map<Expr, Expr> replaced) {
        int n = node.arity();
        if (n == 0) return node;
        Expr[] args = new Expr[n];
        boolean changed = false;
        for (int i = 0; i < n; i++) {
            Expr c = node.arg(i);
            Expr r = replaced.get(c);
            if (r == null) throw new IllegalStateException("rebuild: child " + i + " of a " + node.kind() + " node was not rebuilt");
            args[i] = r;
            changed |= r != c;
        }
        return changed ? withArgs(node, args) : node;
    }

    /** A node of {@code node}'s kind and operation with children {@code args}, through the smart constructors. */
    public static Expr withArgs(Expr node, Expr[] args) {
        return switch (node.kind()) {
            case ADD -> Add.of(args);
            case MUL -> Mul.of(args);
            case POW -> Pow.of(args[0], args[1]);
            case CALL -> Call.of(((Call) node).primitive(), args);
            case CUSTOM -> CustomCall.of(((CustomCall) node).primitive(), args);
            default -> node;
        };
    }
}
