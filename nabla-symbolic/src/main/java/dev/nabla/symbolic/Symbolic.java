package dev.nabla.symbolic;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.symbolic.cse.Cse;
import dev.nabla.symbolic.cse.CseResult;
import dev.nabla.symbolic.diff.Differentiator;
import dev.nabla.symbolic.expr.Expr;
import dev.nabla.symbolic.expr.Symbol;

import java.util.Arrays;
import java.util.List;

/**
 * Entry points of symbolic mode in SymPy's vocabulary: trace a Java lambda into an expression,
 * differentiate it, and turn expressions back into functions.
 *
 * <pre>{@code
 * Expr f = Symbolic.lambdaToExpr(x -> x[0].pow(3).add(x[0].mul(4)).mul(x[1].exp()), "x", "y");
 * Expr dfdx = f.diff("x");                                   // (3*x**2 + 4)*exp(y)
 * ScalarFunction g = Symbolic.lambdify(dfdx, "x", "y");      // back to the algebra
 * }</pre>
 */
public final class Symbolic {
    private Symbolic() {}

    /**
     * Traces {@code f} into an expression by calling it with the symbols {@code names} as inputs.
     *
     * @throws IllegalArgumentException if the function returns null, reads past its inputs, or
     *                                  combines a symbol with another backend
     * @throws IllegalStateException    if the function branches on the value of a symbol
     */
    public static Expr lambdaToExpr(ScalarFunction f, String... names) {
        if (f == null) throw new IllegalArgumentException("lambdaToExpr: the function is null");
        Expr[] xs = symbolArray(names);
        Num y = guard(names.length, () -> f.apply(xs));
        return result(y, "lambdaToExpr");
    }

    /** Traces a function of one variable by calling it with the symbol {@code x}. */
    public static Expr lambdaToExpr(UnivariateFunction f, Symbol x) {
        if (f == null || x == null) throw new IllegalArgumentException("lambdaToExpr: the " + (f == null ? "function" : "symbol") + " is null");
        return result(f.apply(x), "lambdaToExpr");
    }

    /** Traces a vector function: one expression per output. */
    public static Expr[] lambdaToExprs(VectorFunction f, String... names) {
        if (f == null) throw new IllegalArgumentException("lambdaToExprs: the function is null");
        Expr[] xs = symbolArray(names);
        Num[] ys = guard(names.length, () -> f.apply(xs));
        if (ys == null) throw new IllegalArgumentException("lambdaToExprs: the function returned null");
        Expr[] out = new Expr[ys.length];
        for (int i = 0; i < ys.length; i++) out[i] = result(ys[i], "lambdaToExprs: output " + i);
        return out;
    }

    /**
     * {@code e} as a function on the algebra of the symbols {@code names}, in order: compiled to
     * bytecode for plain doubles ({@link dev.nabla.symbolic.compile.Compiler}), interpreted on every
     * other backend.
     */
    public static ScalarFunction lambdify(Expr e, String... names) {
        return dev.nabla.symbolic.compile.Compiler.lambdify(e, Expr.symbols(names));
    }

    /** The gradient of {@code e} with respect to {@code names}. */
    public static Expr[] gradient(Expr e, String... names) {
        return Differentiator.gradient(e, Expr.symbols(names));
    }

    /** The Jacobian of {@code es} with respect to {@code names}. */
    public static Expr[][] jacobian(List<? extends Expr> es, String... names) {
        return Differentiator.jacobian(es, Expr.symbols(names));
    }

    /** The Hessian of {@code e} with respect to {@code names}. */
    public static Expr[][] hessian(Expr e, String... names) {
        return Differentiator.hessian(e, Expr.symbols(names));
    }

    /** Common subexpression elimination of several expressions together. */
    public static CseResult cse(Expr... es) {
        return Cse.cse(Arrays.asList(es));
    }

    private static Expr[] symbolArray(String[] names) {
        if (names == null) throw new IllegalArgumentException("lambdaToExpr: the names are null");
        List<Symbol> symbols = Expr.symbols(names);
        return symbols.toArray(new Expr[0]);
    }

    private static Expr result(Num y, String operation) {
        if (y == null) throw new IllegalArgumentException(operation + ": the function returned null");
        if (y instanceof Expr e) return e;
        if (y instanceof dev.nabla.core.algebra.Real r) return Expr.number(r.value());
        throw new IllegalArgumentException(operation + ": the function returned a " + y.getClass().getSimpleName()
                + " instead of an expression");
    }

    private static <T> T guard(int n, java.util.function.Supplier<T> body) {
        try {
            return body.get();
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("lambdaToExpr: the function read past its " + n + " input"
                    + (n == 1 ? "" : "s") + " (" + e.getMessage() + ")", e);
        }
    }
}
