package dev.nabla.core.method;

import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;

/**
 * One way to differentiate a function written on the algebra: forward mode, reverse mode, a finite
 * difference, complex step, symbolic … Each module contributes its methods through
 * {@link MethodProvider}; {@link Methods} lists them all and {@link dev.nabla.core.Nabla} calls them.
 *
 * <p>Implementations receive arguments already checked by the facade (non-null function, non-null point),
 * and print as their {@link #name()} ({@code toString()} returns it), so a list of methods reads
 * {@code [forward, reverse, central, …]}. Choose one in code by its constant ({@link Methods#REVERSE} …).
 */
public interface Method {

    /**
     * The name: for a registered method the one users type, in lower case with hyphens ({@code forward},
     * {@code reverse}, {@code central} …); for a method built from a configured scheme, the scheme's description.
     */
    String name();

    /** One line saying what the method computes and how exactly. */
    String description();

    /** {@code f'(x)}. */
    double derivative(UnivariateFunction f, double x);

    /** {@code ∇f(x)}. */
    double[] gradient(ScalarFunction f, double[] x);

    /** {@code J[i][j] = ∂fᵢ/∂xⱼ} at {@code x}. */
    double[][] jacobian(VectorFunction f, double[] x);

    /** {@code H[i][j] = ∂²f/∂xᵢ∂xⱼ} at {@code x}. */
    double[][] hessian(ScalarFunction f, double[] x);
}
