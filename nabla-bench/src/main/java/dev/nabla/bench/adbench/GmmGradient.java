package dev.nabla.bench.adbench;

/** One way to compute the GMM gradient; {@link GmmMethods} lists them. */
public interface GmmGradient {

    /** {@code ∇L(p)} in ADBench's parameter order. */
    double[] gradient(double[] parameters);

    /** Whether the result is exact to rounding (automatic differentiation) rather than a difference quotient. */
    boolean exact();
}
