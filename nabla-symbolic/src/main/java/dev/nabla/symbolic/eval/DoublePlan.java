package dev.nabla.symbolic.eval;

import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.UnaryPrimitive;
import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.Constant;
import dev.nabla.symbolic.expr.CustomCall;
import dev.nabla.symbolic.expr.Dag;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Kind;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;
import dev.nabla.symbolic.print.Printers;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numeric evaluation of a fixed list of expressions at many points: the graph is flattened once into
 * a topological order with child indices, then each evaluation is one pass over an array, every
 * shared node evaluated once.
 *
 * <pre>{@code
 * DoublePlan plan = DoublePlan.of(List.of(df), Expr.symbols("x", "y"));
 * double[] v = plan.evaluate(new double[] {4, 5});
 * }</pre>
 */
public final class DoublePlan {
    private final Expr[] nodes;
    private final Kind[] kinds;
    private final int[][] children;
    private final double[] constants;
    private final int[] variable;
    private final int[] roots;
    private final int arity;

    private DoublePlan(List<? extends Expr> exprs, List<Symbol> variables) {
        List<Expr> order = Dag.topologicalOrder(exprs);
        int n = order.size();
        nodes = order.toArray(new Expr[0]);
        kinds = new Kind[n];
        children = new int[n][];
        constants = new double[n];
        variable = new int[n];
        arity = variables.size();
        Map<Expr, Integer> index = new IdentityHashMap<>();
        Map<Symbol, Integer> vars = new IdentityHashMap<>();
        for (int j = 0; j < variables.size(); j++) vars.put(variables.get(j), j);
        for (int i = 0; i < n; i++) {
            Expr e = nodes[i];
            index.put(e, i);
            kinds[i] = e.kind();
            children[i] = new int[e.arity()];
            for (int k = 0; k < e.arity(); k++) children[i][k] = index.get(e.arg(k));
            if (e instanceof Constant c) constants[i] = c.value();
            if (e instanceof Symbol s) {
                Integer j = vars.get(s);
                if (j == null) {
                    throw new IllegalArgumentException("evaluate: no value for symbol '" + s.name() + "' in "
                            + Printers.abbreviated(exprs.get(0), 60) + "; variables are " + variables);
                }
                variable[i] = j;
            }
        }
        roots = new int[exprs.size()];
        for (int r = 0; r < roots.length; r++) roots[r] = index.get(exprs.get(r));
    }

    /**
     * A plan evaluating {@code exprs} with the values of {@code variables} in that order.
     *
     * @throws IllegalArgumentException naming a symbol of the expressions that is not a variable
     */
    public static DoublePlan of(List<? extends Expr> exprs, List<Symbol> variables) {
        return new DoublePlan(exprs, variables);
    }

    /** The number of distinct nodes evaluated per call. */
    public int size() {
        return nodes.length;
    }

    /**
     * The values of the expressions at {@code x}.
     *
     * @throws IllegalArgumentException if {@code x} does not have one value per variable
     */
    public double[] evaluate(double[] x) {
        if (x == null || x.length != arity) {
            throw new IllegalArgumentException("evaluate: expected " + arity + " values, got " + (x == null ? "null" : x.length));
        }
        double[] v = new double[nodes.length];
        for (int i = 0; i < nodes.length; i++) v[i] = node(i, v, x);
        double[] out = new double[roots.length];
        for (int r = 0; r < roots.length; r++) out[r] = v[roots[r]];
        return out;
    }

    private double node(int i, double[] v, double[] x) {
        int[] c = children[i];
        switch (kinds[i]) {
            case RATIONAL, FLOAT, NAMED_CONSTANT:
                return constants[i];
            case SYMBOL:
                return x[variable[i]];
            case ADD: {
                double s = v[c[0]];
                for (int k = 1; k < c.length; k++) s += v[c[k]];
                return s;
            }
            case MUL: {
                double p = v[c[0]];
                for (int k = 1; k < c.length; k++) p *= v[c[k]];
                return p;
            }
            case POW:
                return nodes[i].arg(1) == Rational.HALF ? Math.sqrt(v[c[0]]) : Math.pow(v[c[0]], v[c[1]]);
            case CALL: {
                Call call = (Call) nodes[i];
                if (c.length == 1) return ((UnaryPrimitive) call.primitive()).value().applyAsDouble(v[c[0]]);
                return ((BinaryPrimitive) call.primitive()).value().applyAsDouble(v[c[0]], v[c[1]]);
            }
            default: {
                double[] args = new double[c.length];
                for (int k = 0; k < c.length; k++) args[k] = v[c[k]];
                return ((CustomCall) nodes[i]).primitive().evaluate(args).value();
            }
        }
    }
}
