package dev.nabla.symbolic.eval;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.rules.BinaryPrimitive;
import dev.nabla.core.rules.UnaryPrimitive;
import dev.nabla.symbolic.expr.Call;
import dev.nabla.symbolic.expr.Constant;
import dev.nabla.symbolic.expr.CustomCall;
import dev.nabla.symbolic.expr.Dag;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Rational;
import dev.nabla.symbolic.expr.Symbol;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates expressions in any backend of the algebra — duals, tapes, complex numbers, expressions —
 * given values for the symbols; each shared node is evaluated once. Numeric constants enter as the
 * backend's constants and as constant operands ({@code add(double)}, {@code pow(double)}), so they
 * contribute no derivative.
 */
public final class NumEvaluator {
    private final List<Expr> order;
    private final List<? extends Expr> roots;
    private final List<Symbol> variables;

    private NumEvaluator(List<? extends Expr> roots, List<Symbol> variables) {
        this.roots = List.copyOf(roots);
        this.variables = List.copyOf(variables);
        this.order = Dag.topologicalOrder(roots);
        Map<Symbol, Boolean> known = new IdentityHashMap<>();
        for (Symbol s : variables) known.put(s, Boolean.TRUE);
        for (Expr e : order) {
            if (e instanceof Symbol s && !known.containsKey(s)) {
                throw new IllegalArgumentException("evaluate: the expression depends on '" + s.name()
                        + "', which is not among the variables " + variables);
            }
        }
    }

    /**
     * An evaluator of {@code roots} with the variables in this order.
     *
     * @throws IllegalArgumentException naming a symbol of the expressions that is not a variable
     */
    public static NumEvaluator of(List<? extends Expr> roots, List<Symbol> variables) {
        return new NumEvaluator(roots, variables);
    }

    /** The variables, in order. */
    public List<Symbol> variables() {
        return variables;
    }

    /**
     * The values of the expressions with {@code x[j]} for variable {@code j}, in {@code x}'s backend.
     *
     * @throws IllegalArgumentException if {@code x} does not have one value per variable
     */
    public Num[] evaluate(Num... x) {
        if (x == null || x.length != variables.size()) {
            throw new IllegalArgumentException("evaluate: expected " + variables.size() + " values for " + variables
                    + ", got " + (x == null ? "null" : x.length));
        }
        Num sample = x.length > 0 ? x[0] : dev.nabla.core.algebra.Real.of(0);
        Map<Expr, Num> v = new IdentityHashMap<>();
        for (int j = 0; j < x.length; j++) {
            if (x[j] == null) throw new IllegalArgumentException("evaluate: value " + j + " is null");
            v.put(variables.get(j), x[j]);
        }
        for (Expr e : order) {
            if (!(e instanceof Symbol)) v.put(e, node(e, v, sample));
        }
        Num[] out = new Num[roots.size()];
        for (int r = 0; r < out.length; r++) out[r] = v.get(roots.get(r));
        return out;
    }

    private static Num node(Expr e, Map<Expr, Num> v, Num sample) {
        switch (e.kind()) {
            case RATIONAL, FLOAT, NAMED_CONSTANT:
                return sample.constant(((Constant) e).value());
            case ADD:
            case MUL: {
                boolean add = e.kind() == dev.nabla.symbolic.expr.Kind.ADD;
                int first = e.arg(0).isNumber() && e.arity() > 1 ? 1 : 0;
                Num acc = v.get(e.arg(first));
                for (int k = first + 1; k < e.arity(); k++) acc = add ? acc.add(v.get(e.arg(k))) : acc.mul(v.get(e.arg(k)));
                if (first == 1) {
                    double c = ((Constant) e.arg(0)).value();
                    acc = add ? acc.add(c) : acc.mul(c);
                }
                return acc;
            }
            case POW: {
                Num base = v.get(e.arg(0));
                Expr exponent = e.arg(1);
                if (exponent == Rational.HALF) return base.sqrt();
                if (exponent.isNumber()) return base.pow(((Constant) exponent).value());
                return base.pow(v.get(exponent));
            }
            case CALL: {
                Call c = (Call) e;
                Num a = v.get(e.arg(0));
                if (c.primitive() instanceof UnaryPrimitive p) return a.apply(p);
                BinaryPrimitive p = (BinaryPrimitive) c.primitive();
                if (e.arg(1).isNumber()) return a.apply(p, ((Constant) e.arg(1)).value());
                return a.apply(p, v.get(e.arg(1)));
            }
            default: {
                Num[] args = new Num[e.arity()];
                for (int k = 0; k < args.length; k++) args[k] = v.get(e.arg(k));
                return ((CustomCall) e).primitive().apply(args);
            }
        }
    }
}
