package dev.nabla.symbolic.method;

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
 * Evaluates derivative expressions at a point under the zero rule of the other modes
 * ({@link dev.nabla.core.rules.StrongZero}): a product with a factor that is exactly 0 is 0, whatever the
 * other factors are ({@code 0 · ∞ = 0 · NaN = 0}). A derivative expression is a sum of chain-rule products
 * {@code partial · inner derivative}; where an inner derivative evaluates to 0 at the point — not only where
 * it is 0 as an expression — the contribution is dropped, exactly as forward and reverse mode drop it. Sums,
 * powers and calls follow IEEE arithmetic. Each shared node is evaluated once.
 */
final class ZeroRulePlan {
    private final Expr[] nodes;
    private final int[][] children;
    private final int[] variable;
    private final int[] roots;

    private ZeroRulePlan(List<? extends Expr> exprs, List<Symbol> variables) {
        List<Expr> order = Dag.topologicalOrder(exprs);
        nodes = order.toArray(new Expr[0]);
        children = new int[nodes.length][];
        variable = new int[nodes.length];
        Map<Expr, Integer> index = new IdentityHashMap<>();
        Map<Symbol, Integer> vars = new IdentityHashMap<>();
        for (int j = 0; j < variables.size(); j++) vars.put(variables.get(j), j);
        for (int i = 0; i < nodes.length; i++) {
            Expr e = nodes[i];
            index.put(e, i);
            children[i] = new int[e.arity()];
            for (int k = 0; k < e.arity(); k++) children[i][k] = index.get(e.arg(k));
            if (e instanceof Symbol s) {
                Integer j = vars.get(s);
                if (j == null) throw new IllegalArgumentException("symbolic: no value for symbol '" + s.name() + "'");
                variable[i] = j;
            }
        }
        roots = new int[exprs.size()];
        for (int r = 0; r < roots.length; r++) roots[r] = index.get(exprs.get(r));
    }

    /** A plan for {@code exprs} over {@code variables}, in that order. */
    static ZeroRulePlan of(List<? extends Expr> exprs, List<Symbol> variables) {
        return new ZeroRulePlan(exprs, variables);
    }

    /** The values of the expressions at {@code x}. */
    double[] evaluate(double[] x) {
        double[] v = new double[nodes.length];
        for (int i = 0; i < nodes.length; i++) v[i] = node(i, v, x);
        double[] out = new double[roots.length];
        for (int r = 0; r < roots.length; r++) out[r] = v[roots[r]];
        return out;
    }

    /** A zero product with the sign IEEE gives it, so that {@code -x} at 0 stays {@code -0.0} (and {@code atan2} sees it). */
    private static double signedZero(int[] factors, double[] v) {
        double sign = 1;
        for (int k : factors) sign *= Math.copySign(1, v[k]);
        return Math.copySign(0.0, sign);
    }

    private double node(int i, double[] v, double[] x) {
        Expr e = nodes[i];
        int[] c = children[i];
        switch (e.kind()) {
            case RATIONAL, FLOAT, NAMED_CONSTANT:
                return ((Constant) e).value();
            case SYMBOL:
                return x[variable[i]];
            case ADD: {
                double s = 0;
                for (int k : c) s += v[k];
                return s;
            }
            case MUL: {
                double p = 1;
                boolean zero = false;
                for (int k : c) {
                    zero |= v[k] == 0;
                    p *= v[k];
                }
                return zero ? signedZero(c, v) : p;
            }
            case POW:
                return e.arg(1) == Rational.HALF ? Math.sqrt(v[c[0]]) : Math.pow(v[c[0]], v[c[1]]);
            case CALL: {
                Call call = (Call) e;
                if (c.length == 1) return ((UnaryPrimitive) call.primitive()).value().applyAsDouble(v[c[0]]);
                return ((BinaryPrimitive) call.primitive()).value().applyAsDouble(v[c[0]], v[c[1]]);
            }
            default: {
                double[] args = new double[c.length];
                for (int k = 0; k < c.length; k++) args[k] = v[c[k]];
                return ((CustomCall) e).primitive().evaluate(args).value();
            }
        }
    }
}
