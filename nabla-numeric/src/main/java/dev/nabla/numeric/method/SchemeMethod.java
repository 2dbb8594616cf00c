package dev.nabla.numeric.method;

import dev.nabla.core.function.ScalarFunction;
import dev.nabla.core.function.UnivariateFunction;
import dev.nabla.core.function.VectorFunction;
import dev.nabla.core.method.Method;
import dev.nabla.numeric.DifferenceScheme;
import dev.nabla.numeric.Estimate;
import dev.nabla.numeric.multivariate.Partials;

/** A {@link Method} backed by a {@link DifferenceScheme}: values only, the function evaluated on doubles. */
final class SchemeMethod implements Method {

    private final String name;
    private final String description;
    private final DifferenceScheme scheme;
    private final Partials partials;

    SchemeMethod(String name, String description, DifferenceScheme scheme) {
        this.name = name;
        this.description = description;
        this.scheme = scheme;
        this.partials = Partials.of(scheme);
    }

    @Override public String name() { return name; }
    @Override public String description() { return description; }

    @Override
    public double derivative(UnivariateFunction f, double x) {
        return scheme.derivative(f, x).value();
    }

    @Override
    public double[] gradient(ScalarFunction f, double[] x) {
        return Estimate.values(partials.gradient(f, x));
    }

    @Override
    public double[][] jacobian(VectorFunction f, double[] x) {
        return Estimate.values(partials.jacobian(f, x));
    }

    @Override
    public double[][] hessian(ScalarFunction f, double[] x) {
        return Estimate.values(partials.hessian(f, x));
    }

    @Override public String toString() { return name; }
}
