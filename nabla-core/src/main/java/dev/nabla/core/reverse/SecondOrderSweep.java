package dev.nabla.core.reverse;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.forward.Dual;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.StrongZero;
import dev.nabla.core.rules.UnaryPrimitive;

/**
 * Second-order sweeps over a {@link Tape} recorded with {@link Tape#withSecondOrder()}: the Hessian–vector
 * product {@code H·v}, forward over reverse. A tangent sweep along {@code v} gives each node's tangent and
 * the tangents of its partials (the table's algebra rules evaluated on {@link Dual} numbers); a backward
 * sweep then carries adjoints and their tangents. Every product follows the zero rule ({@link StrongZero}),
 * as forward over forward does, and where a node's value is NaN the tangents of its partials are NaN too. A node
 * with one operand twice ({@code u / u}) is a function of that operand alone: its partials are added first.
 *
 * <p>The tape records and sweeps first derivatives; this class only reads what it recorded.
 */
public final class SecondOrderSweep {
    private final Tape tape;

    private SecondOrderSweep(Tape tape) {
        this.tape = tape;
    }

    /**
     * {@code H·v}: the Hessian of the scalar {@code output} with respect to {@code wrt}, times {@code v}.
     *
     * @throws IllegalStateException    if the tape was made for first derivatives only, or is used from another thread
     * @throws IllegalArgumentException if {@code wrt} and {@code v} differ in length, or a value is not on the tape
     */
    public static double[] hvp(Tape tape, Num output, TapeVar[] wrt, double[] v) {
        if (tape == null) throw new IllegalArgumentException("hvp: the tape is null");
        tape.checkThread("hvp");
        if (!tape.keepOperations) {
            throw new IllegalStateException("hvp: this tape was made for first derivatives; record on Tape.withSecondOrder()");
        }
        if (wrt == null || v == null || wrt.length != v.length) {
            throw new IllegalArgumentException("hvp: " + (wrt == null ? "no" : wrt.length) + " variables but the direction has "
                    + (v == null ? "no" : v.length) + " coordinates");
        }
        return new SecondOrderSweep(tape).product(output, wrt, v);
    }

    private double[] product(Num output, TapeVar[] wrt, double[] v) {
        int out = tape.nodeOf(output, "hvp");
        double[] tangent = new double[tape.size];
        for (int k = 0; k < wrt.length; k++) tangent[tape.nodeOf(wrt[k], "hvp")] += v[k];
        tangent[Tape.SINK] = 0;
        Operands operands = new Operands();
        double[][] partialTangents = new double[Math.max(out + 1, 0)][];
        for (int i = 1; i <= out; i++) {
            if (tape.ops[i] == null) continue;
            operands.of(i);
            double t = 0;
            for (int j = 0; j < operands.count; j++) t += StrongZero.times(operands.partials[j], tangent[operands.nodes[j]]);
            tangent[i] = t;
            partialTangents[i] = partialTangents(i, operands, tangent);
        }
        double[] adj = new double[tape.size];
        double[] adjTangent = new double[tape.size];
        if (out > 0) adj[out] = 1;
        for (int i = out; i > 0; i--) {
            double a = adj[i];
            double at = adjTangent[i];
            if ((a == 0 && at == 0) || tape.ops[i] == null) continue;
            operands.of(i);
            double[] pt = partialTangents[i];
            for (int j = 0; j < operands.count; j++) {
                int arg = operands.nodes[j];
                double p = operands.partials[j];
                adj[arg] += StrongZero.times(p, a);
                adjTangent[arg] += StrongZero.times(p, at) + StrongZero.times(pt[j], a);
            }
        }
        return tape.collect(adjTangent, wrt, "hvp");
    }

    /** The live operands of one node and their partials. */
    private final class Operands {
        int count;
        int[] nodes = new int[2];
        double[] partials = new double[2];

        void of(int i) {
            int first = tape.args[2 * i], second = tape.args[2 * i + 1];
            if (second == Tape.NARY) {
                int start = tape.naryStart[first];
                count = tape.naryStart[first + 1] - start;
                if (nodes.length < count) {
                    nodes = new int[count];
                    partials = new double[count];
                }
                System.arraycopy(tape.naryArgs, start, nodes, 0, count);
                System.arraycopy(tape.naryPartials, start, partials, 0, count);
                return;
            }
            nodes[0] = first;
            partials[0] = tape.partials[2 * i];
            nodes[1] = second;
            partials[1] = tape.partials[2 * i + 1];
            count = second == Tape.SINK ? 1 : 2;
            if (count == 2 && nodes[0] == nodes[1]) {
                partials[0] += partials[1];
                count = 1;
            }
        }
    }

    /** The tangents of node {@code i}'s partials along the current tangent sweep, one per live operand. */
    private double[] partialTangents(int i, Operands operands, double[] tangent) {
        if (Double.isNaN(tape.values[i])) {
            double[] nan = new double[operands.count];
            java.util.Arrays.fill(nan, Double.NaN);
            return nan;
        }
        Num f = Dual.of(tape.values[i], tangent[i]);
        Object op = tape.ops[i];
        if (op instanceof UnaryPrimitive p) {
            return new double[] {tangentOf(p.rule().at(dual(operands.nodes[0], tangent), f))};
        }
        if (op instanceof BinaryPrimitive p) {
            if (tape.constantSide[i] == Tape.SECOND_CONSTANT) {
                return new double[] {tangentOf(p.ruleX().at(dual(operands.nodes[0], tangent), Dual.of(tape.constants[i], 0), f))};
            }
            if (tape.constantSide[i] == Tape.FIRST_CONSTANT) {
                return new double[] {tangentOf(p.ruleY().at(Dual.of(tape.constants[i], 0), dual(operands.nodes[0], tangent), f))};
            }
            Num x = dual(operands.nodes[0], tangent);
            if (operands.count == 1) return new double[] {tangentOf(p.ruleX().at(x, x, f).add(p.ruleY().at(x, x, f)))};
            Num y = dual(operands.nodes[1], tangent);
            return new double[] {tangentOf(p.ruleX().at(x, y, f)), tangentOf(p.ruleY().at(x, y, f))};
        }
        Tape.CustomCall call = (Tape.CustomCall) op;
        Num[] args = new Num[call.nodes().length];
        for (int j = 0; j < args.length; j++) {
            args[j] = call.nodes()[j] == TapeVar.CONSTANT ? Dual.of(call.values()[j], 0) : dual(call.nodes()[j], tangent);
        }
        Num[] rule = call.primitive().requireRule("a Hessian by reverse mode").partials(args);
        double[] out = new double[operands.count];
        for (int j = 0, k = 0; j < args.length; j++) if (call.nodes()[j] != TapeVar.CONSTANT) out[k++] = tangentOf(rule[j]);
        return out;
    }

    private Num dual(int node, double[] tangent) {
        return Dual.of(tape.values[node], tangent[node]);
    }

    private static double tangentOf(Num n) {
        return n instanceof Dual d ? d.tangent() : 0;
    }
}
