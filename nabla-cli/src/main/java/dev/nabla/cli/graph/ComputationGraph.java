package dev.nabla.cli.graph;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.reverse.Tape;
import dev.nabla.core.reverse.TapeVar;
import dev.nabla.symbolic.eval.NumEvaluator;
import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.Constant;
import dev.nabla.symbolic.expr.CustomCall;
import dev.nabla.symbolic.expr.Dag;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The graph of an expression at a point: one {@link Node} per distinct sub-expression, inputs first,
 * each with its forward value and its adjoint {@code ∂f/∂node}. The values come from evaluating the
 * expression on a reverse-mode {@link Tape} and the adjoints from one backward sweep of that tape, so
 * they are what {@code nabla grad --method reverse} computes, rule for rule.
 */
public final class ComputationGraph {

    /** The largest graph drawn: beyond it Graphviz's layout takes minutes and the picture is unreadable. */
    public static final int MAX_NODES = 2000;

    /**
     * One node.
     *
     * @param id      its index, inputs first (topological order)
     * @param label   the operation ({@code +}, {@code *}, {@code ^}, {@code sin}), variable name or constant
     * @param kind    {@code input}, {@code constant} or {@code operation}
     * @param inputs  the ids of its operands
     * @param value   the forward value
     * @param adjoint {@code ∂f/∂node}; NaN for constants, which carry no derivative
     */
    public record Node(int id, String label, String kind, List<Integer> inputs, double value, double adjoint) {}

    private final List<Node> nodes;

    private ComputationGraph(List<Node> nodes) {
        this.nodes = List.copyOf(nodes);
    }

    /** The nodes, inputs first; the last one is the expression itself. */
    public List<Node> nodes() {
        return nodes;
    }

    /**
     * The graph of {@code e} with {@code point} for its variables (every variable of {@code e} must have a value).
     *
     * @throws IllegalArgumentException if the graph has more than {@link #MAX_NODES} nodes or a variable has no value
     */
    public static ComputationGraph of(Expr e, Map<Symbol, Double> point) {
        List<Expr> order = Dag.topologicalOrder(List.of(e));
        if (order.size() > MAX_NODES) {
            throw new IllegalArgumentException("graph: the expression has " + order.size() + " distinct nodes; at most " + MAX_NODES + " are drawn");
        }
        List<Symbol> vars = new ArrayList<>(point.keySet());
        Tape tape = new Tape();
        Num[] inputs = new Num[vars.size()];
        for (int i = 0; i < inputs.length; i++) inputs[i] = tape.variable(point.get(vars.get(i)));
        Num[] values = NumEvaluator.of(order, vars).evaluate(inputs);

        List<TapeVar> recorded = new ArrayList<>();
        for (Num v : values) if (v instanceof TapeVar t && !t.isConstant()) recorded.add(t);
        Num root = values[values.length - 1];
        double[] adjoints = root instanceof TapeVar t && !t.isConstant()
                ? tape.gradient(root, recorded.toArray(new TapeVar[0]))
                : new double[recorded.size()];
        Map<Num, Double> adjointOf = new IdentityHashMap<>();
        for (int k = 0; k < recorded.size(); k++) adjointOf.put(recorded.get(k), adjoints[k]);

        Map<Expr, Integer> ids = new IdentityHashMap<>();
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Expr x = order.get(i);
            ids.put(x, i);
            List<Integer> operands = new ArrayList<>();
            for (int k = 0; k < x.arity(); k++) operands.add(ids.get(x.arg(k)));
            String kind = x instanceof Symbol ? "input" : x instanceof Constant ? "constant" : "operation";
            Double adjoint = adjointOf.get(values[i]);
            nodes.add(new Node(i, label(x), kind, operands, values[i].doubleValue(), adjoint == null ? Double.NaN : adjoint));
        }
        return new ComputationGraph(nodes);
    }

    private static String label(Expr x) {
        return switch (x.kind()) {
            case SYMBOL -> ((Symbol) x).name();
            case RATIONAL, FLOAT, NAMED_CONSTANT -> x.toString();
            case ADD -> "+";
            case MUL -> "*";
            case POW -> "^";
            case CALL -> ((Call) x).name();
            case CUSTOM -> ((CustomCall) x).primitive().name();
        };
    }
}
