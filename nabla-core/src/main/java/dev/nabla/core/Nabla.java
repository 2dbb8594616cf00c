package dev.nabla.core;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.method.Method;
import dev.nabla.core.method.Methods;

import java.util.function.Supplier;

/**
 * The facade: derivatives of a function written once, by any {@link Method}.
 *
 * <pre>{@code
 * ScalarFunction f = x -> x[0].pow(3).add(x[0].mul(4)).mul(x[1].exp()).mul(x[2].sin());
 * double[] g = Nabla.gradient(f, 4, 5, 1);                              // reverse mode, the default
 * double[] h = Nabla.gradient(f, new double[] {4, 5, 1}, Methods.FORWARD);
 * }</pre>
 *
 * Every call has an overload without a method, which uses {@link #defaultMethod()}.
 *
 * Every entry point checks its arguments and reports a misuse — a null function, a point shorter
 * than the function reads — as an {@link IllegalArgumentException} naming the operation.
 */
public final class Nabla {
    private Nabla() {}

    /** The default method: reverse mode, exact to rounding and one backward pass per gradient. */
    public static Method defaultMethod() {
        return Methods.REVERSE;
    }

    /** {@code f(x)} on plain doubles. */
    public static double value(ScalarFunction f, double... x) {
        check("value", f, x);
        Num y = guard("value", x.length, () -> f.apply(Real.of(x)));
        if (y == null) throw new IllegalArgumentException("value: the function returned null");
        return y.doubleValue();
    }

    /** {@code f'(x)} by reverse mode. */
    public static double derivative(UnivariateFunction f, double x) {
        return derivative(f, x, defaultMethod());
    }

    /** {@code f'(x)} by {@code method}. */
    public static double derivative(UnivariateFunction f, double x, Method method) {
        if (f == null) throw new IllegalArgumentException("derivative: the function is null");
        checkMethod("derivative", method);
        return method.derivative(f, x);
    }

    /** {@code ∇f(x)} by reverse mode. */
    public static double[] gradient(ScalarFunction f, double... x) {
        return gradient(f, x, defaultMethod());
    }

    /** {@code ∇f(x)} by {@code method}. */
    public static double[] gradient(ScalarFunction f, double[] x, Method method) {
        check("gradient", f, x);
        checkMethod("gradient", method);
        return guard("gradient", x.length, () -> method.gradient(f, x.clone()));
    }

    /** The Jacobian {@code J[i][j] = ∂fᵢ/∂xⱼ} by reverse mode (one backward pass per output). */
    public static double[][] jacobian(VectorFunction f, double... x) {
        return jacobian(f, x, defaultMethod());
    }

    /** The Jacobian {@code J[i][j] = ∂fᵢ/∂xⱼ} by {@code method}. */
    public static double[][] jacobian(VectorFunction f, double[] x, Method method) {
        check("jacobian", f, x);
        checkMethod("jacobian", method);
        return guard("jacobian", x.length, () -> method.jacobian(f, x.clone()));
    }

    /** The Hessian {@code H[i][j] = ∂²f/∂xᵢ∂xⱼ} by reverse mode (forward over reverse). */
    public static double[][] hessian(ScalarFunction f, double... x) {
        return hessian(f, x, defaultMethod());
    }

    /** The Hessian {@code H[i][j] = ∂²f/∂xᵢ∂xⱼ} by {@code method}. */
    public static double[][] hessian(ScalarFunction f, double[] x, Method method) {
        check("hessian", f, x);
        checkMethod("hessian", method);
        return guard("hessian", x.length, () -> method.hessian(f, x.clone()));
    }

    private static void check(String operation, Object f, double[] x) {
        if (f == null) throw new IllegalArgumentException(operation + ": the function is null");
        if (x == null) throw new IllegalArgumentException(operation + ": the point is null");
    }

    private static void checkMethod(String operation, Method method) {
        if (method == null) throw new IllegalArgumentException(operation + ": the method is null");
    }

    /** Runs {@code body}, turning a read past the end of the point into a message that names the sizes. */
    private static <T> T guard(String operation, int length, Supplier<T> body) {
        try {
            return body.get();
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException(operation + ": the function read past the end of the point, which has "
                    + length + " coordinate" + (length == 1 ? "" : "s") + " (" + e.getMessage() + ")", e);
        }
    }
}
