package dev.nabla.symbolic.jit;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.Primitives;
import dev.nabla.core.rules.UnaryPrimitive;

import java.util.Arrays;

/**
 * The reverse sweep of a {@link Trace}, itself recorded on the trace: the adjoint of every node is a
 * node. Nodes are visited from the last to the first, as a tape sweeps; each operand's partial comes
 * from the rule table — the primitive's rule on the algebra, evaluated on traced values, so
 * {@code sin′} records {@code cos x}, {@code exp′} is the node itself, {@code log′} is {@code 1/x} — and
 * the operand's adjoint grows by {@code adjoint · partial} under the zero rule (a strong product node,
 * {@link Trace#strongProduct}), exactly the tape's {@code adj[arg] += StrongZero.times(partial, adj[node])}. Because the sweep is recorded, it is hash-consed with the
 * forward pass and can itself be swept again (second derivatives).
 */
final class Adjoints {
    private final Trace trace;
    private final int[] adjoint;

    private Adjoints(Trace trace, int last) {
        this.trace = trace;
        this.adjoint = new int[last + 1];
        Arrays.fill(adjoint, -1);
    }

    /**
     * The adjoints of the inputs {@code 0 … trace.inputs() - 1} after seeding output {@code outputs[i]}
     * with the node {@code seeds[i]}: the node of {@code Σᵢ seedᵢ · ∂outputᵢ/∂xⱼ} for each {@code j}, or
     * the constant 0 node where no output depends on {@code xⱼ}.
     *
     * @throws IllegalArgumentException if a custom primitive on the way has no algebra rule
     */
    static int[] of(Trace trace, int[] outputs, int[] seeds, int wrt) {
        int last = 0;
        for (int o : outputs) last = Math.max(last, o);
        Adjoints sweep = new Adjoints(trace, last);
        boolean wasSweeping = trace.sweeping;
        trace.sweeping = true;
        try {
            for (int i = 0; i < outputs.length; i++) sweep.add(outputs[i], seeds[i]);
            for (int k = last; k >= 0; k--) sweep.visit(k);
            int[] grad = new int[wrt];
            int zero = trace.constantNode(0);
            for (int j = 0; j < wrt; j++) grad[j] = j < sweep.adjoint.length && sweep.adjoint[j] >= 0 ? sweep.adjoint[j] : zero;
            return grad;
        } finally {
            trace.sweeping = wasSweeping;
        }
    }

    private void visit(int k) {
        int a = adjoint[k];
        if (a < 0 || (trace.isConstant(a) && trace.constant(a) == 0)) return;
        switch (trace.kind(k)) {
            case Trace.UNARY -> {
                UnaryPrimitive p = (UnaryPrimitive) trace.op(k);
                int x = trace.first(k);
                add(x, product(a, p.rule().at(handle(x), handle(k))));
            }
            case Trace.BINARY -> {
                BinaryPrimitive p = (BinaryPrimitive) trace.op(k);
                int x = trace.first(k), y = trace.second(k);
                if (!trace.isConstant(x)) add(x, product(a, p.ruleX().at(handle(x), handle(y), handle(k))));
                if (!trace.isConstant(y)) add(y, product(a, p.ruleY().at(handle(x), handle(y), handle(k))));
            }
            case Trace.STRONG_PRODUCT -> {
                int x = trace.first(k), y = trace.second(k);
                if (!trace.isConstant(x)) add(x, product(a, handle(y)));
                if (!trace.isConstant(y)) add(y, product(a, handle(x)));
            }
            case Trace.CUSTOM -> {
                CustomPrimitive p = (CustomPrimitive) trace.op(k);
                int[] args = trace.customArgs(k);
                Num[] operands = new Num[args.length];
                for (int i = 0; i < args.length; i++) operands[i] = handle(args[i]);
                Num[] partials = p.requireRule("a compiled gradient").partials(operands);
                if (partials == null || partials.length != args.length) {
                    throw new IllegalStateException("custom primitive '" + p.name() + "': its rule returned "
                            + (partials == null ? "null" : partials.length + " partials") + " for " + args.length + " operands");
                }
                for (int i = 0; i < args.length; i++) if (!trace.isConstant(args[i])) add(args[i], product(a, partials[i]));
            }
            default -> { }
        }
    }

    private Traced handle(int id) {
        return trace.handle(id);
    }

    /** {@code partial · adjoint} under the zero rule, as the tape's sweep multiplies them. */
    private int product(int adjointNode, Num partial) {
        return trace.strongProduct(handle(adjointNode).node(partial, "reverse sweep"), adjointNode);
    }

    private void add(int node, int contribution) {
        int old = adjoint[node];
        adjoint[node] = old < 0 ? contribution : trace.binary(Primitives.ADD, old, contribution);
    }
}
