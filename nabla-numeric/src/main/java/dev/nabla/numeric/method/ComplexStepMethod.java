package dev.nabla.numeric.method;

import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.method.Method;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.complexstep.ComplexStep;

/** The {@code complex-step} method: {@link ComplexStep} with its defaults, values only. */
final class ComplexStepMethod implements Method {

    private final ComplexStep step = ComplexStep.create();

    @Override public String name() { return "complex-step"; }

    @Override
    public String description() {
        return "complex step Im f(x + ih)/h, h = 1e-20: exact to rounding for analytic functions; "
                + "Hessian by central differences of complex-step partials";
    }

    @Override
    public double derivative(UnivariateFunction f, double x) {
        return step.derivative(f, x).value();
    }

    @Override
    public double[] gradient(ScalarFunction f, double[] x) {
        return Estimate.values(step.gradient(f, x));
    }

    @Override
    public double[][] jacobian(VectorFunction f, double[] x) {
        return Estimate.values(step.jacobian(f, x));
    }

    @Override
    public double[][] hessian(ScalarFunction f, double[] x) {
        return Estimate.values(step.hessian(f, x));
    }

    @Override public String toString() { return name(); }
}
