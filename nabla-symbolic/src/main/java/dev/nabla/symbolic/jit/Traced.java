package dev.nabla.symbolic.jit;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.UnaryPrimitive;

/**
 * A value of a function being traced for compilation: a handle on one node of a {@link Trace}.
 * Every operation records a node instead of computing a number, so the value of a traced input is
 * unknown: {@link #doubleValue()} of anything but a constant throws, which is how a function whose
 * control flow depends on its inputs' values is detected.
 */
final class Traced implements Num {
    private final Trace trace;
    final int id;

    Traced(Trace trace, int id) {
        this.trace = trace;
        this.id = id;
    }

    @Override
    public Num constant(double c) {
        return new Traced(trace, trace.constantNode(c));
    }

    /**
     * The value of a constant node.
     *
     * @throws ValueDependentException for a node that depends on an input: the function reads the
     *                                 value of a traced input, so its control flow may depend on it
     */
    @Override
    public double doubleValue() {
        if (trace.isConstant(id)) return trace.constant(id);
        throw new ValueDependentException();
    }

    /** Whether this is the constant 0 node. */
    @Override
    public boolean isZero() {
        return trace.isConstant(id) && trace.constant(id) == 0;
    }

    /**
     * {@code this · y} under the zero rule, recorded as one node that the compiled code evaluates as
     * {@code (a == 0 || b == 0) ? 0 : a · b} ({@link Trace#strongProduct}).
     */
    @Override
    public Num chainProduct(Num y) {
        return new Traced(trace, trace.strongProduct(id, node(y, "chain product")));
    }

    @Override
    public Num apply(UnaryPrimitive p) {
        return new Traced(trace, trace.unary(p, id));
    }

    @Override
    public Num apply(BinaryPrimitive p, Num y) {
        return new Traced(trace, trace.binary(p, id, node(y, p.name())));
    }

    @Override
    public Num apply(BinaryPrimitive p, double c) {
        return new Traced(trace, trace.binary(p, id, trace.constantNode(c)));
    }

    @Override
    public Num apply(CustomPrimitive p, Num[] args) {
        int[] ids = new int[args.length];
        for (int k = 0; k < args.length; k++) ids[k] = node(args[k], p.name());
        return new Traced(trace, trace.custom(p, ids));
    }

    /** The node of {@code y} in this value's trace (see {@link Trace#nodeOf}). */
    int node(Num y, String operation) {
        return trace.nodeOf(y, operation);
    }

    Trace trace() {
        return trace;
    }

    @Override
    public String toString() {
        return trace.isConstant(id) ? Double.toString(trace.constant(id)) : "traced node " + id;
    }
}
