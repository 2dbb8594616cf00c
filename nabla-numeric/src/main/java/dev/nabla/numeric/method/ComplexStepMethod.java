package dev.nabla.numeric.method;

import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.method.Method;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.complexstep.ComplexStep;

/** A {@link ComplexStep} as a {@link Method}: values only. */
final class ComplexStepMethod implements Method {

    private final String name;
    private final String description;
    private final ComplexStep step;

    ComplexStepMethod(String name, String description, ComplexStep step) {
        this.name = name;
        this.description = description;
        this.step = step;
    }

    @Override public String name() { return name; }
    @Override public String description() { return description; }

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

    @Override public String toString() { return name; }
}
