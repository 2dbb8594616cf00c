package dev.nabla.core.forward;

import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.method.Method;

/** Forward mode as a {@link Method}: exact to rounding; Hessians forward over forward. */
public final class ForwardMethod implements Method {
    @Override public String name() { return "forward"; }
    @Override public String description() { return "forward-mode AD (dual numbers), exact to rounding; Hessian forward-over-forward"; }
    @Override public double derivative(UnivariateFunction f, double x) { return Forward.derivative(f, x); }
    @Override public double[] gradient(ScalarFunction f, double[] x) { return Forward.gradient(f, x); }
    @Override public double[][] jacobian(VectorFunction f, double[] x) { return Forward.jacobian(f, x); }
    @Override public double[][] hessian(ScalarFunction f, double[] x) { return Forward.hessian(f, x); }
    /** The method's name, {@code forward}. */
    @Override public String toString() { return name(); }
}
