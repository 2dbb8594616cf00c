package dev.nabla.symbolic.expr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Walks over expression graphs without recursion, so arbitrarily deep expressions are safe. */
public final class Dag {
    private Dag() {}

    /**
     * Every node reachable from {@code roots}, each once, children before parents (post-order,
     * children in argument order). Evaluating or differentiating in this order visits each shared
     * node once.
     */
    public static List<Expr> topologicalOrder(List<? extends Expr> roots) {
        Map<Expr, Boolean> seen = new IdentityHashMap<>();
        List<Expr> order = new ArrayList<>();
        Expr[] nodes = new Expr[16];
        int[] next = new int[16];
        for (Expr root : roots) {
            if (root == null) throw new IllegalArgumentException("topologicalOrder: a root is null");
            if (seen.put(root, Boolean.TRUE) != null) continue;
            int top = 0;
            nodes[0] = root;
            next[0] = 0;
            while (top >= 0) {
                Expr node = nodes[top];
                int i = next[top];
                if (i < node.arity()) {
                    next[top] = i + 1;
                    Expr child = node.arg(i);
                    if (seen.put(child, Boolean.TRUE) == null) {
                        if (++top == nodes.length) {
                            nodes = Arrays.copyOf(nodes, top * 2);
                            next = Arrays.copyOf(next, top * 2);
                        }
                        nodes[top] = child;
                        next[top] = 0;
                    }
                } else {
                    order.add(node);
                    nodes[top--] = null;
                }
            }
        }
        return order;
    }

    /** The topological order of one expression. */
    public static List<Expr> topologicalOrder(Expr root) {
        return topologicalOrder(List.of(root));
    }

    /**
     * The number of nodes of the expression written out as a tree (shared nodes counted once per
     * use); saturates at {@link Long#MAX_VALUE}.
     */
    public static long treeSize(Expr root) {
        Map<Expr, Long> size = new IdentityHashMap<>();
        for (Expr e : topologicalOrder(root)) {
            long s = 1;
            for (int i = 0; i < e.arity(); i++) s = saturatedAdd(s, size.get(e.arg(i)));
            size.put(e, s);
        }
        return size.get(root);
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return r < 0 ? Long.MAX_VALUE : r;
    }
}
