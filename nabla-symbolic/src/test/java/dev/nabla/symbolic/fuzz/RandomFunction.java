package dev.nabla.symbolic.fuzz;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.Primitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.UnaryPrimitive;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random function of {@code n} variables as a graph of the table's primitives: every primitive of
 * {@link Primitives#all()}, nesting, shared subexpressions (a node may be reused as an operand of several
 * others, or of itself: {@code x - x}, {@code x / x}), constant exponents, and constants chosen to make
 * derivatives vanish (0, 1, −1, clamps for {@code min}/{@code max}). Seeded, so a seed names a function.
 */
final class RandomFunction {

    /** A node: a variable, a constant, or a primitive applied to nodes (a constant second operand if {@code constant} is set). */
    record Node(int variable, double value, Primitive op, Node a, Node b, boolean constantOperand) {
        static Node variable(int i) { return new Node(i, 0, null, null, null, false); }
        static Node constant(double c) { return new Node(-1, c, null, null, null, false); }
        static Node unary(UnaryPrimitive p, Node a) { return new Node(-1, 0, p, a, null, false); }
        static Node binary(BinaryPrimitive p, Node a, Node b) { return new Node(-1, 0, p, a, b, false); }
        static Node withConstant(BinaryPrimitive p, Node a, double c) { return new Node(-1, c, p, a, null, true); }

        boolean isVariable() { return op == null && variable >= 0; }
        boolean isConstant() { return op == null && variable < 0; }
    }

    private static final double[] CONSTANTS = {0, 1, -1, 2, 0.5, -0.5, 3, -2};
    private static final double[] EXPONENTS = {2, 3, -1, 0.5, -2, 1.5, 0, 1};

    final Node root;
    final int arity;

    RandomFunction(Node root, int arity) {
        this.root = root;
        this.arity = arity;
    }

    /** The function named by {@code seed}: 1–4 variables, up to {@code maxNodes} operations. */
    static RandomFunction generate(long seed, int maxNodes) {
        Random r = new Random(seed);
        int arity = 1 + r.nextInt(4);
        List<Node> pool = new ArrayList<>();
        for (int i = 0; i < arity; i++) pool.add(Node.variable(i));
        int operations = 1 + r.nextInt(maxNodes);
        List<Primitive> all = Primitives.all();
        for (int k = 0; k < operations; k++) {
            Primitive p = all.get(r.nextInt(all.size()));
            Node a = pick(pool, r);
            Node n;
            if (p instanceof UnaryPrimitive u) {
                n = Node.unary(u, a);
            } else {
                BinaryPrimitive b = (BinaryPrimitive) p;
                int form = r.nextInt(10);
                if (form < 2) n = Node.withConstant(b, a, b == Primitives.POW ? EXPONENTS[r.nextInt(EXPONENTS.length)] : CONSTANTS[r.nextInt(CONSTANTS.length)]);
                else if (form < 3) n = Node.binary(b, a, a);
                else if (form < 4) n = Node.binary(b, Node.constant(CONSTANTS[r.nextInt(CONSTANTS.length)]), a);
                else n = Node.binary(b, a, pick(pool, r));
            }
            pool.add(n);
        }
        Node root = pool.get(pool.size() - 1);
        for (int k = pool.size() - 2; k >= arity && r.nextInt(3) == 0; k--) root = Node.binary(Primitives.ADD, root, pool.get(k));
        return new RandomFunction(root, arity);
    }

    /** An operand, preferring recent nodes (deep nesting) but reaching back to share older ones. */
    private static Node pick(List<Node> pool, Random r) {
        int n = pool.size();
        if (r.nextInt(3) == 0) return pool.get(r.nextInt(n));
        return pool.get(Math.max(0, n - 1 - r.nextInt(Math.min(n, 3))));
    }

    /** The function on the algebra, each shared node computed once per call. */
    ScalarFunction function() {
        return x -> evaluate(root, x, new IdentityHashMap<>());
    }

    private static Num evaluate(Node n, Num[] x, Map<Node, Num> memo) {
        Num known = memo.get(n);
        if (known != null) return known;
        Num v;
        if (n.isVariable()) v = x[n.variable()];
        else if (n.isConstant()) v = x[0].constant(n.value());
        else if (n.op() instanceof UnaryPrimitive u) v = evaluate(n.a(), x, memo).apply(u);
        else if (n.constantOperand()) {
            BinaryPrimitive b = (BinaryPrimitive) n.op();
            v = b == Primitives.POW ? evaluate(n.a(), x, memo).pow(n.value()) : evaluate(n.a(), x, memo).apply(b, n.value());
        } else v = evaluate(n.a(), x, memo).apply((BinaryPrimitive) n.op(), evaluate(n.b(), x, memo));
        memo.put(n, v);
        return v;
    }

    /** The number of distinct operations. */
    int size() {
        return nodes(root, new IdentityHashMap<>());
    }

    private static int nodes(Node n, Map<Node, Boolean> seen) {
        if (n == null || seen.put(n, true) != null) return 0;
        return (n.op() == null ? 0 : 1) + nodes(n.a(), seen) + nodes(n.b(), seen);
    }

    /** Java source of the function, as a lambda over {@code Num[] x}. */
    String toJava() {
        return "x -> " + java(root);
    }

    private static String java(Node n) {
        if (n.isVariable()) return "x[" + n.variable() + "]";
        if (n.isConstant()) return "x[0].constant(" + n.value() + ")";
        String a = java(n.a());
        String name = n.op().name();
        if (n.op() instanceof UnaryPrimitive) return a + "." + name + "()";
        if (n.constantOperand()) return a + "." + name + "(" + n.value() + ")";
        return a + "." + name + "(" + java(n.b()) + ")";
    }
}
