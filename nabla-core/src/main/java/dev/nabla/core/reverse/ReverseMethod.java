package dev.nabla.core.reverse;

import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.method.Method;

/** Reverse mode as a {@link Method}: exact to rounding; Hessians forward over reverse. */
public final class ReverseMethod implements Method {
    @Override public String name() { return "reverse"; }
    @Override public String description() { return "reverse-mode AD (tape), exact to rounding; Hessian forward-over-reverse"; }
    @Override public double derivative(UnivariateFunction f, double x) { return Reverse.derivative(f, x); }
    @Override public double[] gradient(ScalarFunction f, double[] x) { return Reverse.gradient(f, x); }
    @Override public double[][] jacobian(VectorFunction f, double[] x) { return Reverse.jacobian(f, x); }
    @Override public double[][] hessian(ScalarFunction f, double[] x) { return Reverse.hessian(f, x); }
    /** The method's name, {@code reverse}. */
    @Override public String toString() { return name(); }
}
