package dev.nabla.symbolic.jit;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.CustomPrimitive;
import dev.nabla.core.rules.UnaryPrimitive;
import dev.nabla.symbolic.compile.Operand;
import dev.nabla.symbolic.compile.Program;
import dev.nabla.symbolic.compile.ProgramBuilder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Flattens the part of a {@link Trace} that some roots need into a straight-line {@link Program}: one
 * step per node, each node once, in depth-first post-order from the roots taken in order — so when
 * the gradient's components come first, each one's forward and reverse operations sit next to each
 * other and few values must travel between the generated methods.
 */
final class ToProgram {
    private ToProgram() {}

    /**
     * The program computing {@code roots}; inputs are the trace's input nodes, named {@code names}. Its
     * outputs are the first {@code stored} roots; every root's operand is in {@link Lowered#operands}.
     */
    static Lowered lower(Trace t, int[] roots, int stored, List<String> names) {
        ProgramBuilder b = new ProgramBuilder(names);
        Operand[] value = new Operand[t.size()];
        int[] stack = new int[64];
        int[] next = new int[64];
        for (int root : roots) {
            if (value[root] != null) continue;
            int top = 0;
            stack[0] = root;
            next[0] = 0;
            while (top >= 0) {
                int node = stack[top];
                int i = next[top];
                int child = operand(t, node, i);
                if (child >= 0) {
                    next[top] = i + 1;
                    if (value[child] == null) {
                        if (++top == stack.length) {
                            stack = Arrays.copyOf(stack, top * 2);
                            next = Arrays.copyOf(next, top * 2);
                        }
                        stack[top] = child;
                        next[top] = 0;
                    }
                } else {
                    if (value[node] == null) value[node] = emit(t, b, node, value);
                    top--;
                }
            }
        }
        Operand[] operands = new Operand[roots.length];
        for (int r = 0; r < roots.length; r++) operands[r] = value[roots[r]];
        return new Lowered(b.build(List.of(operands).subList(0, stored)), operands);
    }

    /**
     * A lowered trace.
     *
     * @param program  the program, storing the first roots
     * @param operands the operand of each root
     */
    record Lowered(Program program, Operand[] operands) {}

    /** Operand {@code i} of {@code node}, or -1 past the last. */
    private static int operand(Trace t, int node, int i) {
        return switch (t.kind(node)) {
            case Trace.UNARY -> i == 0 ? t.first(node) : -1;
            case Trace.BINARY, Trace.STRONG_PRODUCT -> i == 0 ? t.first(node) : i == 1 ? t.second(node) : -1;
            case Trace.CUSTOM -> i < t.customArgs(node).length ? t.customArgs(node)[i] : -1;
            default -> -1;
        };
    }

    private static Operand emit(Trace t, ProgramBuilder b, int node, Operand[] value) {
        return switch (t.kind(node)) {
            case Trace.INPUT -> b.input(t.inputIndex(node));
            case Trace.CONSTANT -> b.literal(t.constant(node));
            case Trace.UNARY -> b.apply((UnaryPrimitive) t.op(node), value[t.first(node)]);
            case Trace.BINARY -> b.apply((BinaryPrimitive) t.op(node), value[t.first(node)], value[t.second(node)]);
            case Trace.STRONG_PRODUCT -> b.strongProduct(value[t.first(node)], value[t.second(node)]);
            default -> {
                int[] args = t.customArgs(node);
                List<Operand> ops = new ArrayList<>(args.length);
                for (int a : args) ops.add(value[a]);
                yield b.apply((CustomPrimitive) t.op(node), ops);
            }
        };
    }
}
