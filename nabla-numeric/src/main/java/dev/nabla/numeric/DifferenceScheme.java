package dev.nabla.numeric;

import dev.nabla.core.algebra.Num;
import dev.nabla.core.algebra.Real;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.numeric.step.Bounds;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleFunction;
import java.util.function.DoubleUnaryOperator;

/**
 * A way to differentiate functions from their values alone: a finite difference at one step
 * ({@link dev.nabla.numeric.difference.FiniteDifference}) or Richardson extrapolation over a sequence of steps
 * ({@link dev.nabla.numeric.richardson.Richardson}). The multivariate derivatives
 * ({@link dev.nabla.numeric.multivariate.Partials}) are built on the two operations below.
 */
public interface DifferenceScheme {

    /**
     * The {@code order}-th derivative of each component of {@code f} at {@code x}, from one set of evaluations.
     *
     * @throws IllegalArgumentException if {@code x} is not finite or outside the bounds, or the order is out of range
     */
    Estimate[] derivatives(DoubleFunction<double[]> f, double x, int order);

    /** The mixed partial {@code ∂²f/∂x∂y} at {@code (x, y)}. */
    Estimate mixed(DoubleBinaryOperator f, double x, double y);

    /** The same scheme, keeping its stencils inside {@code bounds}. */
    DifferenceScheme withBounds(Bounds bounds);

    /** The {@code order}-th derivative of a function on plain doubles at {@code x}. */
    default Estimate differentiate(DoubleUnaryOperator f, double x, int order) {
        return derivatives(t -> new double[] {f.applyAsDouble(t)}, x, order)[0];
    }

    /** {@code f'(x)} for a function written on the algebra, evaluated on plain doubles. */
    default Estimate derivative(UnivariateFunction f, double x) {
        return derivative(f, x, 1);
    }

    /** The {@code order}-th derivative of a function written on the algebra. */
    default Estimate derivative(UnivariateFunction f, double x, int order) {
        if (f == null) throw new IllegalArgumentException("derivative: the function is null");
        return differentiate(t -> valueOf(f.apply(Real.of(t)), "derivative"), x, order);
    }

    /** The plain value of a user function's result, or an exception naming the operation if it is null. */
    static double valueOf(Num y, String operation) {
        if (y == null) throw new IllegalArgumentException(operation + ": the function returned null");
        return y.doubleValue();
    }
}
