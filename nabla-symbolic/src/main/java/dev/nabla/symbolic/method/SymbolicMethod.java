package dev.nabla.symbolic.method;

import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.method.Method;
import dev.nabla.symbolic.Symbolic;
import dev.nabla.symbolic.diff.Differentiator;
import dev.nabla.symbolic.eval.DoublePlan;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;

import java.util.ArrayList;
import java.util.List;

/**
 * The method {@code symbolic}: traces the function into an expression over symbols {@code x0, x1, …},
 * differentiates it with the rule table, and evaluates the derivative expressions at the point (each
 * shared node once). Exact up to the rounding of the final evaluation.
 */
public final class SymbolicMethod implements Method {

    @Override public String name() { return "symbolic"; }

    @Override
    public String description() {
        return "symbolic differentiation: trace the function to an expression, diff by the rule table, evaluate; exact to rounding";
    }

    @Override
    public double derivative(UnivariateFunction f, double x) {
        Symbol s = Expr.symbol("x0");
        Expr e = Symbolic.lambdaToExpr(f, s);
        return DoublePlan.of(List.of(e.diff(s)), List.of(s)).evaluate(new double[] {x})[0];
    }

    @Override
    public double[] gradient(ScalarFunction f, double[] x) {
        List<Symbol> vars = variables(x.length);
        Expr e = Symbolic.lambdaToExpr(f, names(x.length));
        return DoublePlan.of(List.of(Differentiator.gradient(e, vars)), vars).evaluate(x);
    }

    @Override
    public double[][] jacobian(VectorFunction f, double[] x) {
        List<Symbol> vars = variables(x.length);
        Expr[] fs = Symbolic.lambdaToExprs(f, names(x.length));
        Expr[][] jac = Differentiator.jacobian(List.of(fs), vars);
        return evaluate(jac, vars, x);
    }

    @Override
    public double[][] hessian(ScalarFunction f, double[] x) {
        List<Symbol> vars = variables(x.length);
        Expr e = Symbolic.lambdaToExpr(f, names(x.length));
        return evaluate(Differentiator.hessian(e, vars), vars, x);
    }

    private static double[][] evaluate(Expr[][] m, List<Symbol> vars, double[] x) {
        List<Expr> flat = new ArrayList<>();
        for (Expr[] row : m) flat.addAll(List.of(row));
        double[] v = DoublePlan.of(flat, vars).evaluate(x);
        double[][] out = new double[m.length][];
        int k = 0;
        for (int i = 0; i < m.length; i++) {
            out[i] = new double[m[i].length];
            for (int j = 0; j < out[i].length; j++) out[i][j] = v[k++];
        }
        return out;
    }

    private static String[] names(int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) names[i] = "x" + i;
        return names;
    }

    private static List<Symbol> variables(int n) {
        return Expr.symbols(names(n));
    }

    /** The method's name, {@code symbolic}. */
    @Override public String toString() { return name(); }
}
