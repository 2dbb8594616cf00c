package dev.nabla.bench.core;

import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;

import java.util.Arrays;

/** The gradient of {@link SinExpLog} by the peer, Hipparchus: exactly what the benchmarks time. */
public final class HipparchusGradients {
    private HipparchusGradients() {}

    /** {@code ∇f(x)} on {@code Gradient}s with {@code n} free parameters (dense tangents). */
    public static double[] byGradient(double[] x) {
        int n = x.length;
        Gradient[] xs = new Gradient[n];
        for (int i = 0; i < n; i++) xs[i] = Gradient.variable(n, i, x[i]);
        return SinExpLog.value(xs).getGradient();
    }

    /**
     * {@code ∇f(x)} on {@code DerivativeStructure}s of {@code factory} ({@code n} parameters, order 1).
     * At order 1 the structure holds the value followed by {@code ∂/∂x₀ … ∂/∂xₙ₋₁}.
     */
    public static double[] byDerivativeStructure(DSFactory factory, double[] x) {
        int n = x.length;
        if (factory.getCompiler().getFreeParameters() != n || factory.getCompiler().getOrder() != 1) {
            throw new IllegalArgumentException("byDerivativeStructure: the factory must have " + n
                    + " parameters and order 1");
        }
        DerivativeStructure[] xs = new DerivativeStructure[n];
        for (int i = 0; i < n; i++) xs[i] = factory.variable(i, x[i]);
        double[] all = SinExpLog.value(xs).getAllDerivatives();
        return Arrays.copyOfRange(all, 1, n + 1);
    }
}
