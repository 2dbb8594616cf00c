package dev.nabla.symbolic.jit;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.StrongZero;
import dev.nabla.core.rules.UnaryPrimitive;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The graph a traced function records: one node per distinct operation, in creation order (so every
 * node's operands have smaller ids), each node a primitive of the rule table applied to earlier nodes
 * — the same operations a tape records, with the same operands in the same order.
 *
 * <p>Nodes are hash-consed: applying the same primitive to the same operands again returns the
 * existing node, so a subexpression the function computes twice is computed once. Operations on
 * constants only are folded to their value on doubles, and a few identities that hold exactly in IEEE
 * arithmetic are applied ({@code x·1 = x}, {@code x/1 = x}, {@code x - 0 = x}, {@code x^1 = x},
 * {@code -(-x) = x}). While the reverse sweep builds adjoints ({@link #sweeping}), {@code x·0 = 0}
 * and {@code x + 0 = x} hold as well: an adjoint that is structurally zero contributes nothing, even
 * where its partial would be infinite.
 */
final class Trace {
    static final byte INPUT = 0;
    static final byte CONSTANT = 1;
    static final byte UNARY = 2;
    static final byte BINARY = 3;
    static final byte CUSTOM = 4;
    /** {@code a · b} under the zero rule ({@link dev.nabla.core.rules.StrongZero}); no primitive. */
    static final byte STRONG_PRODUCT = 5;

    private byte[] kind = new byte[256];
    private Object[] op = new Object[256];
    private int[] first = new int[256];
    private int[] second = new int[256];
    private double[] constant = new double[256];
    private int[][] customArgs = new int[8][];
    private int customCount;
    private int size;
    private final Map<Key, Integer> index = new HashMap<>();
    private final Map<Long, Integer> constants = new HashMap<>();
    private int inputs;
    /** Set while the reverse sweep runs: enables the strong-zero identities. */
    boolean sweeping;

    /** A trace whose first {@code inputs} nodes are the inputs {@code 0 … inputs - 1}. */
    Trace(int inputs) {
        for (int j = 0; j < inputs; j++) addInput();
    }

    int size() { return size; }
    int inputs() { return inputs; }
    byte kind(int id) { return kind[id]; }
    Object op(int id) { return op[id]; }
    int first(int id) { return first[id]; }
    int second(int id) { return second[id]; }
    double constant(int id) { return constant[id]; }
    int[] customArgs(int id) { return customArgs[first[id]]; }
    boolean isConstant(int id) { return kind[id] == CONSTANT; }

    /** A new input, numbered after the existing ones; its node id. */
    int addInput() {
        int id = next(INPUT, null, inputs++, -1);
        constant[id] = Double.NaN;
        return id;
    }

    /** The input index of an input node. */
    int inputIndex(int id) { return first[id]; }

    /**
     * The node of {@code y}: a value of this trace, or a plain {@link dev.nabla.core.algebra.Real} as a constant.
     *
     * @throws IllegalArgumentException naming {@code operation} for a value of another trace or backend
     */
    int nodeOf(Num y, String operation) {
        if (y instanceof Traced t) {
            if (t.trace() != this) throw new IllegalArgumentException(operation + ": operands come from two different traces");
            return t.id;
        }
        if (y instanceof dev.nabla.core.algebra.Real r) return constantNode(r.value());
        if (y == null) throw new IllegalArgumentException(operation + ": operand is null");
        throw new IllegalArgumentException(operation + ": cannot combine a traced value with a "
                + y.getClass().getSimpleName() + " (operands must come from the same backend)");
    }

    /** The handle of node {@code id}, a {@link Num} of this trace. */
    Traced handle(int id) {
        return new Traced(this, id);
    }

    /** The node of the constant {@code c} (one node per bit pattern). */
    int constantNode(double c) {
        long bits = Double.doubleToRawLongBits(c);
        Integer id = constants.get(bits);
        if (id != null) return id;
        int n = next(CONSTANT, null, -1, -1);
        constant[n] = c;
        constants.put(bits, n);
        return n;
    }

    /** {@code p(a)}. */
    int unary(UnaryPrimitive p, int a) {
        if (isConstant(a)) return constantNode(p.value().applyAsDouble(constant[a]));
        if (p == Primitives.NEG && kind[a] == UNARY && op[a] == Primitives.NEG) return first[a];
        return intern(UNARY, p, a, -1);
    }

    /** {@code p(a, b)}. */
    int binary(BinaryPrimitive p, int a, int b) {
        boolean ca = isConstant(a), cb = isConstant(b);
        if (ca && cb) return constantNode(p.value().applyAsDouble(constant[a], constant[b]));
        if (p == Primitives.MUL) {
            if (ca) return times(constant[a], b);
            if (cb) return times(constant[b], a);
        } else if (p == Primitives.DIV && cb && constant[b] == 1) {
            return a;
        } else if (p == Primitives.SUB && cb && Double.doubleToRawLongBits(constant[b]) == 0L) {
            return a;
        } else if (p == Primitives.POW && cb && constant[b] == 1) {
            return a;
        } else if (sweeping && p == Primitives.ADD) {
            if (ca && constant[a] == 0) return b;
            if (cb && constant[b] == 0) return a;
        } else if (sweeping && p == Primitives.SUB && ca && constant[a] == 0) {
            return unary(Primitives.NEG, b);
        }
        return intern(BINARY, p, a, b);
    }

    /** {@code c · x}: {@code x} for 1, {@code -x} for -1 (both exact), 0 for 0 while sweeping. */
    private int times(double c, int x) {
        if (c == 1) return x;
        if (c == -1) return unary(Primitives.NEG, x);
        if (sweeping && c == 0) return constantNode(0);
        return intern(BINARY, Primitives.MUL, constantNode(c), x);
    }

    /**
     * {@code a · b} under the zero rule ({@link dev.nabla.core.rules.StrongZero}): 0 when either factor
     * is exactly 0, whatever the other. Folded when both are constants; the constant 0 node when either
     * is the constant 0; {@code x} for {@code 1 · x} and {@code -x} for {@code -1 · x}. The operands are
     * ordered by id, so {@code a · b} and {@code b · a} are one node.
     */
    int strongProduct(int a, int b) {
        boolean ca = isConstant(a), cb = isConstant(b);
        if (ca && cb) return constantNode(StrongZero.times(constant[a], constant[b]));
        if (ca || cb) {
            double c = ca ? constant[a] : constant[b];
            int x = ca ? b : a;
            if (c == 0) return constantNode(0);
            if (c == 1) return x;
            if (c == -1) return unary(Primitives.NEG, x);
        }
        return intern(STRONG_PRODUCT, null, Math.min(a, b), Math.max(a, b));
    }

    /** {@code p(args)} for a custom primitive; folded when every operand is a constant. */
    int custom(CustomPrimitive p, int[] args) {
        boolean allConstant = true;
        for (int a : args) allConstant &= isConstant(a);
        if (allConstant) {
            double[] v = new double[args.length];
            for (int k = 0; k < args.length; k++) v[k] = constant[args[k]];
            return constantNode(p.evaluate(v).value());
        }
        Key key = new Key(p, Arrays.hashCode(args), -1, args);
        Integer id = index.get(key);
        if (id != null) return id;
        if (customCount == customArgs.length) customArgs = Arrays.copyOf(customArgs, customCount * 2);
        int slot = customCount++;
        customArgs[slot] = args.clone();
        int n = next(CUSTOM, p, slot, -1);
        index.put(key, n);
        return n;
    }

    private int intern(byte k, Object p, int a, int b) {
        Key key = new Key(p, a, b, null);
        Integer id = index.get(key);
        if (id != null) return id;
        int n = next(k, p, a, b);
        index.put(key, n);
        return n;
    }

    private int next(byte k, Object p, int a, int b) {
        if (size == kind.length) {
            int cap = size * 2;
            kind = Arrays.copyOf(kind, cap);
            op = Arrays.copyOf(op, cap);
            first = Arrays.copyOf(first, cap);
            second = Arrays.copyOf(second, cap);
            constant = Arrays.copyOf(constant, cap);
        }
        kind[size] = k;
        op[size] = p;
        first[size] = a;
        second[size] = b;
        return size++;
    }

    /** A node's identity for hash-consing: the primitive (by identity) and the operands. */
    private record Key(Object op, int a, int b, int[] args) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.op == op && k.a == a && k.b == b && Arrays.equals(k.args, args);
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(op) * 31 + a) * 31 + b;
        }
    }
}
