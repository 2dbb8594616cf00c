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
 *
 * <p>The numbers follow the conventions of every other mode ({@link dev.nabla.core.rules.Primitives}):
 * the derivative expressions are evaluated under the zero rule ({@link ZeroRulePlan}: a product with a
 * factor exactly 0 is 0), and where the function's value is NaN — outside a primitive's domain — every
 * derivative is NaN, although the formula alone may give a number there ({@code d/dx log x = 1/x} at -1).
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
        return evaluate(e, List.of(e.diff(s)), List.of(s), new double[] {x})[0];
    }

    @Override
    public double[] gradient(ScalarFunction f, double[] x) {
        List<Symbol> vars = variables(x.length);
        Expr e = Symbolic.lambdaToExpr(f, names(x.length));
        return evaluate(e, List.of(Differentiator.gradient(e, vars)), vars, x);
    }

    @Override
    public double[][] jacobian(VectorFunction f, double[] x) {
        List<Symbol> vars = variables(x.length);
        Expr[] fs = Symbolic.lambdaToExprs(f, names(x.length));
        Expr[][] jac = Differentiator.jacobian(List.of(fs), vars);
        double[][] out = new double[fs.length][];
        for (int i = 0; i < fs.length; i++) out[i] = evaluate(fs[i], List.of(jac[i]), vars, x);
        return out;
    }

    /**
     * The Hessian as the other modes assemble it: {@code H[i][j] = ∂gᵢ/∂xⱼ} of the gradient {@code g}, NaN in row
     * {@code i} where {@code gᵢ} itself is NaN (the derivative of a NaN is NaN), then made symmetric by averaging
     * {@code H[i][j]} and {@code H[j][i]}.
     */
    @Override
    public double[][] hessian(ScalarFunction f, double[] x) {
        List<Symbol> vars = variables(x.length);
        Expr e = Symbolic.lambdaToExpr(f, names(x.length));
        Expr[] g = Differentiator.gradient(e, vars);
        Expr[][] m = Differentiator.jacobian(List.of(g), vars);
        List<Expr> flat = new ArrayList<>(List.of(g));
        for (Expr[] row : m) flat.addAll(List.of(row));
        double[] v = evaluate(e, flat, vars, x);
        int n = x.length;
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) out[i][j] = Double.isNaN(v[i]) ? Double.NaN : v[n + i * n + j];
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double mean = 0.5 * (out[i][j] + out[j][i]);
                out[i][j] = mean;
                out[j][i] = mean;
            }
        }
        return out;
    }

    /** The derivatives {@code ds} of {@code f} at {@code x}: all NaN where {@code f(x)} is NaN. */
    private static double[] evaluate(Expr f, List<Expr> ds, List<Symbol> vars, double[] x) {
        double value = DoublePlan.of(List.of(f), vars).evaluate(x)[0];
        if (Double.isNaN(value)) {
            double[] nan = new double[ds.size()];
            java.util.Arrays.fill(nan, Double.NaN);
            return nan;
        }
        return ZeroRulePlan.of(ds, vars).evaluate(x);
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
