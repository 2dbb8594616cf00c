package dev.nabla.symbolic.eval;

import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;

import java.util.List;

/**
 * Expressions as functions on the algebra, so that any method — forward mode, reverse mode, finite
 * differences, complex step — can differentiate them:
 *
 * <pre>{@code
 * ScalarFunction f = ExprFunctions.scalar(Expr.parse("x*sin(y)"), Expr.symbols("x", "y"));
 * double[] g = Nabla.gradient(f, new double[] {1, 2});
 * }</pre>
 */
public final class ExprFunctions {
    private ExprFunctions() {}

    /** {@code e} as {@code f(x₀, …)} with {@code x[j]} for {@code variables.get(j)}. */
    public static ScalarFunction scalar(Expr e, List<Symbol> variables) {
        NumEvaluator ev = NumEvaluator.of(List.of(e), variables);
        return x -> ev.evaluate(x)[0];
    }

    /** {@code e} as a function of the one variable {@code x}. */
    public static UnivariateFunction univariate(Expr e, Symbol x) {
        NumEvaluator ev = NumEvaluator.of(List.of(e), List.of(x));
        return v -> ev.evaluate(v)[0];
    }

    /** {@code es} as a vector function of {@code variables}. */
    public static VectorFunction vector(List<? extends Expr> es, List<Symbol> variables) {
        NumEvaluator ev = NumEvaluator.of(es, variables);
        return ev::evaluate;
    }
}
