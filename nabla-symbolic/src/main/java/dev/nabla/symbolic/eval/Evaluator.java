package dev.nabla.symbolic.eval;

import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code evalf}: the value of an expression with values for its symbols, given by name. */
public final class Evaluator {
    private Evaluator() {}

    /**
     * {@code e} at {@code values}; symbols not in {@code e} are ignored.
     *
     * @throws IllegalArgumentException naming a symbol of {@code e} without a value
     */
    public static double evalf(Expr e, Map<String, Double> values) {
        if (values == null) throw new IllegalArgumentException("evalf: the values are null");
        List<Symbol> vars = new ArrayList<>();
        double[] x = new double[e.freeSymbols().size()];
        for (Symbol s : e.freeSymbols()) {
            Double v = values.get(s.name());
            if (v == null) {
                throw new IllegalArgumentException("evalf: no value for symbol '" + s.name() + "' (given: " + values.keySet() + ")");
            }
            x[vars.size()] = v;
            vars.add(s);
        }
        return DoublePlan.of(List.of(e), vars).evaluate(x)[0];
    }
}
